import { describe, expect, it } from 'vitest';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { totalOfItsParts } from '../../src/tables/varav-total.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/**
 * Key figures, a total ratio followed by the "varav" ratios that make it (25 + 45 =
 * 70, 20 + 48 = 68), under other ratios it is no sum of. Tables written for this test.
 */
const keyFigures = [
  ['Skatteintäktsutveckling', '3,5', '4,1'],
  ['Nettokostnadsutveckling', '4,2', '3,9'],
  ['Årets resultat / skatteintäkter', '2,5', '-0,7'],
  ['Soliditet', '30', '32'],
  ['Skattefinansieringsgrad', '85', '90'],
  ['Total skuldsättningsgrad', '70', '68'],
  ['– varav kortfristig', '25', '20'],
  ['– varav långfristig', '45', '48'],
];
/** Costs whose total sums the rows above it; its "varav" rows break out only some of it. */
const costs = (total: string) => [
  ['Personal', '100', '110'],
  ['Lokaler', '50', '55'],
  ['Totala kostnader', total, '165'],
  ['– varav hyra', '30', '32'],
  ['– varav el', '10', '12'],
];
const tabs = (rows: string[][], caption: string) => [caption, '', 'Post\t2022\t2023', ...rows.map((r) => r.join('\t')), ''].join('\n');
const gfm = (rows: string[][], caption: string) => [caption, '', '| Post | 2022 | 2023 |', '|---|---|---|', ...rows.map((r) => `| ${r.join(' | ')} |`), ''].join('\n');

describe('a total followed by the "varav" rows that make it', () => {
  for (const [layout, write, file] of [['tab-separated', tabs, 'a.txt'], ['GFM', gfm, 'a.md']] as const) {
    it(`is their total, not a sum of the rows above it, ${layout}`, () => {
      const text = write(keyFigures, 'Finansiella nyckeltal');
      const table = docOf({ file, text }).tables[0]!;
      expect(totalOfItsParts(table, table.rows[5]!)).toBe(true);
      expect(findingsOf(columnTotal, [{ file, text }]).filter((f) => f.severity !== 'info')).toEqual([]);
    });

    it(`leaves a total whose "varav" rows are only some of it summed from the rows above, ${layout}`, () => {
      const right = write(costs('150'), 'Kostnader, tkr');
      const table = docOf({ file, text: right }).tables[0]!;
      expect(totalOfItsParts(table, table.rows[2]!)).toBe(false);
      expect(findingsOf(columnTotal, [{ file, text: right }]).filter((f) => f.severity !== 'info')).toEqual([]);
      // 100 + 50 = 150, printed 160.
      const wrong = findingsOf(columnTotal, [{ file, text: write(costs('160'), 'Kostnader, tkr') }]).filter((f) => f.severity !== 'info');
      expect(wrong.map((f) => [f.expected, f.actual])).toEqual([['160000', '150000']]);
    });
  }
});
