import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A statement pasted one cell a paragraph, its empty cells kept as an extra blank line, where
 * the page lost the blank line after a sum row's last cell: that figure and the next row's label
 * stand in one paragraph ("-650" / "Skatter"). And a title wrapped before its year ("Budget" /
 * "2024") in the header. Examples written for this test.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);
const headersOf = (t: Table) => t.columns.map((c) => c.header.join(' / '));

describe('a sum row’s last figure and the next label in one paragraph', () => {
  it('ends the row at the figure and opens the next with the label, the note cell empty', () => {
    const text = [
      'Resultaträkning, mnkr', '', 'Not', '', '2023', '', 'Budget\n2024', '', '2024', '',
      'Intäkter', '', '1', '', '310', '', '300', '', '325', '',
      'Kostnader', '', '2', '', '-960', '', '-980', '', '-990', '',
      'Nettokostnader', '', '', '-650', '', '-680', '', '-665\nSkatter', '',
      '3', '', '700', '', '720', '', '725', '',
      'Finansnetto', '', '4', '', '-12', '', '-10', '', '-11', '',
      'Resultat', '', '', '38', '', '30', '', '49', '',
    ].join('\n');
    const [t] = tablesOf(`${text}\n`);
    expect(headersOf(t!).slice(-3)).toEqual(['2023', 'Budget 2024', '2024']);
    const mnkr = (v: string | null) => (v === null ? null : String(Number(v) / 1e6));
    expect(rowsOf(t!).map((r) => r.slice(-3).map(mnkr))).toEqual([
      ['310', '300', '325'],
      ['-960', '-980', '-990'],
      ['-650', '-680', '-665'],
      ['700', '720', '725'],
      ['-12', '-10', '-11'],
      ['38', '30', '49'],
    ]);
    expect(rowsOf(t!).map((r) => r[0])).toEqual(['Intäkter', 'Kostnader', 'Nettokostnader', 'Skatter', 'Finansnetto', 'Resultat']);
  });

  it('does so with a space line for the empty cell, a decimal figure and no notes', () => {
    const text = [
      'Tkr', '', '2022', '', '2023', '',
      'Avgifter', '', '1 200,5', '', '1 310,0', '',
      'Bidrag', '', ' ', '', '95,5', '',
      'Summa intäkter', '', '1 200,5', '', '1 405,5\nPersonal', '',
      '-800,0', '', '-845,5', '',
      'Lokaler', '', '-300,0', '', '-310,0', '',
      'Summa kostnader', '', '-1 100,0', '', '-1 155,5', '',
    ].join('\n');
    const [t] = tablesOf(`${text}\n`);
    expect(rowsOf(t!)).toEqual([
      ['Avgifter', '1200500', '1310000'],
      ['Bidrag', null, '95500'],
      ['Summa intäkter', '1200500', '1405500'],
      ['Personal', '-800000', '-845500'],
      ['Lokaler', '-300000', '-310000'],
      ['Summa kostnader', '-1100000', '-1155500'],
    ]);
  });
});
