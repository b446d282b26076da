import { describe, expect, it } from 'vitest';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { topCodeLevel } from '../../src/tables/code-levels.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/**
 * Counties and their municipalities in one coded table, the total over them: the total adds
 * the counties alone, wherever the county rows stand. Tables and figures written for this test:
 * 250 + 350 = 600 and 150 + 250 = 400 for the counties, 600 + 400 = 1 000 for the country.
 */
const rows = {
  riket: ['00', 'Riket', '1 000', '120'],
  sthlm: ['01', 'Stockholms län', '600', '70'],
  munis1: [
    ['0114', 'Upplands Väsby', '250', '30'],
    ['0115', 'Vallentuna', '350', '40'],
  ],
  upps: ['03', 'Uppsala län', '400', '50'],
  munis3: [
    ['0305', 'Håbo', '150', '20'],
    ['0319', 'Älvkarleby', '250', '30'],
  ],
};
const above = (riket: string[]) => [riket, rows.sthlm, ...rows.munis1, rows.upps, ...rows.munis3];
const below = (riket: string[]) => [...rows.munis1, rows.sthlm, ...rows.munis3, rows.upps, riket];
const caption = 'Folkmängd 31 december, antal personer\n\n';
const gfm = (body: string[][]) => caption + ['| Kod | Namn | Folkmängd | Födda |', '|---|---|---:|---:|', ...body.map((r) => `| ${r.join(' | ')} |`), ''].join('\n');
const aligned = (body: string[][]) =>
  caption + [['Kod', 'Namn', 'Folkmängd', 'Födda'], ...body].map((r) => r[0]!.padEnd(6) + r[1]!.padEnd(20) + r[2]!.padStart(10) + r[3]!.padStart(10)).join('\n') + '\n';

const findings = (text: string, file: string) => findingsOf(columnTotal, [{ file, text }]);

describe('a total over rows nested by code', () => {
  const layouts = [
    ['GFM, counties above their municipalities', gfm, above, 'a.md'],
    ['GFM, counties under their municipalities', gfm, below, 'b.md'],
    ['aligned text, counties above', aligned, above, 'c.txt'],
  ] as const;
  for (const [layout, render, order, file] of layouts) {
    it(`adds the counties alone to the total, ${layout}`, () => {
      const found = findings(render(order(rows.riket)), file);
      expect(found.filter((f) => f.severity !== 'info')).toEqual([]);
      expect(found.map((f) => f.message).filter((m) => /koder/.test(m))).toHaveLength(2);
    });

    it(`still reports a total the counties do not make, ${layout}`, () => {
      const found = findings(render(order(['00', 'Riket', '1 100', '120'])), file);
      expect(found.filter((f) => f.severity !== 'info' && f.expected === '1100').length).toBe(1);
    });
  }

  it('finds the top level only where longer codes extend shorter ones', () => {
    const t = docOf({ file: 'd.md', text: gfm(above(rows.riket)) }).tables[0]!;
    expect(topCodeLevel(t)?.map((r) => r.label)).toEqual(['Stockholms län', 'Uppsala län']);
    // Codes of one length, or longer codes under none of the shorter ones: no levels.
    const flat = docOf({ file: 'e.md', text: gfm([rows.riket, rows.sthlm, rows.upps, ['05', 'Östergötlands län', '10', '1']]) }).tables[0]!;
    expect(topCodeLevel(flat)).toBeNull();
    const loose = docOf({ file: 'f.md', text: gfm([rows.riket, rows.sthlm, ['0305', 'Håbo', '150', '20'], ['0319', 'Älvkarleby', '250', '30']]) }).tables[0]!;
    expect(topCodeLevel(loose)).toBeNull();
  });
});
