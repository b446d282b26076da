import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A web table pasted one cell a line, empty cells as lines holding a space, whose header ends
 * with its last title followed by empty cells that are no heading row: a whole empty row under
 * the header (one cell more than the rows have figures) or a stray empty cell, and then a heading
 * row naming the kind of area ("Län") with a cell for each column. The last title heads the last
 * column; read as a heading, it was a row and every column's title stood one column off.
 * Examples written for this test (invented figures).
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const headersOf = (t: Table) => t.columns.map((c) => c.header.join(' / '));
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, r.region?.code ?? null, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

const body = [
  ['Blekinge', '12', '30', '42'],
  ['Kalmar', '20', '41', '61'],
  ['Kronobergs', '9', '25', '34'],
  ['Gotlands', '4', '11', '15'],
  ['Skåne', '55', '120', '175'],
];
const expected = [
  ['Län', null, null, null, null],
  ['Blekinge', '10', '12', '30', '42'],
  ['Kalmar', '08', '20', '41', '61'],
  ['Kronobergs', '07', '9', '25', '34'],
  ['Gotlands', '09', '4', '11', '15'],
  ['Skåne', '12', '55', '120', '175'],
];

describe('cell-per-line header over an empty row or cell, then a heading row', () => {
  it('reads the last title as the last column when a whole empty row follows it', () => {
    const cells = [
      'Område', 'Ekologisk odling', 'Konventionell odling', 'Summa odling',
      ...Array(4).fill(' '),
      'Län', ...Array(3).fill(' '),
      ...body.flat(),
    ];
    const [t] = tablesOf(`Antal gårdar per län\n\n${cells.join('\n\n')}\n`);
    expect(headersOf(t!)).toEqual(['Ekologisk odling', 'Konventionell odling', 'Summa odling']);
    expect(rowsOf(t!)).toEqual(expected);
  });

  it('reads it so when one stray empty cell follows it and the label column’s title wraps over two lines', () => {
    const cells = [
      'Område\nStorleksgrupp', 'Besättningar 1–49', 'Besättningar 50–', 'Summa', ' ',
      'Län', ...Array(3).fill(' '),
      ...body.flat(),
    ];
    const [t] = tablesOf(`Antal gårdar per län\n\n${cells.join('\n\n')}\n`);
    expect(headersOf(t!)).toEqual(['Besättningar 1–49', 'Besättningar 50–', 'Summa']);
    expect(rowsOf(t!)).toEqual(expected);
  });

  it('keeps a heading row that whole empty rows follow a heading, under a header over an empty row', () => {
    const cells = [
      'Område', 'Ekologisk odling', 'Konventionell odling', 'Summa odling',
      ...Array(4).fill(' '),
      'Län', ...Array(3).fill(' '), ...Array(8).fill(' '),
      ...body.flat(),
    ];
    const [t] = tablesOf(`Antal gårdar per län\n\n${cells.join('\n\n')}\n`);
    expect(headersOf(t!)).toEqual(['Ekologisk odling', 'Konventionell odling', 'Summa odling']);
    expect(rowsOf(t!)).toEqual(expected);
  });
});
