import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/** Space-aligned tables under group titles centred over pairs of columns; written for this test. */
const tableOf = (text: string): Table => docOf({ file: 'case.txt', text }).tables[0]!;
const headers = (t: Table) => t.columns.map((c) => c.header.join(' / '));
const values = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('aligned group titles over an even number of columns', () => {
  it('spans a title alone on its line over the two columns it is centred on, not the column after', () => {
    const t = tableOf(['Stöd per kommun (kr)', '', '                   Utbetalt', 'Kommun          Antal    Belopp    Ansökt', 'Ale                 4    40 000    90 000', 'Lerum               6    65 000    70 000', 'Alingsås            2    15 000    30 000', 'Summa              12   120 000   190 000', ''].join('\n'));
    expect(headers(t)).toEqual(['Utbetalt / Antal', 'Utbetalt / Belopp', 'Ansökt']);
    expect(values(t)[1]).toEqual(['Lerum', '6', '65000', '70000']);
  });

  it('gives each of two titles its own pair, and years over pairs as well', () => {
    const t = tableOf(['Ärenden per län', '', '                     Inkomna          Avgjorda', 'Län                 Antal   Dagar   Antal   Dagar', 'Kalmar län            120      30     110      28', 'Blekinge län           80      25      90      24', 'Gotlands län           40      20      35      22', ''].join('\n'));
    expect(headers(t)).toEqual(['Inkomna / Antal', 'Inkomna / Dagar', 'Avgjorda / Antal', 'Avgjorda / Dagar']);
    const y = tableOf(['Bidrag per län, tkr', '', '                       2021              2022', 'Län              Bidrag   Andel   Bidrag   Andel', 'Kalmar län          600      60      700      70', 'Blekinge län        400      40      300      30', 'Gotlands län           0       0        0       0', 'Summa             1 000     100    1 000     100', ''].join('\n'));
    expect(headers(y)).toEqual(['2021 / Bidrag', '2021 / Andel', '2022 / Bidrag', '2022 / Andel']);
    expect(values(y)[3]).toEqual(['Summa', '1000000', '100', '1000000', '100']);
  });

  it('reads three levels: a title over all, years over pairs, titles over the figures', () => {
    const t = tableOf(['Tabell 3', '', '                          Statligt stöd', '                      2021             2022', 'Län              Antal   Kronor   Antal   Kronor', 'Kalmar län          6      600       7      700', 'Blekinge län        4      400       3      300', 'Gotlands län        2      100       1      100', 'Summa              12    1 100      11    1 100', ''].join('\n'));
    expect(headers(t)).toEqual(['Statligt stöd / 2021 / Antal', 'Statligt stöd / 2021 / Kronor', 'Statligt stöd / 2022 / Antal', 'Statligt stöd / 2022 / Kronor']);
    const u = tableOf(['Elever', '', '                    Gymnasieskolan', '                   Hösten       Våren', 'Kommun          Antal Andel  Antal Andel', 'Ale               300    30    310    31', 'Lerum             700    70    690    69', 'Alingsås            0     0      0     0', ''].join('\n'));
    expect(headers(u)).toEqual(['Gymnasieskolan / Hösten / Antal', 'Gymnasieskolan / Hösten / Andel', 'Gymnasieskolan / Våren / Antal', 'Gymnasieskolan / Våren / Andel']);
  });

  it('reads a caption naming years above a blank line as no header line: its unit is the table\'s', () => {
    const t = tableOf(['Bidrag per län 2021 och 2022 (tkr)', '', '                       2021              2022', 'Län              Bidrag   Andel   Bidrag   Andel', 'Kalmar län          600      60      700      70', 'Blekinge län        400      40      300      30', 'Summa             1 000     100    1 000     100', ''].join('\n'));
    expect(values(t)[0]).toEqual(['Kalmar län', '600000', '60', '700000', '70']);
    const u = tableOf(['Medel åren 2020 och 2021, tusental kronor', '', '                     2020             2021', 'Län              Medel   Andel   Medel   Andel', 'Kalmar län          300      30     350      35', 'Blekinge län        700      70     650      65', 'Summa             1 000     100    1 000     100', ''].join('\n'));
    expect(values(u)[1]).toEqual(['Blekinge län', '700000', '70', '650000', '65']);
  });
});
