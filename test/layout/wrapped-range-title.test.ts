import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { isWrappedRangeTitle } from '../../src/layout/wrapped-range-title.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Size-class titles ("10,1-" / "20,0") wrapped at their dash in tables pasted one cell a
 * paragraph. Examples written for this test (invented figures, real county names).
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);
const headersOf = (t: Table) => t.columns.map((c) => c.header.join(' / '));

describe('isWrappedRangeTitle', () => {
  it('joins a class bound closed by a dash with a greater bound written alike', () => {
    expect(isWrappedRangeTitle('100,1-', '200,0')).toBe(true);
    expect(isWrappedRangeTitle('10–', '49')).toBe(true);
    expect(isWrappedRangeTitle('1 000 -', '4 999')).toBe(true);
  });

  it('keeps a label and its figure apart when the bounds differ in kind or order', () => {
    // Decimals differ: an age group over a rate.
    expect(isWrappedRangeTitle('85-', '1,3')).toBe(false);
    // The figure is smaller than the bound.
    expect(isWrappedRangeTitle('65-', '12')).toBe(false);
    // No dash: a label and its value.
    expect(isWrappedRangeTitle('100,1', '200,0')).toBe(false);
    expect(isWrappedRangeTitle('Uppsala', '200')).toBe(false);
  });
});

describe('size-class titles wrapped at their dash, one cell a paragraph', () => {
  const rows = [
    ['Uppsala', '41', '17', '9', '4'],
    ['Kalmar', '38', '12', '6', '2'],
    ['Gotlands', '25', '9', '3', '1'],
    ['Skåne', '96', '44', '21', '13'],
    ['Hallands', '30', '11', '5', '3'],
  ];
  const expected = rows.map(([l, ...v]) => [l, ...v]);

  it('reads them as titles under empty cells kept as lines of a space', () => {
    const head = ['Område', ' ', 'Antal gårdar efter storlek, hektar', '20,1-\n50,0', '50,1-\n100,0', '100,1-\n200,0', '200,1-', 'Län', ' ', ' ', ' ', ' '];
    const text = `Tabell 3. Gårdar efter storlek 2021\n\n${[...head, ...rows.flat()].join('\n\n')}\n`;
    const [t, ...rest] = tablesOf(text);
    expect(rest).toHaveLength(0);
    expect(headersOf(t!)).toEqual(['20,1- 50,0', '50,1- 100,0', '100,1- 200,0', '200,1-']);
    expect(rowsOf(t!).filter((r) => r.slice(1).some((v) => v !== null))).toEqual(expected);
    expect(t!.rows.filter((r) => r.kind === 'data' && r.region !== undefined).map((r) => r.label)).toEqual(['Uppsala', 'Kalmar', 'Gotlands', 'Skåne', 'Hallands']);
  });

  it('reads them as titles when every row ends in an empty cell and no space lines mark empty cells', () => {
    const head = ['Område, storlek', 'Företag efter areal, hektar', '5,1-\n10,0', '10,1-\n20,0', '20,1-\n50,0', '50,1-'];
    const body = rows.flatMap((r) => r);
    const text = `Antal företag 2019\n\n${[...head, 'Län', ...body].join('\n\n')}\n`;
    const tables = tablesOf(text);
    // No table of the titles alone ("5,1-" over "10,0" …), and the county table keeps its titles.
    expect(tables.some((t) => t.rows.some((r) => /^\d/.test(r.label)))).toBe(false);
    const t = tables.find((x) => x.rows.some((r) => r.label === 'Skåne'))!;
    expect(headersOf(t)).toEqual(['5,1- 10,0', '10,1- 20,0', '20,1- 50,0', '50,1-']);
    expect(rowsOf(t).filter((r) => r.slice(1).some((v) => v !== null))).toEqual(expected);
  });

  it('still reads an age table whose rows are ranges over their figures', () => {
    const cells = ['Åldersgrupp', 'Kvinnor', 'Män', '0-\n4', '512', '540', '5-\n14', '1 220', '1 301', '15-\n64', '6 010', '6 205', '65-', '2 100', '1 780'];
    const [t] = tablesOf(`Befolkning efter ålder\n\n${cells.join('\n\n')}\n`);
    // "0-" over "4" chains into the next class ("5-" over "14"): titles, or a row label of two
    // lines; in neither reading a row "0-" with the figure 4.
    expect(t!.rows.some((r) => r.label === '0-' && r.cells[0]?.value?.toFixed() === '4')).toBe(false);
  });
});
