import { describe, expect, it } from 'vitest';
import { isCountyLetterColumn, isItemCodeColumn, isLetterCodeColumn, isMunicipalityCode, isMunicipalityCodeColumn, spilledLabels } from '../../src/tables/code-column.js';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.code ?? null, r.label, r.region?.code ?? null, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('item code columns', () => {
  it('takes colon codes anywhere, and dotted codes first or under a code header, with names beside', () => {
    const names = ['Länsstyrelserna', 'Statskontoret'];
    expect(isItemCodeColumn('Anslag', ['1:1', '1:5'], true, names)).toBe(true);
    expect(isItemCodeColumn('', ['Anslag 2:1', 'Anslag 2:3'], false, names)).toBe(true);
    expect(isItemCodeColumn('Kod', ['01.02', '01.05'], false, names)).toBe(true);
    expect(isItemCodeColumn('Andel', ['01.02', '01.05'], false, names)).toBe(false);
    expect(isItemCodeColumn('Anslag', ['1:1', '1:5'], true, ['12 000', '3 400'])).toBe(false);
    expect(isItemCodeColumn('Anslag', ['1:1', 'Summa'], true, names)).toBe(false);
  });

  it('reads the codes as labels beside the names, in a tab table and in a pipe table', () => {
    const tab = 'Ap\tNamn\tBelopp (tkr)\n2:1\tKonsumentverket\t140 000\n2:4\tAllmänna reklamationsnämnden\t40 500\n\tSumma\t180 500\n';
    expect(rowsOf(tablesOf(tab)[0]!)).toEqual([
      ['2:1', 'Konsumentverket', null, '140000000'],
      ['2:4', 'Allmänna reklamationsnämnden', null, '40500000'],
      [null, 'Summa', null, '180500000'],
    ]);
    const gfm = '| Post | Ändamål | Kronor |\n| --- | --- | --- |\n| 01.01 | Förvaltning | 5 000 |\n| 01.03 | Drift | 2 500 |\n| | Totalt | 7 500 |\n';
    expect(rowsOf(tablesOf(gfm)[0]!)).toEqual([
      ['01.01', 'Förvaltning', null, '5000'],
      ['01.03', 'Drift', null, '2500'],
      [null, 'Totalt', null, '7500'],
    ]);
  });
});

describe('municipality code columns', () => {
  it('knows four-digit codes and their headers', () => {
    expect(isMunicipalityCodeColumn('', ['0180', '0380'])).toBe(true);
    expect(isMunicipalityCodeColumn('Kommunnr', ['180'])).toBe(true);
    expect(isMunicipalityCodeColumn('Länskod', ['01', '03'])).toBe(false);
    // Account numbers have four digits too.
    expect(isMunicipalityCodeColumn('Konto', ['4010', '5020'])).toBe(false);
    expect(isMunicipalityCodeColumn('Kontonr', ['3011', '3650'])).toBe(false);
  });

  it('reads the names beside them as municipalities, never as the county of the same name', () => {
    const tab = 'Kommunkod\tKommun\tBidrag\n0980\tGotland\t300\n1280\tMalmö\t900\n0380\tUppsala\t700\n\tTotalt\t1 900\n';
    expect(rowsOf(tablesOf(tab)[0]!).map((r) => r.slice(0, 3))).toEqual([
      ['0980', 'Gotland', null],
      ['1280', 'Malmö', null],
      ['0380', 'Uppsala', null],
      [null, 'Totalt', null],
    ]);
    const gfm = '| Kommunnummer | Namn | Kronor |\n| --- | --- | --- |\n| 2480 | Umeå | 50 |\n| 2580 | Luleå | 40 |\n| 0880 | Kalmar | 30 |\n';
    expect(rowsOf(tablesOf(gfm)[0]!).map((r) => r[2])).toEqual([null, null, null]);
  });
});

describe('account code columns', () => {
  it('reads account numbers under "Konto" as codes, never as figures, in a tab table', () => {
    const tab = 'Konto\tPost\t2022\t2023\n4010\tPersonalkostnader\t1 200\t1 300\n5020\tLokalkostnader\t400\t450\n6110\tAvskrivningar\t100\t120\n\tSumma\t1 700\t1 870\n';
    const [t] = tablesOf(tab);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['2022', '2023']);
    expect(rowsOf(t!)).toEqual([
      ['4010', 'Personalkostnader', null, '1200', '1300'],
      ['5020', 'Lokalkostnader', null, '400', '450'],
      ['6110', 'Avskrivningar', null, '100', '120'],
      [null, 'Summa', null, '1700', '1870'],
    ]);
  });

  it('reads five- and six-digit accounts under "Konto" in a GFM table, the names beside them no municipalities', () => {
    const gfm = '| Konto | Benämning | Utfall |\n| --- | --- | --- |\n| 30110 | Försäljning | 5 000 |\n| 301200 | Hyresintäkter | 2 500 |\n| 36500 | Övriga intäkter | 500 |\n| | Totalt | 8 000 |\n';
    const [t] = tablesOf(gfm);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['Utfall']);
    expect(rowsOf(t!)).toEqual([
      ['30110', 'Försäljning', null, '5000'],
      ['301200', 'Hyresintäkter', null, '2500'],
      ['36500', 'Övriga intäkter', null, '500'],
      [null, 'Totalt', null, '8000'],
    ]);
  });
});

describe('letter code columns', () => {
  it('takes short codes in capitals first, each beside a longer name', () => {
    expect(isLetterCodeColumn(['AB', 'C', 'ÖVR', ''], true, ['Alfa Beta', 'Centrum', 'Övriga', 'Summa'])).toBe(true);
    expect(isLetterCodeColumn(['AB', 'C'], false, ['Alfa Beta', 'Centrum'])).toBe(false);
    // Codes with no names beside are the only labels the rows have.
    expect(isLetterCodeColumn(['AB', 'C'], true, ['12', '40'])).toBe(false);
    expect(isLetterCodeColumn(['AB', 'Centrum'], true, ['Alfa Beta', 'Cent'])).toBe(false);
    expect(isLetterCodeColumn(['AB'], true, ['Alfa Beta'])).toBe(false);
    // A label printed where the code stands, its name cell empty; not as many such rows as coded ones.
    expect(isLetterCodeColumn(['AB', 'C', 'Summa'], true, ['Alfa Beta', 'Centrum', ''])).toBe(true);
    expect(isLetterCodeColumn(['AB', 'Summa', 'Totalt'], true, ['Alfa Beta', '', ''])).toBe(false);
  });

  it('reads the names as labels and keeps the codes, in a tab table and in a pipe table', () => {
    const tab = ['Förk.\tFond\tKapital', 'GF\tGrundfonden\t120', 'UF\tUtvecklingsfonden\t80', '\tSumma\t200'].join('\n');
    const pipe = ['| Bet. | Enhet | Budget |', '|---|---|---|', '| BUN | Barn- och utbildningsnämnden | 300 |', '| KS | Kommunstyrelsen | 50 |', '| Summa | | 350 |'].join('\n');
    expect(rowsOf(tablesOf(tab)[0]!).slice(0, 2)).toEqual([
      ['GF', 'Grundfonden', null, '120'],
      ['UF', 'Utvecklingsfonden', null, '80'],
    ]);
    expect(rowsOf(tablesOf(pipe)[0]!)).toEqual([
      ['BUN', 'Barn- och utbildningsnämnden', null, '300'],
      ['KS', 'Kommunstyrelsen', null, '50'],
      [null, 'Summa', null, '350'],
    ]);
    expect(tablesOf(pipe)[0]!.rows.map((r) => r.kind)).toEqual(['data', 'data', 'total']);
  });
});

describe('note marks and note columns', () => {
  it('keeps a label’s footnote mark and a note column’s reference on the row, apart from the label and the code', () => {
    const tab = ['Post\tNot\t2022\t2021', 'Skatteintäkter*\t3\t500\t480', 'Bidrag¹\t\t120\t110', 'Summa\t\t620\t590'].join('\n');
    const rows = tablesOf(tab)[0]!.rows;
    expect(rows.map((r) => [r.label, r.note ?? null, r.code ?? null])).toEqual([
      ['Skatteintäkter', '* 3', null],
      ['Bidrag', '¹', null],
      ['Summa', null, null],
    ]);
    const pipe = ['| Kod | Enhet | Not | Budget |', '|---|---|---|---|', '| 01 | Skola 2) | 4 | 300 |', '| 02 | Vård | | 50 |'].join('\n');
    expect(tablesOf(pipe)[0]!.rows.map((r) => [r.label, r.note ?? null, r.code ?? null])).toEqual([
      ['Skola', '2) 4', '01'],
      ['Vård', null, '02'],
    ]);
  });
});

describe('a label printed in the code column, the name cell empty', () => {
  it('finds such labels only beside an empty name, and fewer of them than codes', () => {
    expect([...spilledLabels(['Hela landet', '02', '05', '0214'], ['', 'Norrland', 'Svealand', 'Berg'])]).toEqual([0]);
    // A label beside a name is no spill; nor are words with digits ("Område 4"), nor a column of more labels than codes.
    expect([...spilledLabels(['Summa', '02', '05'], ['Alla', 'Norrland', 'Svealand'])]).toEqual([]);
    expect([...spilledLabels(['Område 4', '02', '05'], ['', 'Norrland', 'Svealand'])]).toEqual([]);
    expect([...spilledLabels(['Summa', 'Totalt', '07'], ['', '', 'Kronoberg'])]).toEqual([]);
  });

  // Invented figures; the county rows keep their region, the codes stay codes, the total is the row whose label stood in the code column.
  const expected = [
    [null, 'Hela landet', null, '900', '45'],
    ['08', 'Kalmar län', '08', '300', '15'],
    ['0840', 'Mörbylånga', null, '100', '5'],
    ['0880', 'Kalmar', null, '200', '10'],
    ['12', 'Skåne län', '12', '600', '30'],
    ['1280', 'Malmö', null, '600', '30'],
  ];
  it('keeps the code column and the county rows in a pipe table with outer pipes', () => {
    const gfm = [
      'Antal ärenden per län och kommun',
      '',
      '| Länskod | Namn | Ärenden | Beslut |',
      '| --- | --- | --- | --- |',
      '| Hela landet | | 900 | 45 |',
      '| 08 | Kalmar län | 300 | 15 |',
      '| 0840 | Mörbylånga | 100 | 5 |',
      '| 0880 | Kalmar | 200 | 10 |',
      '| 12 | Skåne län | 600 | 30 |',
      '| 1280 | Malmö | 600 | 30 |',
    ].join('\n');
    const [t] = tablesOf(gfm);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['Ärenden', 'Beslut']);
    expect(rowsOf(t!)).toEqual(expected);
    expect(t!.rows[0]!.kind).toBe('total');
  });

  it('keeps them in pipe rows without a leading pipe, the county named short', () => {
    const pipe = [
      'Kod | Län eller kommun | Ärenden | Beslut |',
      '---|---|---|---|',
      'Hela landet | | 900 | 45 |',
      '08 | Kalmar | 300 | 15 |',
      '0840 | Mörbylånga | 100 | 5 |',
      '0880 | Kalmar | 200 | 10 |',
      '12 | Skåne | 600 | 30 |',
      '1280 | Malmö | 600 | 30 |',
    ].join('\n');
    expect(rowsOf(tablesOf(pipe)[0]!).map((r) => [r[0], r[2], ...r.slice(3)])).toEqual(expected.map((r) => [r[0], r[2], ...r.slice(3)]));
  });
});

describe('four-digit municipality codes among county codes', () => {
  it('tells a municipality’s code from a county’s', () => {
    const county = (c: string) => Number(c) >= 1 && Number(c) <= 25;
    expect(isMunicipalityCode('0380', ['03', '0305', '0380'], county)).toBe(true);
    expect(isMunicipalityCode('03', ['03', '0305', '0380'], county)).toBe(false);
    // Only four-digit codes: a municipality table, read by the column test; other codes mixed in: no county table.
    expect(isMunicipalityCode('0380', ['0305', '0380'], county)).toBe(false);
    expect(isMunicipalityCode('0380', ['03', '0380', '1:1'], county)).toBe(false);
    // A four-digit code that opens with no county's code.
    expect(isMunicipalityCode('9912', ['03', '9912'], county)).toBe(false);
  });

  it('reads a municipality named like its county as the municipality, in a tab table and one cell a line', () => {
    const rows = [
      ['Kod', 'Namn', 'Invånare'],
      ['09', 'Gotlands län', '61 000'],
      ['0980', 'Gotland', '61 000'],
      ['18', 'Örebro län', '305 000'],
      ['1880', 'Örebro', '158 000'],
      ['1814', 'Lekeberg', '8 000'],
    ];
    const tab = 'Invånare per län och kommun\n\n' + rows.map((r) => r.join('\t')).join('\n');
    const lines = 'Invånare per län och kommun\n\n' + rows.flat().join('\n\n');
    for (const text of [tab, lines]) {
      expect(rowsOf(tablesOf(text)[0]!)).toEqual([
        ['09', 'Gotlands län', '09', '61000'],
        ['0980', 'Gotland', null, '61000'],
        ['18', 'Örebro län', '18', '305000'],
        ['1880', 'Örebro', null, '158000'],
        ['1814', 'Lekeberg', null, '8000'],
      ]);
    }
  });
});

/** County letters in a column of their own after the counties' names, in two layouts. Tables written for this test. */
describe('a column of county letters beside the names', () => {
  const counties: [string, string, string][] = [
    ['Stockholms län', 'AB', '1 200'],
    ['Uppsala län', 'C', '400'],
    ['Östergötlands län', 'E', '350'],
    ['Skåne län', 'M', '900'],
    ['Norrbottens län', 'BD', '260'],
  ];
  const rowsOf = (t: Table): [string, string | undefined, string | null, string][] => t.rows.map((r) => [r.label, r.code, r.region?.code ?? null, r.cells[0]?.value?.toFixed() ?? '']);
  const expected = [
    ['Stockholms län', 'AB', '01', '1200000'],
    ['Uppsala län', 'C', '03', '400000'],
    ['Östergötlands län', 'E', '05', '350000'],
    ['Skåne län', 'M', '12', '900000'],
    ['Norrbottens län', 'BD', '25', '260000'],
    ['Totalt', undefined, null, '3110000'],
  ];

  it('reads the letters as codes in an aligned table whose header names them', () => {
    const text = ['Anslag per län, tkr', '', `${'Län'.padEnd(22)}${'Länsbokstav'.padEnd(14)}Belopp`, ...counties.map(([n, c, v]) => `${n.padEnd(22)}${c.padEnd(14)}${v.padStart(6)}`), `${'Totalt'.padEnd(36)}${'3 110'.padStart(6)}`, ''].join('\n');
    const [t] = docOf({ file: 'case.txt', text }).tables;
    expect(t!.columns.map((c) => c.header.join(' / '))).toEqual(['Belopp']);
    expect(rowsOf(t!)).toEqual(expected);
  });

  it('reads the letters as codes in a pipe table whose letter column has no title, by the counties they name', () => {
    const text = ['Anslag per län, tkr', '', '| Län | | Belopp |', '|---|---|---:|', ...counties.map(([n, c, v]) => `| ${n} | ${c} | ${v} |`), '| Totalt | | 3 110 |', ''].join('\n');
    const [t] = docOf({ file: 'case.md', text }).tables;
    expect(rowsOf(t!)).toEqual(expected);
  });

  it('takes no column of capitals for county letters where they name other counties or the header names something else', () => {
    expect(isCountyLetterColumn('', ['AB', 'C', 'E', 'M'], ['Stockholms län', 'Uppsala län', 'Östergötlands län', 'Skåne län'])).toBe(true);
    expect(isCountyLetterColumn('Länsbokstav', ['AB', 'C'], ['Nacka', 'Enköping'])).toBe(true);
    // Party letters beside parties' names: no county named, no code title.
    expect(isCountyLetterColumn('Parti', ['M', 'C', 'S', 'X'], ['Moderaterna', 'Centerpartiet', 'Socialdemokraterna', 'Övriga'])).toBe(false);
    // A letter naming another county than the name beside it.
    expect(isCountyLetterColumn('', ['AB', 'C', 'M', 'E'], ['Stockholms län', 'Uppsala län', 'Hallands län', 'Östergötlands län'])).toBe(false);
    // Not every cell a county letter.
    expect(isCountyLetterColumn('Kod', ['AB', 'C', 'Q'], ['Stockholms län', 'Uppsala län', 'Okänt'])).toBe(false);
  });
});
