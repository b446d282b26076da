import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';
import { isPercentLine } from '../../src/layout/percent-line.js';

/** Tables under a line that names percent alone, written for this test. */
const unitsOf = (text: string, file = 'p.txt') => docOf({ file, text }).tables.map((t) => t.columns.map((c) => c.unit));

describe('a line naming percent alone above a table', () => {
  it('makes the shares of a spaced table percent', () => {
    const text = [
      'Andel elever med godkända betyg i alla ämnen',
      '',
      'Procent',
      '',
      'Kommun          2019    2020    2021',
      'Alvesta         78,2    80,1    79,5',
      'Ljungby         81,0    82,3    83,1',
      'Tingsryd        74,5    75,0    76,2',
      '',
    ].join('\n');
    expect(unitsOf(text)).toEqual([['percent', 'percent', 'percent']]);
  });

  it('makes the shares of a Markdown table percent, worded "Andel, procent"', () => {
    const text = [
      'Behöriga lärare per skolform.',
      '',
      'Andel, procent',
      '',
      '| Skolform | Kvinnor | Män |',
      '|---|---|---|',
      '| Förskoleklass | 71 | 64 |',
      '| Grundskola | 73,5 | 69,0 |',
      '| Gymnasieskola | 81,2 | 78,4 |',
      '',
    ].join('\n');
    expect(unitsOf(text, 'p.md')).toEqual([['percent', 'percent']]);
  });

  it('leaves a table of amounts alone: figures of four digits and more are no shares', () => {
    const text = [
      'Procent',
      '',
      'Kommun          2019      2020',
      'Alvesta       12 400    13 100',
      'Ljungby       18 250    19 020',
      'Tingsryd       9 800    10 050',
      '',
    ].join('\n');
    expect(unitsOf(text)[0]).not.toContain('percent');
  });
});

describe('isPercentLine', () => {
  it('takes the unit alone, in several wordings', () => {
    for (const t of ['Procent', 'procent:', 'Andel, procent', 'Andel i procent', 'Andelar procent', 'Procentenheter', '(%)', ' Procent. ']) expect(isPercentLine(t)).toBe(true);
  });
  it('takes no title or sentence that merely holds the word', () => {
    for (const t of ['Procent av befolkningen som röstade', 'Ökning i procent 2020', '5 procent', 'Andel elever, procent och antal', 'Procentuell förändring']) expect(isPercentLine(t)).toBe(false);
  });
});
