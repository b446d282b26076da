import { describe, expect, it } from 'vitest';
import { isUngroupedCodeColumn } from '../../src/tables/ungrouped-codes.js';
import { docOf } from '../rules/rule-tester.js';

/** Columns and tables written for this test. */
describe('codes written without a group space among grouped amounts', () => {
  it('a column of bare three- to six-digit numbers, some of five digits, beside grouped amounts', () => {
    expect(isUngroupedCodeColumn(['310', '31010', '31020', '320'], [['-4 120 000', '-3 000 000', '-1 120 000', '-800 000']])).toBe(true);
  });

  it('not short numbers only, grouped figures, or a table that never groups its thousands', () => {
    expect(isUngroupedCodeColumn(['310', '320', '330'], [['-4 120 000']])).toBe(false);
    expect(isUngroupedCodeColumn(['31 010', '31 020', '320'], [['-4 120 000']])).toBe(false);
    expect(isUngroupedCodeColumn(['31010', '31020', '320'], [['4120000', '3000']])).toBe(false);
    // Figures whose group space was lost (by OCR) beside grouped ones: they do not nest as codes do.
    expect(isUngroupedCodeColumn(['47234', '103956', '47303', '6573'], [['17 642', '34 735']])).toBe(false);
  });

  it('a budget pasted one cell a line, each row opening with its code: the codes are never a column of figures', () => {
    const text = [
      'Budget för nämnderna år 2025', '', 'Utgifter 2025', '', 'Inkomster 2025', '',
      '310', '', 'Bildningsnämnden', '', '-4 120 000', '', '35 000', '',
      '31010', '', 'Grundskolan', '', '-3 000 000', '', '20 000', '',
      '31020', '', 'Gymnasiet', '', '-1 120 000', '', '15 000', '',
      '320', '', 'Kulturnämnden', '', '-800 000', '', '12 500', '',
      '32010', '', 'Biblioteket', '', '-800 000', '', '12 500', '',
    ].join('\n');
    const d = docOf({ file: 'a.txt', text });
    const t = d.tables[0]!;
    expect(t.columns.length).toBe(2);
    // The codes were read as a third column at each row's end (the next row's code): now they are codes.
    // (The last row, with no code after it, is still left out of the table: its amounts are read as prose.)
    expect(t.rows.slice(0, 4).map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)])).toEqual([
      ['Bildningsnämnden', '-4120000', '35000'],
      ['Grundskolan', '-3000000', '20000'],
      ['Gymnasiet', '-1120000', '15000'],
      ['Kulturnämnden', '-800000', '12500'],
    ]);
  });

  it('a tab table whose item numbers stand last', () => {
    const text = 'Konton\n\nPost\tBudget\tUtfall\tId\nPersonal\t1 250 400\t1 190 200\t401\nLöner\t1 100 400\t1 050 200\t40110\nArvoden\t150 000\t140 000\t40120\n';
    const d = docOf({ file: 'b.txt', text });
    expect(d.tables[0]!.columns.map((c) => c.header.join(' / '))).toEqual(['Budget', 'Utfall']);
  });
});
