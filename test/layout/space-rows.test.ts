import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A web table pasted as text keeps its empty rows as lines holding a space or two. Three of them
 * between a result and the part under it are still one table, in one unit; truly empty lines
 * end it as before. Written for this test.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('empty web-table rows as lines of spaces', () => {
  it('keeps the part under three space rows in the table and its unit', () => {
    const text = [
      'mnkr 2023 2024 2025',
      'Intäkter 410,5 420,0 431,2',
      'Kostnader – 400,1 – 415,3 – 425,0',
      'Årets resultat 10,4 4,7 6,2',
      ' ',
      ' ',
      ' ',
      'Balanskravsutredning',
      'Realisationsvinster – 0,4 0,0 0,0',
      'Justerat resultat 10,0 4,7 6,2',
      '',
    ].join('\n');
    const ts = tablesOf(text);
    expect(ts).toHaveLength(1);
    expect(rowsOf(ts[0]!).slice(3)).toEqual([
      ['Balanskravsutredning', null, null, null],
      ['Realisationsvinster', '-400000', '0', '0'],
      ['Justerat resultat', '10000000', '4700000', '6200000'],
    ]);
  });

  it('does the same in a table in thousands with a note column and spaces of two', () => {
    const text = [
      'Tkr Not 2022 2023',
      'Hyror 1 12 400 12 900',
      'Drift 2 -9 100 -9 650',
      'Resultat 3 300 3 250',
      '  ',
      '  ',
      '  ',
      'Avsättning till fond -1 000 -1 000',
      'Kvar 2 300 2 250',
      '',
    ].join('\n');
    const ts = tablesOf(text);
    expect(ts).toHaveLength(1);
    expect(rowsOf(ts[0]!).at(-1)).toEqual(['Kvar', '2300000', '2250000']);
  });

  it('still ends the table at three empty lines', () => {
    const text = ['mnkr 2023 2024', 'Intäkter 410,5 420,0', 'Kostnader -400,1 -415,3', 'Resultat 10,4 4,7', '', '', '', 'Vi räknar med 12 nya tjänster 2025.', ''].join('\n');
    const ts = tablesOf(text);
    expect(ts).toHaveLength(1);
    expect(ts[0]!.rows.map((r) => r.label)).toEqual(['Intäkter', 'Kostnader', 'Resultat']);
  });

  it('skips space rows among header lines and under a label standing above its figures', () => {
    const text = [
      'Område Totalt därav',
      ' Delområde Kvinnor Män',
      ' ',
      'HELA REGIONEN',
      ' ',
      '512 300 258 100 254 200',
      'NORRA DELEN',
      ' ',
      '300 100 151 000 149 100',
      ' Åsby 120 400 60 500 59 900',
      ' Berga 179 700 90 500 89 200',
      'SÖDRA DELEN',
      ' ',
      '212 200 107 100 105 100',
      ' Dalby 212 200 107 100 105 100',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(rowsOf(t!).map((r) => r.slice(0, 2))).toEqual([
      ['HELA REGIONEN', '512300'],
      ['NORRA DELEN', '300100'],
      ['Åsby', '120400'],
      ['Berga', '179700'],
      ['SÖDRA DELEN', '212200'],
      ['Dalby', '212200'],
    ]);
  });

  it('does the same with one header line and a total named in lower case', () => {
    const text = ['Län Antal Andel', ' ', 'Totalt', ' ', '4 120 100,0', 'Norr 1 030 25,0', 'Mitt 1 442 35,0', 'Syd 1 648 40,0', ''].join('\n');
    const [t] = tablesOf(text);
    expect(rowsOf(t!)[0]).toEqual(['Totalt', '4120', '100']);
  });
});

