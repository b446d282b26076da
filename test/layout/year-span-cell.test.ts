import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { isYearSpan } from '../../src/layout/year-span-cell.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A list of investments pasted one cell a line may give, beside each project's budget, the year it
 * is to be finished, or a span of years ("2019-2020"). The span is the row's cell, not the next
 * row's label; and a column of such years and spans is no amount: it tells the rows apart (one
 * project maintained in three years), so it goes with their labels. Written for this test.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('a span of years as a cell', () => {
  it('tells spans from years and other figures', () => {
    expect(isYearSpan('2019-2020')).toBe(true);
    expect(isYearSpan('2021 – 2023')).toBe(true);
    expect(isYearSpan('2021')).toBe(false);
    expect(isYearSpan('1 200-1 500')).toBe(false);
    expect(isYearSpan('2019/20')).toBe(false);
  });

  it('keeps a span in its row in a list one cell a line with blank lines, the years no amount', () => {
    const text = [
      'Belopp i miljoner kronor.',
      '',
      'Projekt',
      '',
      'Klart år',
      '',
      'Budget',
      '',
      'Ny förskola norr',
      '',
      '2024',
      '',
      '42,0',
      '',
      'Simhall',
      '',
      '2024-2026',
      '',
      '310,5',
      '',
      'Gång- och cykelväg',
      '',
      '2025',
      '',
      '8,5',
      '',
      'Reinvestering gator',
      '',
      '2024',
      '',
      '20,0',
      '',
      'Reinvestering gator',
      '',
      '2025',
      '',
      '22,0',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(rowsOf(t!)).toEqual([
      ['Ny förskola norr | 2024', '42000000'],
      ['Simhall | 2024-2026', '310500000'],
      ['Gång- och cykelväg | 2025', '8500000'],
      ['Reinvestering gator | 2024', '20000000'],
      ['Reinvestering gator | 2025', '22000000'],
    ]);
  });

  it('does the same with blank lines only between rows, a span with a dash, in thousands', () => {
    const text = ['Investeringar i tusental kronor', '', 'Objekt', 'Period', 'Utgift', '', 'Reningsverk', '2023–2025', '48 000', '', 'Vattentorn', '2024', '12 500', '', 'Ledningsnät', '2024', '6 300', '', 'Pumpstation', '2025', '4 100', ''].join('\n');
    const [t] = tablesOf(text);
    expect(rowsOf(t!)).toEqual([
      ['Reningsverk | 2023–2025', '48000000'],
      ['Vattentorn | 2024', '12500000'],
      ['Ledningsnät | 2024', '6300000'],
      ['Pumpstation | 2025', '4100000'],
    ]);
  });

  it('still reads rows labelled by spans, and spans over the columns as their titles', () => {
    const rows = tablesOf(['Läsår', '', 'Elever', '', '2019-2020', '', '120', '', '2020-2021', '', '131', '', '2021-2022', '', '140', '', '2022-2023', '', '152', ''].join('\n'));
    expect(rowsOf(rows[0]!)).toEqual([
      ['2019-2020', '120'],
      ['2020-2021', '131'],
      ['2021-2022', '140'],
      ['2022-2023', '152'],
    ]);
    const titles = tablesOf(['Antal', '2019-2020', '2020-2021', 'Norra skolan', '120', '125', 'Södra skolan', '98', '101', 'Summa', '218', '226', ''].join('\n'));
    expect(titles[0]!.columns.map((c) => c.header.join(' '))).toEqual(['2019-2020', '2020-2021']);
    expect(rowsOf(titles[0]!).at(-1)).toEqual(['Summa', '218', '226']);
  });
});

describe('a span of years in a column of a space-aligned table', () => {
  const read = (text: string) =>
    docOf({ file: 'a.txt', text }).tables.map((t) => ({
      columns: t.columns.map((c) => c.header.join('/')),
      rows: t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]),
    }));

  it('is a cell of its row, so the header keeps every title', () => {
    const text = [
      'Investeringar 2024, mnkr',
      '',
      'Projekt                      Period        Budget',
      'Simhall                      2024-2026      310,5',
      'Ny förskola Ekbacken         2024-2025       42,0',
      'Gång- och cykelväg           2024             8,5',
      'Summa                                       361,0',
      '',
    ].join('\n');
    const [t] = read(text);
    expect(t!.columns.at(-1)).toBe('Budget');
    expect(t!.rows.map((r) => r.at(-1))).toEqual(['310500000', '42000000', '8500000', '361000000']);
  });

  it('also with en dashes, the span after the figures', () => {
    const text = [
      'Åtgärd                 Kostnad tkr    Genomförs',
      'Tak skolan                   1 200    2023–2024',
      'Ventilation sporthall          850    2024',
      'Fönsterbyte äldreboende      2 400    2024–2026',
      'Totalt                       4 450',
      '',
    ].join('\n');
    const [t] = read(text);
    expect(t!.columns).toContain('Kostnad tkr');
    expect(t!.rows.map((r) => r.find((v) => v !== null && /^\d+$/.test(v) && Number(v) >= 850000))).toEqual(['1200000', '850000', '2400000', '4450000']);
  });
});
