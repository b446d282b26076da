import { describe, expect, it } from 'vitest';
import { afterLabelDate } from '../../src/layout/label-date.js';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Row labels that close with a date, set against their figures by single spaces. Tables written
 * for this test; sums worked out by hand.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const grid = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);
const toks = (s: string) => s.split(' ').map((text) => ({ text }));

describe('a date closing a row label', () => {
  it('gives the year after a day and a month, or a whole date token, to the label', () => {
    expect(afterLabelDate(toks('Utgående balans 31 dec 2023 471 000 452 300'), 4)).toBe(5);
    expect(afterLabelDate(toks('Fond per 30 juni 2024 12 400'), 4)).toBe(5);
    expect(afterLabelDate(toks('Ingående balans 1.1.2023 452 300'), 2)).toBe(3);
    expect(afterLabelDate(toks('Kapital 2023-12-31 1 335'), 1)).toBe(2);
    // No month before the year, or nothing after the date: the year stays where it was read.
    expect(afterLabelDate(toks('Verksamhet 12 2023 400'), 2)).toBe(2);
    expect(afterLabelDate(toks('Kapital 31 dec 2023'), 3)).toBe(3);
  });

  // 612 400 + 21 900 − 4 000 = 630 300; 2022: 598 100 + 18 300 − 4 000 = 612 400.
  it('reads a note whose balances are named "1 januari 2023" and "31 december 2023"', () => {
    const text =
      'Not 21 Balanserat resultat\n\nTkr 2023 2022\nBalanserat resultat 1 januari 2023 612 400 598 100\n' +
      'Årets resultat 21 900 18 300\nAvsättning till RUR -4 000 -4 000\nBalanserat resultat 31 december 2023 630 300 612 400\n';
    const [t] = tablesOf(text);
    expect(grid(t!)).toEqual([
      ['Balanserat resultat 1 januari 2023', '612400000', '598100000'],
      ['Årets resultat', '21900000', '18300000'],
      ['Avsättning till RUR', '-4000000', '-4000000'],
      ['Balanserat resultat 31 december 2023', '630300000', '612400000'],
    ]);
  });

  // A delårsrapport in tkr: 480 200 + 34 800 = 515 000; 2022: 455 900 + 24 300 = 480 200.
  it('reads a dotted date and a day with its month\'s name in the labels of a half-year statement', () => {
    const text = 'Fonder, tkr\n\nPost 2023 2022\nFond 1.1.2023 480 200 455 900\nPeriodens avsättning 34 800 24 300\nFond 31 aug 2023 515 000 480 200\n';
    const [t] = tablesOf(text);
    expect(grid(t!)).toEqual([
      ['Fond 1.1.2023', '480200000', '455900000'],
      ['Periodens avsättning', '34800000', '24300000'],
      ['Fond 31 aug 2023', '515000000', '480200000'],
    ]);
  });
});
