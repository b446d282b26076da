import { describe, expect, it } from 'vitest';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { findingsOf } from '../rules/rule-tester.js';

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
    it(`warns, never errs, of a mean age and a rate beside counts, ${layout}`, () => {
      const text = of(['Kommun', 'Folkmängd', 'Medelålder', 'Ohälsotal'], ['Riket', '63 475', '42,5', '0,9']);
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
