import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A spaced table whose header wraps mid-title on a line that ends in a number ("per 1 000"),
 * and labels with a footnote mark set against a remark in parentheses. Examples written here.
 */
const read = (t: Table): string[][] =>
  t.rows.map((r) => [r.label, ...r.cells.map((c) => (c.value === null ? '' : c.value.toFixed()) + (c.uncertain !== undefined ? '?' : ''))]);
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;

describe('spaced header line ending in a number', () => {
  it('keeps "… per 1 000" in the header when words follow it', () => {
    const [t] = tablesOf(
      [
        'Anmälningar per landsdel',
        'Landsdel Anmälningar Anmälningar',
        'totalt per 1 000',
        'invånare',
        'Norrland 1 250 4,1',
        'Mellanland 3 400 2,7',
        'Sydland 980 1,9',
      ].join('\n'),
    );
    expect(read(t!)).toEqual([
      ['Norrland', '1250', '4.1'],
      ['Mellanland', '3400', '2.7'],
      ['Sydland', '980', '1.9'],
    ]);
  });

  it('keeps "per 100 000" wrapped over an exported table with decimal points', () => {
    const [t] = tablesOf(
      [
        'Stölder',
        'Brott Anmälda Anmälda brott',
        'brott per 100 000',
        'invånare',
        'Stöld (8 kap.)2 310.0 1204.5',
        'Rån (8 kap. 5 §)3 12.0 46.75',
        'Snatteri 95.0 370.25',
      ].join('\n'),
    );
    // The footnote marks set against the closing parentheses are notes, not part of the labels.
    expect(read(t!)).toEqual([
      ['Stöld (8 kap.)', '310', '1204.5'],
      ['Rån (8 kap. 5 §)', '12', '46.75'],
      ['Snatteri', '95', '370.25'],
    ]);
  });
});
