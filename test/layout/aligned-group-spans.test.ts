import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { alignedGroupSpans } from '../../src/layout/aligned-group-spans.js';
import { docOf } from '../rules/rule-tester.js';

/** Group titles flush left, flush right or centred over sets of columns of different sizes; examples written for this test. */
const tableOf = (lines: string[]): Table => docOf({ file: 'case.txt', text: ['Tabell. Exempel', '', ...lines, ''].join('\n') }).tables[0]!;
const headers = (t: Table) => t.columns.map((c) => c.header.join(' / '));
const values = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('alignedGroupSpans', () => {
  // Five columns, each its figures at c*10 .. c*10+4 and no title.
  const columns = Array.from({ length: 5 }, (_, c) => ({ figures: { from: c * 10, to: c * 10 + 4 }, title: null }));
  it('cuts the columns where the titles stand flush left, flush right or centred over their runs', () => {
    expect(alignedGroupSpans([{ from: 0, to: 8 }, { from: 30, to: 38 }], columns)).toEqual([{ col: 0, span: 3 }, { col: 3, span: 2 }]);
    expect(alignedGroupSpans([{ from: 6, to: 14 }, { from: 36, to: 44 }], columns)).toEqual([{ col: 0, span: 2 }, { col: 2, span: 3 }]);
    expect(alignedGroupSpans([{ from: 8, to: 16 }, { from: 33, to: 41 }], columns)).toEqual([{ col: 0, span: 3 }, { col: 3, span: 2 }]);
  });
  it('gives no cut for a title over a gap, a first title past the first column, one title or titles standing differently', () => {
    expect(alignedGroupSpans([{ from: 0, to: 4 }, { from: 24, to: 30 }], columns)).toBeNull();
    expect(alignedGroupSpans([{ from: 10, to: 18 }, { from: 30, to: 38 }], columns)).toBeNull();
    expect(alignedGroupSpans([{ from: 0, to: 8 }], columns)).toBeNull();
    expect(alignedGroupSpans([{ from: 0, to: 8 }, { from: 36, to: 44 }], columns)).toBeNull();
  });
});

describe('aligned tables under group titles that are not centred over their columns', () => {
  it('spans titles flush left over three columns and two, under word titles and a stub header', () => {
    const lines = [
      '                  Kommuner                       Regioner',
      'Län               Budget    Utfall     Avvik     Antal     Andel',
      'Stockholm          1 200     1 310       110        42       3,1',
      'Uppsala              800       790       -10        17       1,2',
      'Skåne              1 500     1 620       120        55       4,0',
    ];
    const t = tableOf(lines);
    expect(headers(t)).toEqual(['Kommuner / Budget', 'Kommuner / Utfall', 'Kommuner / Avvik', 'Regioner / Antal', 'Regioner / Andel']);
    expect(values(t)[1]).toEqual(['Uppsala', '800', '790', '-10', '17', '1.2']);
  });

  it('spans three titles flush left over three columns, two and two, with no stub header, in three rows and in two', () => {
    const lines = [
      '              Kvinnor                    Män               Övriga',
      '              Antal    Andel   Median    Antal    Andel    Antal    Andel',
      'Vård             42       12      250       17        8        1      300',
      'Skola            17        9      200       11        6        2      223',
      'Omsorg           55        3       70        5        2        1       77',
    ];
    const expected = ['Kvinnor / Antal', 'Kvinnor / Andel', 'Kvinnor / Median', 'Män / Antal', 'Män / Andel', 'Övriga / Antal', 'Övriga / Andel'];
    expect(headers(tableOf(lines))).toEqual(expected);
    expect(headers(tableOf(lines.slice(0, 4)))).toEqual(expected);
  });

  it('spans titles flush right over two columns and three, in three rows and in two', () => {
    const three = tableOf([
      '                           Sökande                     Beviljade',
      '                   Antal     Andel   Kvinnor       Män    Totalt',
      'Vård                 420        12       250       170       420',
      'Skola                310         9       200       110       310',
      'Omsorg                95         3        70        25        95',
    ]);
    const expected = ['Sökande / Antal', 'Sökande / Andel', 'Beviljade / Kvinnor', 'Beviljade / Män', 'Beviljade / Totalt'];
    expect(headers(three)).toEqual(expected);
    const two = tableOf([
      '                         Sökande                     Beviljade',
      '                 Antal     Andel   Kvinnor       Män    Totalt',
      'Vård               420        12       250       170       420',
      'Skola              310         9       200       110       310',
    ]);
    expect(headers(two)).toEqual(expected);
    expect(values(two)[1]).toEqual(['Skola', '310', '9', '200', '110', '310']);
  });

  it('spans three titles flush right over two columns, three and two, under a stub header', () => {
    const t = tableOf([
      '                          Norr                  Mellersta             Söder',
      'Verksamhet       Plan   Utfall     Plan   Utfall    Avvik     Plan   Utfall',
      'Drift              55       54       60       61        1       70       72',
      'Investering        21       19       25       22       -3       30       31',
      'Övrigt              3        4        5        6        1        2        2',
    ]);
    expect(headers(t)).toEqual(['Norr / Plan', 'Norr / Utfall', 'Mellersta / Plan', 'Mellersta / Utfall', 'Mellersta / Avvik', 'Söder / Plan', 'Söder / Utfall']);
  });

  it('keeps centred titles over three columns and two, and over two, four and two', () => {
    expect(
      headers(
        tableOf([
          '                           Kommuner                  Regioner',
          'Område            Budget    Utfall     Avvik     Antal     Andel',
          'Norr               1 200     1 310       110        42       3,1',
          'Mitt                 800       790       -10        17       1,2',
          'Syd                1 500     1 620       120        55       4,0',
        ]),
      ),
    ).toEqual(['Kommuner / Budget', 'Kommuner / Utfall', 'Kommuner / Avvik', 'Regioner / Antal', 'Regioner / Andel']);
    expect(
      headers(
        tableOf([
          '                Kvinnor                   Män                    Okänt',
          'Län          Antal   Andel   Antal   Andel  Median     Max   Antal   Andel',
          'Norr            42      12     250      17       8       1     300       3',
          'Mitt            17       9     200      11       6       2     223       2',
          'Syd             55       3      70       5       2       1      77       1',
        ]),
      ),
    ).toEqual(['Kvinnor / Antal', 'Kvinnor / Andel', 'Män / Antal', 'Män / Andel', 'Män / Median', 'Män / Max', 'Okänt / Antal', 'Okänt / Andel']);
  });

  it('spans titles over a line of years: flush right over two, three and two years under a unit, in two rows', () => {
    const t = tableOf([
      '                   Koncernen               Moderbolaget     Dotterbolagen',
      'Mnkr           2022     2023     2021     2022     2023     2023     2024',
      'Intäkter         12       14        7        8        9        3        4',
      'Kostnader        10       11        6        7        8        2        3',
    ]);
    expect(headers(t)).toEqual([
      'Koncernen / 2022',
      'Koncernen / 2023',
      'Moderbolaget / 2021',
      'Moderbolaget / 2022',
      'Moderbolaget / 2023',
      'Dotterbolagen / 2023',
      'Dotterbolagen / 2024',
    ]);
    expect(values(t)[1]).toEqual(['Kostnader', '10000000', '11000000', '6000000', '7000000', '8000000', '2000000', '3000000']);
  });

  it('spans titles over a line of years: centred over three years and two, and flush left over two, three and two', () => {
    const centred = tableOf([
      '                           Ansökt                  Beviljat',
      '                  2020      2021      2022      2022      2023',
      'Bidrag             510       530       560        88        91',
      'Lån                220       240       250        12        14',
      'Stöd                 5         6         7         3         4',
    ]);
    expect(headers(centred)).toEqual(['Ansökt / 2020', 'Ansökt / 2021', 'Ansökt / 2022', 'Beviljat / 2022', 'Beviljat / 2023']);
    const left = tableOf([
      '                 Staten                Kommunerna                       Regionerna',
      '                 2021       2022       2020       2021       2022       2022       2023',
      'Skatter           510        530         88         91         95         41         44',
      'Avgifter          220        240         12         14         15          7          9',
    ]);
    expect(headers(left)).toEqual(['Staten / 2021', 'Staten / 2022', 'Kommunerna / 2020', 'Kommunerna / 2021', 'Kommunerna / 2022', 'Regionerna / 2022', 'Regionerna / 2023']);
  });

  it('keeps the reading by centres where a title stands over a gap or the first title past the first column', () => {
    const gap = tableOf([
      '                  Kommuner           Regioner',
      'Län               Budget      Utfall         Avvik       Antal       Andel',
      'Stockholm          1 200       1 310           110          42         3,1',
      'Uppsala              800         790           -10          17         1,2',
      'Skåne              1 500       1 620           120          55         4,0',
    ]);
    expect(headers(gap)).toEqual(['Kommuner / Budget', 'Regioner / Utfall', 'Regioner / Avvik', 'Antal', 'Andel']);
    const late = tableOf([
      '                                       Kvinnor            Män',
      '                   Antal     Andel     Antal     Andel     Antal',
      'Vård                 420        12       250        17       170',
      'Skola                310         9       200        11       110',
      'Omsorg                95         3        70         5        25',
    ]);
    expect(headers(late)).toEqual(['Antal', 'Kvinnor / Andel', 'Kvinnor / Antal', 'Kvinnor / Andel', 'Män / Antal']);
  });
});
