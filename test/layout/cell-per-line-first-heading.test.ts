import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * One cell a line, a section heading right under a header of years ("Verksamhet" / "2022" /
 * "2023" / "Hälso- och sjukvård" / "Primärvård" / …): the heading opens the rows, and the first
 * year is no title of the label column's. Examples written for this test.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const headersOf = (t: Table) => t.columns.map((c) => c.header.join(' / '));
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

const sections: [string, string[][]][] = [
  ['Utbildning', [['Grundskola', '410', '432'], ['Gymnasieskola', '205', '214'], ['Summa utbildning', '615', '646']]],
  ['Omsorg', [['Äldreomsorg', '380', '401'], ['Funktionsstöd', '160', '171'], ['Summa omsorg', '540', '572']]],
];
const expected = [
  ['Utbildning', null, null],
  ['Grundskola', '410000000', '432000000'],
  ['Gymnasieskola', '205000000', '214000000'],
  ['Summa utbildning', '615000000', '646000000'],
  ['Omsorg', null, null],
  ['Äldreomsorg', '380000000', '401000000'],
  ['Funktionsstöd', '160000000', '171000000'],
  ['Summa omsorg', '540000000', '572000000'],
  ['Totalt', '1155000000', '1218000000'],
];

describe('cell-per-line tables whose first row is a section heading', () => {
  it('reads the heading as a row and the years as the columns, cells set apart by blank lines', () => {
    const cells = ['Nämnd', '2021', '2022', ...sections.flatMap(([h, rows]) => [h, ...rows.flat()]), 'Totalt', '1 155', '1 218'];
    const [t] = tablesOf(`Nettokostnader per nämnd. Belopp i miljoner kronor.\n\n${cells.join('\n\n')}\n`);
    expect(headersOf(t!)).toEqual(['2021', '2022']);
    expect(t!.labelHeader).toBe('Nämnd');
    expect(rowsOf(t!)).toEqual(expected);
  });

  it('does so with a border after each cell and the heading’s empty cells kept', () => {
    const cells = ['Nämnd', '2021', '2022', ...sections.flatMap(([h, rows]) => [h, '', '', ...rows.flat()]), 'Totalt', '1 155', '1 218'];
    const [t] = tablesOf(`Nettokostnader, mnkr\n${cells.map((c) => `${c} |`).join('\n')}\n`);
    expect(headersOf(t!)).toEqual(['2021', '2022']);
    expect(rowsOf(t!)).toEqual(expected);
  });
});
