import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { liftUnitAfterLastYear, unitAfterYears } from '../../src/layout/years-then-unit.js';
import type { Grid } from '../../src/layout/types.js';
import { docOf } from '../rules/rule-tester.js';

/** Header lines whose years are closed by the table's unit. Examples written for this test. */
const docFrom = (lines: string[]) => docOf({ file: 'case.txt', text: lines.join('\n') + '\n' });
const tablesOf = (lines: string[]): readonly Table[] => docFrom(lines).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);
const headersOf = (t: Table) => t.columns.map((c) => c.header.join(' '));

describe('unitAfterYears', () => {
  it('finds a unit that closes two years or more', () => {
    expect(unitAfterYears(['Statsbidrag', '2021', '2022', 'mnkr'])).toBe(3);
    expect(unitAfterYears(['2019', '2020', '2021', '(tkr)'])).toBe(3);
    expect(unitAfterYears(['Område', '2022', '2023', 'kr'])).toBe(3);
  });

  it('leaves a row with one value and its unit, the same figure twice, and a unit after words', () => {
    expect(unitAfterYears(['Bergtorp', '2022', 'tkr'])).toBe(-1);
    expect(unitAfterYears(['Bidrag', '2020', '2020', 'tkr'])).toBe(-1);
    expect(unitAfterYears(['Belopp', 'i', 'tkr'])).toBe(-1);
    expect(unitAfterYears(['Avgift', '2021', '2022', 'procent'])).toBe(-1);
  });
});

describe('a single-spaced header whose years the unit closes', () => {
  it('reads the years as the columns and the unit as the table\'s (mnkr after the years)', () => {
    const [t] = tablesOf([
      'Om fördelningen',
      '',
      'Generella bidrag 2022 2023 mnkr',
      'Inkomstutjämning 2 150 2 240',
      'Strukturbidrag 75 80',
      'Totalt 2 225 2 320',
    ]);
    expect(headersOf(t!)).toEqual(['2022', '2023']);
    expect(rowsOf(t!)).toEqual([
      ['Inkomstutjämning', '2150000000', '2240000000'],
      ['Strukturbidrag', '75000000', '80000000'],
      ['Totalt', '2225000000', '2320000000'],
    ]);
  });

  it('reads "(tkr)" after three years under a numbered title, and takes no prose amount from the header', () => {
    const doc = docFrom([
      'Tabell 4 Bidrag till regionen 2020 2021 2022 (tkr)',
      'Vårdplatser 3 100 3 300 3 450',
      'Ambulans 900 950 1 000',
      'Summa 4 000 4 250 4 450',
    ]);
    const [t] = doc.tables;
    expect(headersOf(t!)).toEqual(['2020', '2021', '2022']);
    expect(rowsOf(t!)[2]).toEqual(['Summa', '4000000', '4250000', '4450000']);
    expect(doc.amounts.filter((a) => a.location.line === 1)).toEqual([]);
  });

  it('reads "kr" after the years as the header\'s, the cells in kronor', () => {
    const [t] = tablesOf([
      'Ersättningar',
      '',
      'Ort 2023 2024 kr',
      'Norrby 12 400 13 100',
      'Söderby 8 600 9 000',
      'Summa 21 000 22 100',
    ]);
    expect(headersOf(t!)).toEqual(['2023', '2024']);
    expect(rowsOf(t!)).toEqual([
      ['Norrby', '12400', '13100'],
      ['Söderby', '8600', '9000'],
      ['Summa', '21000', '22100'],
    ]);
  });
});

describe('a space-aligned header whose unit stands past the last year', () => {
  it('scales every column by the unit, not the last alone', () => {
    const [t] = tablesOf([
      'Om bidragen',
      '',
      'Bidrag                2021       2022    mnkr',
      'Inkomstutjämning     1 200      1 300',
      'Kostnadsutjämning      400        450',
      'Summa                1 600      1 750',
    ]);
    expect(headersOf(t!)).toEqual(['2021', '2022']);
    expect(rowsOf(t!)).toEqual([
      ['Inkomstutjämning', '1200000000', '1300000000'],
      ['Kostnadsutjämning', '400000000', '450000000'],
      ['Summa', '1600000000', '1750000000'],
    ]);
  });

  it('lifts "(tkr)" after the last of three years', () => {
    const [t] = tablesOf([
      'Bidrag per län',
      '',
      'Län              2019     2020     2021   (tkr)',
      'Uppsala           310      320      335',
      'Gotland            45       47       50',
      'Totalt            355      367      385',
    ]);
    expect(headersOf(t!)).toEqual(['2019', '2020', '2021']);
    expect(rowsOf(t!)[0]).toEqual(['Uppsala', '310000', '320000', '335000']);
  });

  it('keeps a unit of the last column alone when another title is no year', () => {
    const cell = (text: string, column: number) => ({ text, location: { file: 'g.txt', line: 1, column }, colspan: 1, rowspan: 1, header: true, bold: false });
    const grid = (titles: string[]): Grid => ({
      kind: 'grid',
      source: 'aligned',
      caption: null,
      headerRows: 1,
      rows: [{ cells: titles.map((t, k) => cell(t, 1 + 10 * k)), location: { file: 'g.txt', line: 1 } }],
    });
    const words = grid(['Post', 'Antal', '2022 tkr']);
    liftUnitAfterLastYear(words);
    expect(words.unitNote).toBeUndefined();
    expect(words.rows[0]!.cells[2]!.text).toBe('2022 tkr');
    const years = grid(['Post', '2021', '2022 tkr']);
    liftUnitAfterLastYear(years);
    expect(years.unitNote?.text).toBe('tkr');
    expect(years.unitNote?.location.column).toBe(26);
    expect(years.rows[0]!.cells[2]!.text).toBe('2022');
  });
});
