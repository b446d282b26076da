import { describe, expect, it } from 'vitest';
import { isNumberedTitle } from '../../src/layout/numbered-title.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Budgets that number their sections ("1. Verksamhet"), each with a few rows: tables written for
 * this test in two layouts, values checked by hand.
 */
const tablesOf = (text: string) => docOf({ file: 't.txt', text }).tables;
const rows = (t: ReturnType<typeof tablesOf>[number]): string[][] => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toString() ?? '')]);

describe('numbered sections of a budget', () => {
  it('is a short numbered title of words, no sentence and no figure', () => {
    expect(isNumberedTitle('1. Verksamhet')).toBe(true);
    expect(isNumberedTitle('12) Vård och omsorg')).toBe(true);
    expect(isNumberedTitle('2. Kommunen ska minska kostnaderna.')).toBe(false);
    expect(isNumberedTitle('3. Fördelning:')).toBe(false);
    expect(isNumberedTitle('4. Skolor 2025')).toBe(false);
    expect(isNumberedTitle('Verksamhet')).toBe(false);
  });

  it('reads sections apart by blank lines as captioned tables, each in the unit stated over the first', () => {
    const text = 'Nettokostnad per verksamhet, tkr\n\n1. Infrastruktur\nGator och vägar 8 300 8 650\nParker 2 100 2 240\nSumma 10 400 10 890\n\n2. Fritid\nBibliotek 3 050 3 120\nSimhall 4 400 4 610\nSumma 7 450 7 730\n';
    const ts = tablesOf(text);
    expect(ts.map((t) => t.caption)).toEqual(['1. Infrastruktur', '2. Fritid']);
    expect(rows(ts[0]!)).toEqual([
      ['Gator och vägar', '8300000', '8650000'],
      ['Parker', '2100000', '2240000'],
      ['Summa', '10400000', '10890000'],
    ]);
    // The unit of the second is the first's: a guess, so its sum only warns.
    expect(rows(ts[1]!)).toEqual([
      ['Bibliotek', '3050000', '3120000'],
      ['Simhall', '4400000', '4610000'],
      ['Summa', '7450000', '7730000'],
    ]);
    expect(ts[1]!.rows[0]!.cells[0]!.uncertain).toBeDefined();
  });

  it('reads numbered titles inside an aligned table as its section rows, none lost, the header over the columns', () => {
    const text = 'Budget per nämnd (mnkr)\nNämnd  Budget 2025  Budget 2026\n1. Kommunstyrelsen\nKansli  14,0  14,6\nEkonomi  9,5  9,9\n2. Miljönämnden\nTillsyn  4,2  4,4\nTotalt  27,7  28,9\n';
    const [t] = tablesOf(text);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['Budget 2025', 'Budget 2026']);
    expect(t!.rows.map((r) => r.label)).toEqual(['1. Kommunstyrelsen', 'Kansli', 'Ekonomi', '2. Miljönämnden', 'Tillsyn', 'Totalt']);
    expect(rows(t!)[5]).toEqual(['Totalt', '27700000', '28900000']);
  });
});
