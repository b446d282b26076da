import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/** A decimal point among decimal commas, in tables written for this test. */
const tablesOf = (text: string, file = 'p.txt') => docOf({ file, text }).tables;
const rowsOf = (text: string, file?: string) => tablesOf(text, file).map((t) => t.rows.map((r) => [r.label, ...r.cells.map((c) => (c.value?.toFixed() ?? null) + (c.uncertain !== undefined ? '?' : ''))]));

describe('a decimal point in a column of decimal commas', () => {
  it('reads "+2.15" among commas in a Markdown table as 2,15, marked a reading', () => {
    const text = [
      '| Parti | Andel | Förändring |',
      '|---|---|---|',
      '| Röda listan | 41,20 | +1,05 |',
      '| Gröna listan | 33,65 | +2.15 |',
      '| Blå listan | 25,15 | -3,20 |',
      '',
    ].join('\n');
    expect(rowsOf(text, 'p.md')).toEqual([
      [
        ['Röda listan', '41.2', '1.05'],
        ['Gröna listan', '33.65', '2.15?'],
        ['Blå listan', '25.15', '-3.2'],
      ],
    ]);
    expect(docOf({ file: 'p.md', text }).problems).toEqual([]);
  });

  it('reads "-0.5" among commas in a tab-separated table as -0,5', () => {
    const text = ['Län\tIndex 2022\tFörändring', 'Norra\t104,2\t1,3', 'Mellersta\t98,7\t-0.5', 'Södra\t101,1\t0,8', 'Riket\t101,3\t0,6', ''].join('\n');
    expect(rowsOf(text)).toEqual([
      [
        ['Norra', '104.2', '1.3'],
        ['Mellersta', '98.7', '-0.5?'],
        ['Södra', '101.1', '0.8'],
        ['Riket', '101.3', '0.6'],
      ],
    ]);
  });
});
