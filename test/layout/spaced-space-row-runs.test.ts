import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A web table pasted as text keeps its empty rows as lines of spaces, and a statement's page may
 * set five or more of them between the result and the part under it (a reconciliation under its
 * own heading). The run is one table's empty rows, not a paragraph break: the part stays in the
 * table, under the table's header and unit, whether its labels stand over their figures or beside
 * them. Written for this test; the sums were worked out by hand.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('a long run of empty web-table rows inside a statement', () => {
  it('keeps a part under five lines of one space, labels over their figures and a note column', () => {
    // 512,0 − 498,3 = 13,7; 13,7 − 1,2 = 12,5 and 9,8 + 0,0 = 9,8.
    const text = [
      'Resultatbudget',
      '',
      'mnkr Not Budget',
      '2024',
      'Plan',
      '2025',
      ' ',
      'Intäkter',
      '1 512,0 530,4',
      'Kostnader 2 – 498,3 – 520,6',
      ' ',
      'Årets resultat',
      '13,7 9,8',
      ' ',
      ' ',
      ' ',
      ' ',
      ' ',
      'Justering av resultatet mot kravet på balans',
      ' ',
      'Avgår realisationsvinster',
      '  – 1,2 0,0',
      ' ',
      'Justerat resultat',
      '  12,5 9,8',
      '',
    ].join('\n');
    const ts = tablesOf(text);
    expect(ts).toHaveLength(1);
    expect(rowsOf(ts[0]!)).toEqual([
      ['Intäkter', '512000000', '530400000'],
      ['Kostnader', '-498300000', '-520600000'],
      ['Årets resultat', '13700000', '9800000'],
      ['Justering av resultatet mot kravet på balans', null, null],
      ['Avgår realisationsvinster', '-1200000', '0'],
      ['Justerat resultat', '12500000', '9800000'],
    ]);
  });

  it('keeps a part under seven lines of three spaces, labels beside their figures, in thousands', () => {
    // 64 200 − 61 900 = 2 300 and 66 000 − 63 850 = 2 150; 2 300 − 300 = 2 000.
    const sp = '   ';
    const text = [
      'Tkr Utfall 2023 Budget 2024',
      'Avgifter 64 200 66 000',
      'Driftkostnader -61 900 -63 850',
      'Resultat 2 300 2 150',
      sp,
      sp,
      sp,
      sp,
      sp,
      sp,
      sp,
      'Avsättning till resultatutjämningsreserv -300 0',
      'Resultat efter avsättning 2 000 2 150',
      '',
    ].join('\n');
    const ts = tablesOf(text);
    expect(ts).toHaveLength(1);
    expect(rowsOf(ts[0]!).slice(3)).toEqual([
      ['Avsättning till resultatutjämningsreserv', '-300000', '0'],
      ['Resultat efter avsättning', '2000000', '2150000'],
    ]);
    expect(ts[0]!.columns.map((c) => c.header.join(' '))).toEqual(['Utfall 2023', 'Budget 2024']);
  });

  it('still ends the table at a run of truly empty lines', () => {
    const text = ['mnkr 2023 2024', 'Intäkter 410,5 420,0', 'Kostnader -400,1 -415,3', 'Resultat 10,4 4,7', '', '', '', '', '', 'Avgår realisationsvinster -0,4 0,0', 'Justerat resultat 10,0 4,7', ''].join('\n');
    const ts = tablesOf(text);
    expect(ts[0]!.rows.map((r) => r.label)).toEqual(['Intäkter', 'Kostnader', 'Resultat']);
  });
});
