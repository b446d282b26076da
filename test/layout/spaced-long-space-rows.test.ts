import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * An empty row of a web table pasted as text is a line of spaces, one for each cell and one
 * between: eleven or more for a table of six columns. Such a line, however long, is no paragraph
 * break: it neither cuts a header from its rows nor a part of a statement from the part above.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('lines of many spaces in a table set apart by spaces', () => {
  it('keeps a header of titles wrapped before their years over rows below a heading and a line of thirteen spaces', () => {
    const text = ['Driftredovisning', '', 'Mnkr Utfall', '2022', 'Budget', '2022', 'Utfall', '2021', 'NÄMNDERNA', ' '.repeat(13), 'Barn och utbildning   -610 -605 -590', 'Vård och omsorg   -480 -470 -455', 'Samhällsbyggnad   -95 -100 -92', 'Kultur och fritid   -40 -42 -39', 'Summa nämnder   -1 225 -1 217 -1 176', ''].join('\n');
    const [t] = tablesOf(text);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['Utfall 2022', 'Budget 2022', 'Utfall 2021']);
    expect(rowsOf(t!)).toEqual([
      ['Barn och utbildning', '-610000000', '-605000000', '-590000000'],
      ['Vård och omsorg', '-480000000', '-470000000', '-455000000'],
      ['Samhällsbyggnad', '-95000000', '-100000000', '-92000000'],
      ['Kultur och fritid', '-40000000', '-42000000', '-39000000'],
      ['Summa nämnder', '-1225000000', '-1217000000', '-1176000000'],
    ]);
  });

  it('keeps a part under three lines of seventeen spaces in the table, with its unit', () => {
    const sp = ' '.repeat(17);
    const text = ['Tkr 2023 2022', 'Verksamhetens intäkter 8 400 8 100', 'Verksamhetens kostnader -7 900 -7 650', 'Årets resultat 500 450', sp, sp, sp, 'Balanskravsutredning', 'Årets resultat enligt resultaträkningen 500 450', 'Avgår realisationsvinster -20 0', 'Balanskravsresultat 480 450', ''].join('\n');
    const tables = tablesOf(text);
    expect(tables).toHaveLength(1);
    expect(rowsOf(tables[0]!)).toEqual([
      ['Verksamhetens intäkter', '8400000', '8100000'],
      ['Verksamhetens kostnader', '-7900000', '-7650000'],
      ['Årets resultat', '500000', '450000'],
      ['Balanskravsutredning', null, null],
      ['Årets resultat enligt resultaträkningen', '500000', '450000'],
      ['Avgår realisationsvinster', '-20000', '0'],
      ['Balanskravsresultat', '480000', '450000'],
    ]);
  });
});
