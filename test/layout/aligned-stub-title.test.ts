import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/** A space-aligned table whose label column's title, words single spaced, reaches in under the first column's titles; figures written here. */
const table = (text: string) => docOf({ text }).tables[0]!;
const read = (text: string): (string | null)[][] => table(text).rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('the label column\'s title on the last header line, read word by word', () => {
  it('keeps its last word ("kronor") and gives the table its unit: groups over wrapped titles', () => {
    const text = 'Tabell 1 Bidrag per län\n\n                                    Män                       Kvinnor\n                                                    Utbetalt under\nBelopp i tusental kronor    Period 1       Del 2        perioden       Del 2\nStockholm                   5 298 450     545 755      2 938 060   1 472 760\nRegion Uppsala              3 778 987   8 501 051      2 399 155   9 007 978\nÖstergötland                4 355 112   5 436 507      8 156 737   1 421 896\nSumma                      13 432 549  14 483 313     13 493 952  11 902 634\n';
    expect(table(text).columns.map((c) => c.header.join('/'))).toEqual(['Män/Period 1', 'Män/Del 2', 'Kvinnor/Utbetalt under perioden', 'Kvinnor/Del 2']);
    expect(read(text)[0]).toEqual(['Stockholm', '5298450000', '545755000', '2938060000', '1472760000']);
  });

  it('keeps it whole under titles wrapped over three lines (miljoner kronor)', () => {
    const text = 'Kostnader per verksamhet 2023\n\n                                            Beviljat\n                                Budget         efter      Utfall\nKostnad i miljoner kronor         2023    omprövning        2023\nSkola                           12 400        12 950      12 700\nVård och omsorg                 25 300        26 100      25 980\nKultur                           1 200         1 150       1 180\nTotalt                          38 900        40 200      39 860\n';
    expect(table(text).columns.map((c) => c.header.join(' '))).toEqual(['Budget 2023', 'Beviljat efter omprövning', 'Utfall 2023']);
    expect(read(text)[3]).toEqual(['Totalt', '38900000000', '40200000000', '39860000000']);
  });
});
