import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { findingsOf } from '../rules/rule-tester.js';

/** Region lists that go on after their sum; figures written here, sums checked by hand. */
const rowsOf = (text: string): [string, string | null][] => docOf({ text }).tables[0]!.rows.map((r) => [r.label, r.cells[0]!.value?.toFixed() ?? null]);

describe('adjustment rows after a list\'s total', () => {
  it('keeps "Avgår …" and the amount it leaves under a spaced list with a header', () => {
    // 3 000 + 2 000 + 1 500 = 6 500; 6 500 − 1 000 = 5 500.
    const text = 'Tabell 2. Tilldelning per län, tkr\n\nLän                        Belopp\nUppsala län                  3 000\nGävleborgs län               2 000\nDalarnas län                 1 500\nSumma                        6 500\nAvgår tidigare beslutat     -1 000\nTotalt att betala ut         5 500\n';
    expect(rowsOf(text)).toEqual([
      ['Uppsala län', '3000000'],
      ['Gävleborgs län', '2000000'],
      ['Dalarnas län', '1500000'],
      ['Summa', '6500000'],
      ['Avgår tidigare beslutat', '-1000000'],
      ['Totalt att betala ut', '5500000'],
    ]);
    expect(findingsOf(columnTotal, text).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('keeps "Minus tidigare beslutat" in lines with units, and leaves lines no total closes', () => {
    // 12 + 8 + 5 = 25; 25 − 4 = 21.
    const text = 'Medlen fördelas så här:\n\nRegion Skåne: 12 miljoner kronor\nRegion Halland: 8 miljoner kronor\nRegion Kalmar län: 5 miljoner kronor\nSumma: 25 miljoner kronor\nMinus tidigare beslutat: 4 miljoner kronor\nTotalt: 21 miljoner kronor\n';
    expect(rowsOf(text).slice(3)).toEqual([
      ['Summa', '25000000'],
      // The label says it is taken away; the figure is printed without a sign.
      ['Minus tidigare beslutat', '4000000'],
      ['Totalt', '21000000'],
    ]);
    expect(findingsOf(columnTotal, text).filter((f) => f.severity === 'error')).toEqual([]);
    const open = 'Medlen fördelas så här:\n\nRegion Skåne: 12 miljoner kronor\nRegion Halland: 8 miljoner kronor\nRegion Kalmar län: 5 miljoner kronor\nSumma: 25 miljoner kronor\nMinus tidigare beslutat: 4 miljoner kronor\n';
    expect(rowsOf(open).map((r) => r[0])).toEqual(['Region Skåne', 'Region Halland', 'Region Kalmar län', 'Summa']);
  });
});
