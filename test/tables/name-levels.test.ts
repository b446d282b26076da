import { describe, expect, it } from 'vitest';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { topNameLevel } from '../../src/tables/name-levels.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/**
 * Counties and their municipalities named without codes, the country's total under them: the
 * total adds the counties alone. Tables and figures written for this test: 250 + 350 = 600 and
 * 150 + 250 = 400 for the counties, 600 + 400 = 1 000 for the country.
 */
const sthlm = ['Stockholms län', '600', '70'];
const munis1 = [
  ['Upplands Väsby', '250', '30'],
  ['Vallentuna', '350', '40'],
];
const upps = ['Uppsala län', '400', '50'];
const munis3 = [
  ['Håbo', '150', '20'],
  ['Uppsala', '250', '30'],
];
const above = (riket: string[]) => [sthlm, ...munis1, upps, ...munis3, riket];
const below = (riket: string[]) => [...munis1, sthlm, ...munis3, upps, riket];
const caption = 'Folkmängd 31 december, antal personer\n\n';
const gfm = (body: string[][]) => caption + ['| Område | Folkmängd | Födda |', '|---|---:|---:|', ...body.map((r) => `| ${r.join(' | ')} |`), ''].join('\n');
const tab = (body: string[][]) => caption + [['Område', 'Folkmängd', 'Födda'], ...body].map((r) => r.join('\t')).join('\n') + '\n';
const findings = (text: string, file: string) => findingsOf(columnTotal, [{ file, text }]);

describe('a total over counties and their municipalities named without codes', () => {
  const layouts = [
    ['GFM, counties above their municipalities', gfm, above, 'a.md'],
    ['tab table, counties under their municipalities', tab, below, 'b.txt'],
  ] as const;
  for (const [layout, render, order, file] of layouts) {
    it(`adds the counties alone to the total, ${layout}`, () => {
      const found = findings(render(order(['Riket', '1 000', '120'])), file);
      expect(found.filter((f) => f.severity !== 'info')).toEqual([]);
      expect(found.map((f) => f.message).filter((m) => /län och deras kommuner/.test(m))).toHaveLength(2);
    });

    it(`still reports a total the counties do not make, ${layout}`, () => {
      const found = findings(render(order(['Riket', '1 100', '120'])), file);
      expect(found.filter((f) => f.severity !== 'info' && f.expected === '1100').length).toBe(1);
    });
  }

  it('reads the levels only where every other row is a municipality of a county the table names', () => {
    const t = docOf({ file: 'c.md', text: gfm(above(['Riket', '1 000', '120'])) }).tables[0]!;
    // "Uppsala" beside "Uppsala län" is the municipality.
    expect(topNameLevel(t)?.map((r) => r.label)).toEqual(['Stockholms län', 'Uppsala län']);
    // A municipality of a county the table does not name, or a row naming something else: no levels.
    const other = docOf({ file: 'd.md', text: gfm([sthlm, ...munis1, upps, ['Malmö', '150', '20'], ['Riket', '1 000', '120']]) }).tables[0]!;
    expect(topNameLevel(other)).toBeNull();
    const mixed = docOf({ file: 'e.md', text: gfm([sthlm, ...munis1, upps, ['Övriga', '400', '50'], ['Riket', '1 000', '120']]) }).tables[0]!;
    expect(topNameLevel(mixed)).toBeNull();
  });
});
