import { describe, expect, it } from 'vitest';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { RATE_HEADER } from '../../src/tables/units.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/**
 * Counts per county beside the social insurance's rates: "Ohälsotal", "Sjuktal" and
 * "Sjukpenningtal" are days per insured person, the country's figure its own rate, never the sum
 * of the counties'. The counts are summed. Tables and figures written for this test, sums worked
 * out by hand: 1 200 + 800 + 2 000 = 4 000.
 */
const nonInfo = (text: string, file: string) => findingsOf(columnTotal, [{ file, text }]).filter((f) => f.severity !== 'info');

const rows = [
  ['Norrbottens län', '1 200', '30,1', '11,2'],
  ['Gävleborgs län', '800', '33,4', '12,0'],
  ['Skåne län', '2 000', '27,0', '9,8'],
];
const gfm = (total: string[]) =>
  ['| Län | Antal sjukfall | Ohälsotal | Sjuktal |', '|---|---:|---:|---:|', ...[...rows, total].map((r) => `| ${r.join(' | ')} |`), ''].join('\n');
const tabs = (total: string[]) => ['Län\tPågående sjukfall, antal\tSjukpenningtal\tOhälsotal, dagar', ...[...rows, total].map((r) => r.join('\t')), ''].join('\n');

describe('sickness rates beside counts under the country total', () => {
  it.each(['Ohälsotal', 'Ohälsotal, dagar', 'Sjuktal', 'Sjukpenningtal 2023'])('%s heads a rate column', (h) => {
    expect(RATE_HEADER.test(h)).toBe(true);
  });

  it.each(['Antal sjukfall', 'Sjukfall', 'Sjukpenning, mnkr'])('%s heads no rate column', (h) => {
    expect(RATE_HEADER.test(h)).toBe(false);
  });

  for (const [layout, of, file] of [['GFM', gfm, 'a.md'], ['tab-separated', tabs, 'b.txt']] as const) {
    it(`sums the counts and not the rates to "Riket", ${layout}`, () => {
      const text = of(['Riket', '4 000', '29,0', '10,5']);
      const t = docOf({ file, text }).tables[0]!;
      expect(t.rows.map((r) => r.kind)).toEqual(['data', 'data', 'data', 'total']);
      expect(t.columns.map((c) => c.rate === true)).toEqual([false, true, true]);
      expect(nonInfo(text, file)).toEqual([]);
    });

    it(`reports a country total the counts do not add up to, ${layout}`, () => {
      // 1 200 + 800 + 2 000 = 4 000, not 4 100.
      const text = of(['Riket', '4 100', '29,0', '10,5']);
      expect(nonInfo(text, file).map((f) => [f.expected, f.actual])).toEqual([['4100', '4000']]);
    });
  }
});
