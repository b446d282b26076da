import { describe, expect, it } from 'vitest';
import { detectGluedYearColumns, mayStartGluedYears } from '../../src/layout/glued-year-columns.js';
import { linesToBlocks } from '../../src/layout/text-blocks.js';
import type { Table } from '../../src/model/table.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';
import { columnTotal } from '../../src/rules/table/column-total.js';

/**
 * Web tables copied with every cell separator lost, under years set against each other.
 * Examples written here; values worked out by hand (base unit: kronor).
 */
const src = (text: string) => text.split('\n').map((raw, i) => ({ raw, line: i + 1 }));
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => (c.value?.toFixed() ?? '') + (c.uncertain !== undefined ? '?' : ''))]);

describe('glued year columns', () => {
  it('reads a note in millions: small values split by likeness of size, a wrapped cell, a total row', () => {
    const text = [
      '4. Avgifter och ersättningar, mnkr',
      '',
      '  202320222021',
      'Renhållningsavgifter118',
      '112109',
      'Vatten och avlopp204198187',
      'Parkering413936',
      'Ersättning från staten1 0219871 002',
      'Summa avgifter och ersättningar1 3871 3361 334',
      '',
      'Tillbaka',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['2023', '2022', '2021']);
    expect(rowsOf(t!)).toEqual([
      // "118" then "112109" on the next line: the line break is a cell boundary, and six digits in two values of at most three split one way.
      ['Renhållningsavgifter', '118000000', '112000000', '109000000'],
      // Nine digits in three values: one way only.
      ['Vatten och avlopp', '204000000', '198000000', '187000000'],
      // Six digits in three values split many ways: 41 | 39 | 36 are the most alike, a guess.
      ['Parkering', '41000000?', '39000000?', '36000000?'],
      // "1 0219871 002": a space is kept only inside a number, but "1 021" | "9" | "871 002" reads too.
      ['Ersättning från staten', '1021000000?', '987000000?', '1002000000?'],
      ['Summa avgifter och ersättningar', '1387000000', '1336000000', '1334000000'],
    ]);
    expect(t!.rows[4]!.kind).toBe('subtotal');
    // 118 + 204 + 41 + 1 021 = 1 384, not 1 387: a guess over glued cells can only warn.
    expect(findingsOf(columnTotal, text).map((f) => f.severity)).toEqual(['warning']);
  });

  it('reads descending years with negative rows and a zero, under a heading', () => {
    const text = ['Nettokostnad per verksamhet (tkr)', '20242025', 'Intäkter', 'Förskola1 2001 310', 'Skola8401 020', 'Interna poster-45-52', 'Realisationsvinst075', ''].join('\n');
    const [t] = tablesOf(text);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['2024', '2025']);
    expect(rowsOf(t!)).toEqual([
      ['Intäkter', '', ''],
      ['Förskola', '1200000', '1310000'],
      ['Skola', '840000?', '1020000?'],
      ['Interna poster', '-45000', '-52000'],
      // "075": a value opening with 0 is 0 itself.
      ['Realisationsvinst', '0', '75000'],
    ]);
  });

  it('is not a table: years in prose, a row that does not read, too few rows', () => {
    expect(mayStartGluedYears(src('Kostnaderna 20232024 ökade.'), 0)).toBe(false);
    expect(mayStartGluedYears(src('20232025'), 0)).toBe(false);
    expect(mayStartGluedYears(src('2'.repeat(5000)), 0)).toBe(false);
    expect(detectGluedYearColumns('t.txt', src(['20232024', 'Intäkter12', 'Kostnader34'].join('\n')), 0)).toBeNull();
    const blocks = linesToBlocks('t.txt', src(['20222023', 'Avgifter1214', 'Bidrag3032', 'Hyror5557', 'Se not 4 för detaljer om hyrorna.'].join('\n')));
    expect(blocks.map((b) => b.kind)).toEqual(['grid', 'text']);
  });
});
