import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/**
 * Single-spaced tables whose header names a code column right after the label's ("Län Länskod
 * …", "Kommun Kommunkod …"): written for this test, values and regions checked by hand.
 */
const tableOf = (text: string) => docOf({ file: 't.txt', text }).tables[0]!;
const rows = (text: string): string[][] => tableOf(text).rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toString() ?? '')]);

describe('a code column after the label, single-spaced', () => {
  it('gives each county code to its label and reads the figures after it, codes of two digits above 10 too', () => {
    const text = 'Antal platser per län\n\nLän Länskod Platser Sökande\nStockholms län 01 1 234 5 678\nUppsala län 03 456 789\nSkåne län 12 2 368 1 160\nHallands län 13 457 462\nSumma 4 515 8 089\n';
    expect(rows(text)).toEqual([
      ['Stockholms län 01', '1234', '5678'],
      ['Uppsala län 03', '456', '789'],
      ['Skåne län 12', '2368', '1160'],
      ['Hallands län 13', '457', '462'],
      ['Summa', '4515', '8089'],
    ]);
    expect(tableOf(text).rows.map((r) => r.region?.code ?? null)).toEqual(['01', '03', '12', '13', null]);
  });

  it('does so with municipality codes of four digits under a short title, a code that could open a figure too', () => {
    const text = 'Bidrag per kommun\n\nKommun Kod Ansökt Beviljat\nMalmö 1280 5 210 4 900\nLund 1281 4 380 4 380\nLandskrona 1282 520 465\nHelsingborg 1283 5 640 5 100\n';
    expect(rows(text)).toEqual([
      ['Malmö 1280', '5210', '4900'],
      ['Lund 1281', '4380', '4380'],
      ['Landskrona 1282', '520', '465'],
      ['Helsingborg 1283', '5640', '5100'],
    ]);
  });
});
