import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A web table pasted one cell a line, empty cells as lines of a space, where a row label wraps
 * onto a second line and the two lines together run longer than one line's label: the row is
 * one row, and the table (its unit, its note column) goes on past it. Examples written for this test.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('a long row label wrapped over two lines among cells a line (empty-cell-lines.ts)', () => {
  it('keeps one table under a note column, the wrapped row’s figures each under an empty line', () => {
    const cells = [
      'Belopp i tkr', 'Not', '2022', '2023',
      'Intäkter', '1', '540', '610',
      'Kostnader', '2', '-1 200', '-1 350',
      'Avgifter', ' ', '80', '85',
      'Bidrag', '3', '120', '95',
      'Kostnadsutjämning, strukturbidrag och regleringsbidrag\nsamt tillfälliga statsbidrag till kommunerna', ' ', '4', ' ', '330', ' ', '301',
      'Skatter', '5', '700', '760',
      'Resultat', ' ', '40', '20',
    ];
    const tables = tablesOf(`${cells.join('\n\n')}\n`);
    expect(tables.length).toBe(1);
    const t = tables[0]!;
    expect(t.unit).toBe('SEK');
    expect(t.columns.length).toBe(2);
    expect(rowsOf(t).slice(3)).toEqual([
      ['Bidrag', '120000', '95000'],
      ['Kostnadsutjämning, strukturbidrag och regleringsbidrag samt tillfälliga statsbidrag till kommunerna', '330000', '301000'],
      ['Skatter', '700000', '760000'],
      ['Resultat', '40000', '20000'],
    ]);
  });

  it('keeps one table of three years without a note column, the wrapped row’s figures under empty lines', () => {
    const cells = [
      'Tkr', 'Utfall 2021', 'Budget 2022', 'Utfall 2022',
      'Avgifter och ersättningar', '4 100', '4 300', '4 250',
      'Hyror och arrenden', '1 900', ' ', '2 050',
      'Försäljning av verksamhet', '700', '650', '720',
      'Bidrag', '500', '480', '510',
      'Ersättningar från Försäkringskassan och Migrationsverket\nför personlig assistans och mottagande', ' ', '2 300', ' ', '2 200', ' ', '2 410',
      'Övriga intäkter', '300', '280', '310',
      'Summa intäkter', '9 800', '7 910', '10 250',
    ];
    const tables = tablesOf(`Verksamhetens intäkter\n\n${cells.join('\n\n')}\n`);
    expect(tables.length).toBe(1);
    const t = tables[0]!;
    expect(t.unit).toBe('SEK');
    expect(rowsOf(t).slice(4)).toEqual([
      ['Ersättningar från Försäkringskassan och Migrationsverket för personlig assistans och mottagande', '2300000', '2200000', '2410000'],
      ['Övriga intäkter', '300000', '280000', '310000'],
      ['Summa intäkter', '9800000', '7910000', '10250000'],
    ]);
  });
});
