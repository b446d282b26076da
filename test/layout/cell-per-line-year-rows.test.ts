import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/** A cell-per-line table followed by a heading over rows labelled by years, written for this test in two layouts. */
const regions: [string, number[]][] = [
  ['Uppsala', [10, 2, 11]],
  ['Kalmar', [20, 4, 22]],
  ['Gotland', [5, 1, 6]],
  ['Skåne', [40, 8, 45]],
];
const years: [string, number[]][] = [
  ['2023', [75, 15, 84]],
  ['2022', [70, 14, 80]],
];
const cells = (rows: [string, number[]][]): string[] => rows.flatMap(([l, v]) => [l, ...v.map(String)]);

describe('a heading over rows labelled by years after a cell-per-line table', () => {
  for (const blank of [true, false]) {
    it(`ends the table before it (${blank ? 'blank lines between cells' : 'no blank lines'})`, () => {
      const all = ['Län', 'Klar', 'Pågår', 'Totalt', ...cells(regions), 'Hela landet', ...cells(years)];
      const text = (blank ? all.flatMap((c) => [c, '']) : ['Antal per län', '', ...all, '']).join('\n');
      const t = docOf({ file: 'a.txt', text }).tables[0]!;
      expect(t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)])).toEqual(regions.map(([l, v]) => [l, ...v.map(String)]));
    });
  }
});
