import { describe, expect, it } from 'vitest';
import { rowTotal } from '../../src/rules/table/row-total.js';
import { RATE_HEADER } from '../../src/tables/units.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/**
 * A column of means beside the row's total ("Kvinnor | Män | Totalt | Medelålder") is no part of
 * that total. Tables and figures written for this test.
 */
describe('a mean column beside the total column', () => {
  // 4 120 + 3 310 = 7 430, 3 905 + 2 870 = 6 775, 8 025 + 6 180 = 14 205; the counties add up to Riket too.
  const table = [
    ['Län', 'Kvinnor', 'Män', 'Totalt', 'Medelålder'],
    ['Uppsala län', '4 120', '3 310', '7 430', '51,2'],
    ['Kalmar län', '3 905', '2 870', '6 775', '53,0'],
    ['Riket', '8 025', '6 180', '14 205', '52,1'],
  ];
  const gfmRows = ['| ' + table[0]!.join(' | ') + ' |', '|---|---:|---:|---:|---:|', ...table.slice(1).map((r) => `| ${r.join(' | ')} |`), ''].join('\n');
  const alignedRows = table.map((r) => r[0]!.padEnd(16) + r.slice(1).map((c) => c.padStart(12)).join('')).join('\n') + '\n';

  for (const [layout, text, file] of [['GFM', gfmRows, 'g.md'], ['aligned text', alignedRows, 'h.txt']] as const) {
    it(`is no part of the row total, ${layout}`, () => {
      expect(findingsOf(rowTotal, [{ file, text }]).filter((f) => f.severity !== 'info')).toEqual([]);
      expect(docOf({ file, text }).tables[0]!.columns.map((c) => c.rate === true)).toEqual([false, false, false, true]);
    });
  }

  it.each(['Medelålder', 'Medelinkomst, kr', 'Medellivslängd'])('%s heads a rate column', (h) => {
    expect(RATE_HEADER.test(h)).toBe(true);
  });

  it.each(['Medelstora företag', 'Medelantal anställda', 'Beviljade medel', 'Medel 2021'])('%s heads no rate column', (h) => {
    expect(RATE_HEADER.test(h)).toBe(false);
  });
});
