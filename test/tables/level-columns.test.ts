import { describe, expect, it } from 'vitest';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { rowTotal } from '../../src/rules/table/row-total.js';
import { RATE_HEADER } from '../../src/tables/units.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/**
 * A table of areas closed by "Riket" or "Samtliga län" prints counts beside levels (a mean age,
 * a rate of sick days) whose headers name no rate: the total of a level column lies between the
 * rows' figures, so it is read as their level, not as a sum that disagrees. Figures written for
 * this test; the counts add up (8 120 + 30 045 + 25 310 = 63 475).
 */
const nonInfo = (text: string, file: string) => findingsOf(columnTotal, [{ file, text }]).filter((f) => f.severity !== 'info');

const body = [
  ['Alby', '8 120', '45,1', '1,2'],
  ['Beda', '30 045', '41,2', '0,8'],
  ['Ceda', '25 310', '43,0', '1,0'],
];
const gfm = (head: string[], total: string[]) => ['| ' + head.join(' | ') + ' |', '|---|---:|---:|---:|', ...[...body, total].map((r) => `| ${r.join(' | ')} |`), ''].join('\n');
const aligned = (head: string[], total: string[]) =>
  [head, ...body, total].map((r) => r[0]!.padEnd(16) + r.slice(1).map((c) => c.padStart(12)).join('')).join('\n') + '\n';

describe('level columns under a total row', () => {
  for (const [layout, of, file] of [['GFM', gfm, 'a.md'], ['aligned text', aligned, 'b.txt']] as const) {
    it(`warns, never errs, of two rates their headers do not name as rates, ${layout}`, () => {
      const text = of(['Kommun', 'Folkmängd', 'Sjuktal', 'Ohälsotal'], ['Riket', '63 475', '42,5', '0,9']);
      const found = nonInfo(text, file);
      expect(found.map((f) => f.severity)).toEqual(['warning', 'warning']);
      expect(found.every((f) => /medelvärde eller en kvot/.test(f.message))).toBe(true);
    });

    it(`still errs where the counts do not add up, ${layout}`, () => {
      const text = of(['Område', 'Antal invånare', 'Medelålder, år', 'Sjuktal'], ['Totalt', '64 475', '42,5', '0,9']);
      const errors = nonInfo(text, file).filter((f) => f.severity === 'error');
      expect(errors.map((f) => [f.expected, f.actual])).toEqual([['64475', '63475']]);
    });
  }
});

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
