import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/** A series by year, one "2019: 4 120" a line (year-colon-lines.ts); wordings written for this test. */
const tableOf = (text: string) => docOf({ text }).tables[0];
const rowsOf = (text: string) => tableOf(text)!.rows.map((r) => [r.label, r.kind, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('year: figure lines', () => {
  it('reads the years as labels, the unit after a figure as the column, and the total line below', () => {
    const text = ['Antal besök i simhallen', '2019: 41 200 besök', '2020: 18 350', '2021: 22 075', '', 'Totalt: 81 625 besök'].join('\n');
    expect(rowsOf(text)).toEqual([
      ['2019', 'data', '41200'],
      ['2020', 'data', '18350'],
      ['2021', 'data', '22075'],
      ['Totalt', 'total', '81625'],
    ]);
    expect(tableOf(text)!.columns.map((c) => c.header)).toEqual([['besök']]);
  });

  it('reads years counting down, a remark in parentheses kept as the figure’s note', () => {
    const text = ['Bidrag per år', '2024: 1 250 (prognos)', '2023: 1 310', '2022: 1 185', '2021: 990'].join('\n');
    const t = tableOf(text)!;
    expect(rowsOf(text).map((r) => [r[0], r[2]])).toEqual([
      ['2024', '1250'],
      ['2023', '1310'],
      ['2022', '1185'],
      ['2021', '990'],
    ]);
    expect(t.rows[0]!.cells[0]!.raw).toBe('1 250 (prognos)');
  });

  it('leaves years that do not follow each other to the prose', () => {
    const text = ['Nedslag', '2005: 12 400', '2009: 8 100', '2012: 9 900'].join('\n');
    expect(tableOf(text)).toBeUndefined();
  });
});
