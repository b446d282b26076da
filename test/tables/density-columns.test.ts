import { describe, expect, it } from 'vitest';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { RATE_HEADER } from '../../src/tables/units.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/**
 * A county's municipalities closed by the county's row ("Hela länet", "Riket"), with a column of
 * densities beside the counts: the density is a quotient, never the sum of the rows above, while
 * the counts are. Tables and figures written for this test, sums worked out by hand.
 */
const nonInfo = (text: string, file: string) => findingsOf(columnTotal, [{ file, text }]).filter((f) => f.severity !== 'info');

const rows = [
  ['Alby', '400', '8 000', '20,0'],
  ['Beda', '600', '30 000', '50,0'],
  ['Ceda', '1 000', '25 000', '25,0'],
];
const gfm = (total: string[]) =>
  ['| Kommun | Landareal, km² | Folkmängd 2020 | Invånare per km² |', '|---|---:|---:|---:|', ...[...rows, total].map((r) => `| ${r.join(' | ')} |`), ''].join('\n');
const tabs = (total: string[]) => ['Kommun\tLandareal, km2\tFolkmängd 2020\tInv/km2', ...[...rows, total].map((r) => r.join('\t')), ''].join('\n');

describe('densities beside counts under a county total', () => {
  it.each(['Invånare per km²', 'Inv/km2', 'Befolkningstäthet', 'Invånare per kvadratkilometer', 'Personer per hektar'])('%s heads a rate column', (h) => {
    expect(RATE_HEADER.test(h)).toBe(true);
  });

  it.each(['Landareal, km²', 'Areal km2', 'Skogsmark, hektar'])('%s heads no rate column', (h) => {
    expect(RATE_HEADER.test(h)).toBe(false);
  });

  for (const [layout, of, file] of [['GFM', gfm, 'a.md'], ['tab-separated', tabs, 'b.txt']] as const) {
    for (const label of ['Hela länet', 'Riket']) {
      it(`sums the counts and not the density to "${label}", ${layout}`, () => {
        const text = of([label, '2 000', '63 000', '31,5']);
        const t = docOf({ file, text }).tables[0]!;
        expect(t.rows.map((r) => r.kind)).toEqual(['data', 'data', 'data', 'total']);
        expect(t.columns.map((c) => c.rate === true)).toEqual([false, false, true]);
        expect(nonInfo(text, file)).toEqual([]);
      });
    }

    it(`warns of a county total the counts do not add up to, ${layout}`, () => {
      // 8 000 + 30 000 + 25 000 = 63 000, not 64 000; a warning, as the table states no unit.
      const text = of(['Hela länet', '2 000', '64 000', '31,5']);
      expect(nonInfo(text, file).map((f) => [f.severity, f.expected, f.actual])).toEqual([['warning', '64000', '63000']]);
    });
  }
});
