import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * One cell a line under a title, the stub's unit ("Belopp i mnkr", "Tkr") and a year a column:
 * the first year is not the unit's title ("Belopp i mnkr 2016"), and the title above names the
 * table, not the label column. Examples written for this test.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const headersOf = (t: Table) => t.columns.map((c) => c.header.join(' / '));
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);
const rows = [
  ['Årets resultat', '61', '48', '75'],
  ['Avgår realisationsvinster', '-12', '-3', '-20'],
  ['Justerat resultat', '49', '45', '55'],
  ['Medel till reserv', '-9', '0', '-15'],
  ['Balanskravsresultat', '40', '45', '40'],
];

describe('cell-per-line tables headed by the stub’s unit and years', () => {
  it('reads the years as the columns under a caption, the cells set apart by blank lines', () => {
    const text = `Balanskravsutredning för regionen\n\nBelopp i mnkr\n\n2021\n\n2022\n\n2023\n\n${rows.map((r) => r.join('\n\n')).join('\n\n')}\n`;
    const [t] = tablesOf(text);
    expect(headersOf(t!)).toEqual(['2021', '2022', '2023']);
    expect(t!.labelHeader).toBe('Belopp i mnkr');
    expect(rowsOf(t!)[0]).toEqual(['Årets resultat', '61000000', '48000000', '75000000']);
    expect(rowsOf(t!)).toHaveLength(5);
  });

  it('does so with one cell a line and no blank lines, the unit a bare "Tkr"', () => {
    const text = `Avstämning mot balanskravet\nTkr\n2021\n2022\n2023\n${rows.map((r) => r.join('\n')).join('\n')}\n`;
    const [t] = tablesOf(text);
    expect(headersOf(t!)).toEqual(['2021', '2022', '2023']);
    expect(t!.labelHeader).toBe('Tkr');
    expect(rowsOf(t!)[4]).toEqual(['Balanskravsresultat', '40000', '45000', '40000']);
  });
});
