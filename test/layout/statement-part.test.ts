import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/** Amounts in millions, as printed. A statement followed, in its columns and under no header of its own, by a part under a heading; written for this test. */
const read = (t: Table): string[][] =>
  t.rows.map((r) => [r.label, ...r.cells.map((c) => (c.value === null ? '' : c.value.div(1_000_000).toFixed()) + (c.uncertain !== undefined ? '?' : ''))]);
const tablesOf = (lines: string[]): readonly Table[] => docOf({ file: 'a.txt', text: [...lines, ''].join('\n') }).tables;

const statement = [
  'Resultaträkning, mnkr',
  '',
  '                                  2022      2023',
  'Verksamhetens intäkter             812       845',
  'Skatteintäkter                   2 701     2 790',
  'Årets resultat                      13       -30',
  '',
];

describe('a part under its own heading inside a statement', () => {
  it('joins a reconciliation under a heading to the statement above, the heading a section title', () => {
    const tables = tablesOf([...statement, 'Balanskravsutredning', 'Årets resultat                      13       -30', 'Avgår realisationsvinster           -4        -2', 'Justerat resultat                    9       -32']);
    expect(tables).toHaveLength(1);
    expect(tables[0]!.columns.map((c) => c.header.join(' '))).toEqual(['2022', '2023']);
    expect(read(tables[0]!)).toEqual([
      ['Verksamhetens intäkter', '812', '845'],
      ['Skatteintäkter', '2701', '2790'],
      ['Årets resultat', '13', '-30'],
      ['Balanskravsutredning', '', ''],
      ['Årets resultat', '13?', '-30?'],
      ['Avgår realisationsvinster', '-4?', '-2?'],
      ['Justerat resultat', '9?', '-32?'],
    ]);
  });

  const twoLineHeader = [
    'Kommunens resultaträkning, mnkr',
    '',
    '                               Bokslut    Bokslut',
    '                                  2022       2023',
    'Verksamhetens intäkter             812        845',
    'Verksamhetens kostnader         -3 402     -3 561',
    'Skatteintäkter                   2 701      2 790',
    'Summa                              111         74',
    '',
    'Balanskravsresultat',
    'Årets resultat                     111         74',
    'Realisationsvinster                -11         -4',
  ];

  it('joins a part under another heading to a statement with a two-line header and a total', () => {
    const tables = tablesOf([...twoLineHeader, 'Summa                              100         70']);
    expect(tables).toHaveLength(1);
    expect(read(tables[0]!).slice(3)).toEqual([
      ['Summa', '111', '74'],
      ['Balanskravsresultat', '', ''],
      ['Årets resultat', '111?', '74?'],
      ['Realisationsvinster', '-11?', '-4?'],
      ['Summa', '100?', '70?'],
    ]);
    expect(findingsOf(columnTotal, [...twoLineHeader, 'Summa                              100         70', ''].join('\n'))).toEqual([]);
  });

  it("sums the part's total over the part alone, and a wrong one only warns", () => {
    const findings = findingsOf(columnTotal, [...twoLineHeader, 'Summa                               90         70', ''].join('\n'));
    expect(findings.map((f) => [f.severity, f.location.line])).toEqual([['warning', 13]]);
    expect(findings[0]!.message).toContain('2 rader summerar till 100 000 000 kr');
  });

  it('keeps a part with a header of its own a table of its own', () => {
    const tables = tablesOf([...statement, 'Balanskravsutredning', '                                Utfall    Budget', 'Årets resultat                      13       -30', 'Justerat resultat                    9       -32']);
    expect(tables).toHaveLength(2);
    expect(read(tables[1]!).map((r) => r[0])).toEqual(['Årets resultat', 'Justerat resultat']);
  });

  it('keeps a part whose figures stand in other places a table of its own', () => {
    const tables = tablesOf([...statement, 'Balanskravsutredning', 'Årets resultat                   13                -30', 'Justerat resultat                 9                -32']);
    expect(tables).toHaveLength(2);
  });

  it('keeps rows after a sentence a table of their own', () => {
    const tables = tablesOf([...statement, 'Kommunen redovisar ett justerat resultat enligt nedan.', 'Årets resultat                      13       -30', 'Justerat resultat                    9       -32']);
    expect(tables).toHaveLength(2);
  });
});
