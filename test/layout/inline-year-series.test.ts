import { describe, expect, it } from 'vitest';
import { detectInlineYearSeries } from '../../src/layout/inline-year-series.js';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A series of figures by year on one line is read as a list table, a row per year. Examples
 * written here in three wordings (colons and commas, dashes and semicolons, spaces only).
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, r.cells[0]!.value?.toFixed() ?? '']);
const line = (raw: string) => detectInlineYearSeries('case.txt', [{ raw, line: 1 }], 0);

describe('an inline year series', () => {
  it('reads "2019: 120, 2020: 135, 2021: 150" as a list of three years', () => {
    const [t] = tablesOf('Utvecklingen:\n\n2019: 120, 2020: 135, 2021: 150\n');
    expect(t!.kind).toBe('list');
    expect(rowsOf(t!)).toEqual([
      ['2019', '120'],
      ['2020', '135'],
      ['2021', '150'],
    ]);
  });

  it('takes the words before the series as the column title, with its unit', () => {
    const [t] = tablesOf('Intäkter (mnkr) 2019 1 120 2020 1 135 2021 1 150 2022 1 210\n');
    expect(t!.columns[0]!.header).toEqual(['Intäkter (mnkr)']);
    expect(rowsOf(t!)).toEqual([
      ['2019', '1120000000'],
      ['2020', '1135000000'],
      ['2021', '1150000000'],
      ['2022', '1210000000'],
    ]);
  });

  it('marks figures set apart by spaces only as read by digit groups, and not those after a colon or dash', () => {
    expect(line('2019 1 120 2020 1 135 2021 1 150')!.grid.rows.slice(1).map((r) => r.cells[1]!.readBy)).toEqual(['spaced', 'spaced', 'spaced']);
    expect(line('Antal platser: 2019 – 120; 2020 – 135; 2021 – 150.')!.grid.rows.slice(1).map((r) => [r.cells[0]!.text, r.cells[1]!.text, r.cells[1]!.readBy])).toEqual([
      ['2019', '120', undefined],
      ['2020', '135', undefined],
      ['2021', '150', undefined],
    ]);
  });

  it('leaves prose that mentions years and amounts alone', () => {
    expect(line('Regeringen beslutade 2019 att ge 120 miljoner, 2020 ytterligare 135 och 2021 150 miljoner.')).toBeNull();
  });

  it('needs three years, each the one before plus one', () => {
    expect(line('2019: 120, 2020: 135')).toBeNull();
    expect(line('2019: 120, 2021: 135, 2023: 150')).toBeNull();
  });
});
