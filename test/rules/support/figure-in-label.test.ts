import { describe, expect, it } from 'vitest';
import { columnTotal } from '../../../src/rules/table/column-total.js';
import { findingsOf } from '../rule-tester.js';

const verdicts = (code: string) => findingsOf(columnTotal, code).map((f) => `${f.severity}${/slutar på ett/.test(f.message) ? ' (figure in label)' : ''}`);

describe('a row whose label ends in the value the sum misses', () => {
  it('warns when a title row of a table a cell a line ends in a grouped figure', () => {
    const drift = ['Tabell 9 Drift', 'mnkr', '', '2007', 'Åk 7–9', '66 978', 'Fas 3', '74 151', 'Lägenheter byggda 1961–1975 99 100', 'Investeringar', '8 525', 'Summa totalt', '248 754'];
    expect(verdicts(drift.join('\n'))).toEqual(['warning (figure in label)']);
    const posts = ['Kostnader per post', 'tkr', '', '2022', 'Lokaler', '1 200', 'Personal', '3 400', 'Bostäder byggda 1991–2000 2 500', 'Konsulter', '800', 'Totalt', '7 900'];
    expect(verdicts(posts.join('\n'))).toEqual(['warning (figure in label)']);
    // The same set apart by blank lines, as mutool writes it.
    expect(verdicts(posts.join('\n').replace(/\n(?=[A-ZÅÄÖ])/g, '\n\n'))).toEqual(['warning (figure in label)']);
  });

  it('keeps the error when the title ends in no value: a number of an appropriation, a short count, a year', () => {
    for (const title of ['Anslag 1:1', 'Fas 3', 'Utfall 2021']) {
      const posts = ['Kostnader per post', 'tkr', '', '2022', 'Lokaler', '1 200', 'Personal', '3 400', title, 'Konsulter', '800', 'Totalt', '7 900'];
      expect(verdicts(posts.join('\n')), title).toEqual(['error']);
    }
  });
});
