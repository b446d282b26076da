import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/**
 * Spaced tables under a title line whose years are set apart by words, over a line of column
 * titles without years, with rows whose labels close with a year ("Summa 2020"). Wordings and
 * figures written for this test.
 */
const tableOf = (text: string) => docOf({ text }).tables[0]!;
const rowsOf = (text: string) => tableOf(text).rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('a title line with years over the column titles', () => {
  it('counts the columns by the titles, and gives a year after a label back to the label', () => {
    const text = [
      'Elproduktion 2019 och 2020 (GWh)',
      'Kraftslag Norr Mitt Syd Totalt',
      'Vatten 12 400 3 100 850 16 350',
      'Vind 4 020 2 510 1 730 8 260',
      'Sol 15 240 610 865',
      'Summa 2020 16 435 5 850 3 190 25 475',
      'Summa 2019 15 900 5 400 2 900 24 200',
    ].join('\n');
    expect(tableOf(text).columns.map((c) => c.header)).toEqual([['Norr'], ['Mitt'], ['Syd'], ['Totalt']]);
    expect(rowsOf(text)).toEqual([
      ['Vatten', '12400', '3100', '850', '16350'],
      ['Vind', '4020', '2510', '1730', '8260'],
      ['Sol', '15', '240', '610', '865'],
      ['Summa 2020', '16435', '5850', '3190', '25475'],
      ['Summa 2019', '15900', '5400', '2900', '24200'],
    ]);
  });

  it('does so under a title that compares two years in other words', () => {
    const text = [
      'Besökare 2021 jämfört med 2022',
      'Anläggning Vår Sommar Höst',
      'Badhuset 1 200 3 400 900',
      'Ishallen 2 100 95 2 600',
      'Simhallen 640 1 210 480',
      'Totalt 2022 3 940 4 705 3 980',
      'Totalt 2021 3 050 3 100 3 420',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      ['Badhuset', '1200', '3400', '900'],
      ['Ishallen', '2100', '95', '2600'],
      ['Simhallen', '640', '1210', '480'],
      ['Totalt 2022', '3940', '4705', '3980'],
      ['Totalt 2021', '3050', '3100', '3420'],
    ]);
  });
});
