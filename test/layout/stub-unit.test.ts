import { describe, expect, it } from 'vitest';
import { stubUnitWords } from '../../src/layout/stub-unit.js';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * The stub's unit heading printed before the years on the header line ("Belopp i mnkr 2023
 * 2024"): it gives every column its unit, not the first one alone. Examples written here;
 * values worked out by hand (base unit: kronor).
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? '')]);

describe('stub unit words', () => {
  it('takes a short lead that names a money unit when only years follow', () => {
    expect(stubUnitWords(['Belopp', 'i', 'mnkr'], ['2024', '2023', '2024'])).toBe(3);
    expect(stubUnitWords(['MSEK', 'om', 'ej', 'annat', 'anges'], ['2022', '2021'])).toBe(5);
    expect(stubUnitWords(['(tkr)'], ['2024'])).toBe(1);
    expect(stubUnitWords(['Miljoner', 'kronor'], ['2020'])).toBe(2);
  });
  it('leaves titles alone: no unit, titles between the years, or a long lead', () => {
    expect(stubUnitWords(['Utfall'], ['2024'])).toBe(0);
    expect(stubUnitWords(['Utfall', 'tkr'], ['Budget', 'tkr', '2024'])).toBe(0);
    expect(stubUnitWords(['Kostnader', 'för', 'drift', 'och', 'underhåll', 'av', 'lokaler', 'tkr'], ['2024'])).toBe(0);
  });
});

describe('a unit before the years on a header under group titles', () => {
  it('scales every column of a municipality and group note', () => {
    const text = [
      '3. Verksamhetens intäkter',
      '',
      'Kommunen',
      'Kommunkoncernen',
      'Belopp i mnkr 2023 2024 2023 2024',
      'Taxor och avgifter 1 210 1 264 3 850 3 990',
      'Hyror 540 556 2 120 2 204',
      'Bidrag 905 870 912 877',
      'Summa intäkter 2 655 2 690 6 882 7 071',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(t!.unit).toBe('SEK');
    expect(rowsOf(t!)).toEqual([
      ['Taxor och avgifter', '1210000000', '1264000000', '3850000000', '3990000000'],
      ['Hyror', '540000000', '556000000', '2120000000', '2204000000'],
      ['Bidrag', '905000000', '870000000', '912000000', '877000000'],
      ['Summa intäkter', '2655000000', '2690000000', '6882000000', '7071000000'],
    ]);
  });

  it('scales every year of a five-year summary whose unit heading says "unless stated"', () => {
    const text = ['Fem år i sammandrag', 'Tkr om inget annat anges 2024 2023 2022', 'Nettoomsättning 48 200 45 910 41 005', 'Rörelsekostnader -44 100 -42 300 -38 950', 'Rörelseresultat 4 100 3 610 2 055', ''].join('\n');
    const [t] = tablesOf(text);
    expect(rowsOf(t!)).toEqual([
      ['Nettoomsättning', '48200000', '45910000', '41005000'],
      ['Rörelsekostnader', '-44100000', '-42300000', '-38950000'],
      ['Rörelseresultat', '4100000', '3610000', '2055000'],
    ]);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['2024', '2023', '2022']);
  });
});
