import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A single-spaced table that sets its minus signs against their figures prints a dash for an
 * empty cell: a dash standing alone before a figure is then an empty cell, not the figure's sign.
 * Examples written for this test.
 */
const tablesOf = (lines: string[]): readonly Table[] => docOf({ file: 'case.txt', text: lines.join('\n') + '\n' }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => (c.value?.toFixed() ?? null) + (c.uncertain !== undefined ? '?' : ''))]);

describe('lone dashes in a table that glues its minus signs', () => {
  it('reads a dash before a figure as an empty cell where the row is a value short otherwise (hyphens, mnkr)', () => {
    const [t] = tablesOf([
      'Investeringar, mnkr Utgift Inkomst Utgift Inkomst',
      'Skolor -120 4 -310 12',
      'Förskolor -45 - -98 -',
      'Gator -60 2 -75 3',
      'Parker -8 - 6 -',
      'Idrott -12 - -30 1',
    ]);
    const rows = rowsOf(t!);
    expect(rows[1]!.slice(1).map((v) => v.replace('?', ''))).toEqual(['-45000000', '0', '-98000000', '0']);
    // "-8 - 6 -": four cells, the 6 positive; the dash might have been its sign, and the row says so.
    expect(rows[3]).toEqual(['Parker', '-8000000?', '0?', '6000000?', '0?']);
  });

  it('reads it so with minus signs and en dashes for empty cells (kronor, five columns)', () => {
    const [t] = tablesOf([
      'Projekt Budget Utfall Avvikelse Prognos Ram',
      'Bibliotek 12 500 13 100 −600 13 000 12 500',
      'Simhall 40 000 – – 38 000 40 000',
      'Skatepark – 2 300 −2 300 2 300 –',
      'Fritidsgård 8 000 – 8 000 – 8 000',
      'Konstgräs 5 400 6 100 −700 6 100 5 400',
    ]);
    const rows = rowsOf(t!);
    expect(rows.map((r) => r.length)).toEqual([6, 6, 6, 6, 6]);
    expect(rows[3]!.map((v) => v.replace('?', ''))).toEqual(['Fritidsgård', '8000', '0', '8000', '0', '8000']);
    expect(rows[0]!.slice(1)).toEqual(['12500', '13100', '-600', '13000', '12500']);
  });

  it('keeps a lone dash a sign in a table that sets every minus sign apart', () => {
    const [t] = tablesOf([
      'Post 2022 2021',
      'Intäkter 1 200 1 100',
      'Kostnader - 800 - 750',
      'Avskrivningar - 120 - 110',
      'Resultat 280 240',
    ]);
    expect(rowsOf(t!).map((r) => r.slice(1).map((v) => v.replace('?', '')))).toEqual([
      ['1200', '1100'],
      ['-800', '-750'],
      ['-120', '-110'],
      ['280', '240'],
    ]);
  });
});

describe('lone dashes in a table that signs no figure', () => {
  it('reads a dash before a figure as an empty cell where the rows are full so (en dashes, tkr)', () => {
    const [t] = tablesOf([
      'Tabell 4 Bidrag per kommun, tkr',
      '',
      'Kommun 2021 2022 2023',
      'Ale 1 250 – 830',
      'Lund 410 95 400',
      'Sala 120 – 75',
      'Borås 300 210 415',
      'Summa 2 080 305 1 720',
    ]);
    expect(rowsOf(t!).map((r) => r.map((v) => v.replace('?', '')))).toEqual([
      ['Ale', '1250000', '0', '830000'],
      ['Lund', '410000', '95000', '400000'],
      ['Sala', '120000', '0', '75000'],
      ['Borås', '300000', '210000', '415000'],
      ['Summa', '2080000', '305000', '1720000'],
    ]);
    // The dash might have been a sign: the rows that hold one say so.
    expect(rowsOf(t!)[0]![3]).toBe('830000?');
  });

  it('reads it so with hyphens, three columns of counts', () => {
    const [t] = tablesOf(['Län Sökta Beviljade Avslag', 'Uppsala 14 5 9', 'Gotland 3 - 3', 'Skåne 25 13 12', 'Halland 7 - 7', 'Totalt 49 18 31']);
    expect(rowsOf(t!).map((r) => r.map((v) => v.replace('?', '')))).toEqual([
      ['Uppsala', '14', '5', '9'],
      ['Gotland', '3', '0', '3'],
      ['Skåne', '25', '13', '12'],
      ['Halland', '7', '0', '7'],
      ['Totalt', '49', '18', '31'],
    ]);
  });
});
