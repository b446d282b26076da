import type { Unit } from '../../src/model/amount.js';

/**
 * Source tables for the code-column and multi-level-header matrix (matrix-codes.test.ts):
 * invented figures under real region, municipality and appropriation names, written for the
 * matrix. Each sums as printed; its mutant changes one cell so that a sum no longer holds.
 */
export interface HeaderCell {
  text: string;
  span: number;
}

export interface ExpectedColumn {
  header: string[];
  unit: Unit | null;
}

export interface Source {
  /** A short name for the matrix's lists: C1… for code columns, M1… for multi-level headers. */
  id: string;
  name: string;
  cls: 'code-column' | 'multi-level-header';
  caption: string;
  /** The table's unit in words ("tusental kronor"), or null when its header rows state every unit. */
  unitWords: string | null;
  /** A sentence before the table stating the unit, in a wording of its own. */
  unitSentence: string | null;
  /** Header levels, top first; each level's spans cover every column. */
  header: HeaderCell[][];
  /** The number of leading label columns (code and name). */
  labelColumns: number;
  /** Rows as printed, label cells first. */
  rows: string[][];
  /** The expected reading: each row's code, name (region code for region rows), kind and values in base units. */
  expect: {
    columns: ExpectedColumn[];
    rows: { code: string | null; label: string; region: string | null; kind: 'data' | 'total'; values: string[] }[];
  };
  /** Row and column (in `rows`) of the cell the mutant changes, and its new text. */
  mutant: { row: number; col: number; text: string };
}

const cells = (...texts: string[]): HeaderCell[] => texts.map((text) => ({ text, span: 1 }));

export const SOURCES: Source[] = [
  {
    id: 'C1',
    name: 'county codes in a column of their own, sorted with gaps',
    cls: 'code-column',
    caption: 'Beviljade medel per län',
    unitWords: 'tusental kronor',
    unitSentence: 'Samtliga belopp i tabellen anges i tusental kronor.',
    header: [cells('Länskod', 'Län', 'Beviljat belopp')],
    labelColumns: 2,
    rows: [
      ['01', 'Stockholms län', '12 400'],
      ['03', 'Uppsala län', '3 150'],
      ['05', 'Östergötlands län', '4 020'],
      ['09', 'Gotlands län', '880'],
      ['12', 'Skåne län', '10 700'],
      ['14', 'Västra Götalands län', '13 050'],
      ['', 'Totalt', '44 200'],
    ],
    expect: {
      columns: [{ header: ['Beviljat belopp'], unit: 'SEK' }],
      rows: [
        { code: '01', label: 'Stockholms län', region: '01', kind: 'data', values: ['12400000'] },
        { code: '03', label: 'Uppsala län', region: '03', kind: 'data', values: ['3150000'] },
        { code: '05', label: 'Östergötlands län', region: '05', kind: 'data', values: ['4020000'] },
        { code: '09', label: 'Gotlands län', region: '09', kind: 'data', values: ['880000'] },
        { code: '12', label: 'Skåne län', region: '12', kind: 'data', values: ['10700000'] },
        { code: '14', label: 'Västra Götalands län', region: '14', kind: 'data', values: ['13050000'] },
        { code: null, label: 'Totalt', region: null, kind: 'total', values: ['44200000'] },
      ],
    },
    mutant: { row: 1, col: 2, text: '3 510' },
  },
  {
    id: 'C2',
    name: 'county codes glued before the name, two year columns',
    cls: 'code-column',
    caption: 'Fördelning av bidraget per län 2022 och 2023',
    unitWords: 'tkr',
    unitSentence: 'Bidraget redovisas i tkr.',
    header: [cells('Län', '2022', '2023')],
    labelColumns: 1,
    rows: [
      ['01 Stockholms län', '5 200', '5 600'],
      ['04 Södermanlands län', '1 100', '1 250'],
      ['07 Kronobergs län', '900', '950'],
      ['10 Blekinge län', '650', '700'],
      ['13 Hallands län', '1 300', '1 400'],
      ['Summa', '9 150', '9 900'],
    ],
    expect: {
      columns: [
        { header: ['2022'], unit: 'SEK' },
        { header: ['2023'], unit: 'SEK' },
      ],
      rows: [
        { code: '01', label: 'Stockholms län', region: '01', kind: 'data', values: ['5200000', '5600000'] },
        { code: '04', label: 'Södermanlands län', region: '04', kind: 'data', values: ['1100000', '1250000'] },
        { code: '07', label: 'Kronobergs län', region: '07', kind: 'data', values: ['900000', '950000'] },
        { code: '10', label: 'Blekinge län', region: '10', kind: 'data', values: ['650000', '700000'] },
        { code: '13', label: 'Hallands län', region: '13', kind: 'data', values: ['1300000', '1400000'] },
        { code: null, label: 'Summa', region: null, kind: 'total', values: ['9150000', '9900000'] },
      ],
    },
    mutant: { row: 2, col: 2, text: '590' },
  },
  {
    id: 'C3',
    name: 'region code in a column after the name',
    cls: 'code-column',
    caption: 'Medel till regionerna för vårdplatser',
    unitWords: 'miljoner kronor',
    unitSentence: 'Medlen, som anges i miljoner kronor, fördelas enligt tabellen.',
    header: [cells('Region', 'Regionkod', 'Medel')],
    labelColumns: 2,
    rows: [
      ['Region Värmland', '17', '2 300'],
      ['Region Örebro län', '18', '2 150'],
      ['Region Västmanland', '19', '1 900'],
      ['Region Dalarna', '20', '2 050'],
      ['Region Gävleborg', '21', '2 000'],
      ['Totalt', '', '10 400'],
    ],
    expect: {
      columns: [{ header: ['Medel'], unit: 'SEK' }],
      rows: [
        { code: '17', label: 'Region Värmland', region: '17', kind: 'data', values: ['2300000000'] },
        { code: '18', label: 'Region Örebro län', region: '18', kind: 'data', values: ['2150000000'] },
        { code: '19', label: 'Region Västmanland', region: '19', kind: 'data', values: ['1900000000'] },
        { code: '20', label: 'Region Dalarna', region: '20', kind: 'data', values: ['2050000000'] },
        { code: '21', label: 'Region Gävleborg', region: '21', kind: 'data', values: ['2000000000'] },
        { code: null, label: 'Totalt', region: null, kind: 'total', values: ['10400000000'] },
      ],
    },
    mutant: { row: 3, col: 2, text: '2 500' },
  },
  {
    id: 'C4',
    name: 'municipality codes of four digits',
    cls: 'code-column',
    caption: 'Statsbidrag per kommun i Uppsala län',
    unitWords: 'kronor',
    unitSentence: 'Bidraget betalas ut i kronor enligt följande.',
    header: [cells('Kommunkod', 'Kommun', 'Bidrag')],
    labelColumns: 2,
    rows: [
      ['0305', 'Håbo', '250 000'],
      ['0319', 'Älvkarleby', '120 000'],
      ['0360', 'Tierp', '310 000'],
      ['0380', 'Uppsala', '1 450 000'],
      ['0381', 'Enköping', '420 000'],
      ['', 'Summa', '2 550 000'],
    ],
    expect: {
      columns: [{ header: ['Bidrag'], unit: 'SEK' }],
      rows: [
        { code: '0305', label: 'Håbo', region: null, kind: 'data', values: ['250000'] },
        { code: '0319', label: 'Älvkarleby', region: null, kind: 'data', values: ['120000'] },
        { code: '0360', label: 'Tierp', region: null, kind: 'data', values: ['310000'] },
        { code: '0380', label: 'Uppsala', region: null, kind: 'data', values: ['1450000'] },
        { code: '0381', label: 'Enköping', region: null, kind: 'data', values: ['420000'] },
        { code: null, label: 'Summa', region: null, kind: 'total', values: ['2550000'] },
      ],
    },
    mutant: { row: 2, col: 2, text: '301 000' },
  },
  {
    id: 'C5',
    name: 'appropriation codes beside their names',
    cls: 'code-column',
    caption: 'Anslag inom utgiftsområde 1',
    unitWords: 'tusental kronor',
    unitSentence: 'Anslagen anges nedan i tusental kronor:',
    header: [cells('Anslag', 'Benämning', 'Belopp')],
    labelColumns: 2,
    rows: [
      ['1:1', 'Länsstyrelserna m.m.', '3 150 000'],
      ['1:2', 'Kammarkollegiet', '65 400'],
      ['1:3', 'Statskontoret', '98 600'],
      ['1:5', 'Arbetsgivarverket', '4 000'],
      ['', 'Summa', '3 318 000'],
    ],
    expect: {
      columns: [{ header: ['Belopp'], unit: 'SEK' }],
      rows: [
        { code: '1:1', label: 'Länsstyrelserna m.m.', region: null, kind: 'data', values: ['3150000000'] },
        { code: '1:2', label: 'Kammarkollegiet', region: null, kind: 'data', values: ['65400000'] },
        { code: '1:3', label: 'Statskontoret', region: null, kind: 'data', values: ['98600000'] },
        { code: '1:5', label: 'Arbetsgivarverket', region: null, kind: 'data', values: ['4000000'] },
        { code: null, label: 'Summa', region: null, kind: 'total', values: ['3318000000'] },
      ],
    },
    mutant: { row: 2, col: 2, text: '96 800' },
  },
  {
    id: 'M1',
    name: 'years over amount and share',
    cls: 'multi-level-header',
    caption: 'Stöd per län 2023 och 2024',
    unitWords: 'tusental kronor',
    unitSentence: 'Beloppen är angivna i tusental kronor och andelarna i procent.',
    header: [
      [{ text: '', span: 1 }, { text: '2023', span: 2 }, { text: '2024', span: 2 }],
      cells('Län', 'Belopp', 'Andel', 'Belopp', 'Andel'),
    ],
    labelColumns: 1,
    rows: [
      ['Uppsala län', '4 000', '40', '4 400', '40'],
      ['Gävleborgs län', '3 000', '30', '3 300', '30'],
      ['Dalarnas län', '2 000', '20', '2 200', '20'],
      ['Värmlands län', '1 000', '10', '1 100', '10'],
      ['Totalt', '10 000', '100', '11 000', '100'],
    ],
    expect: {
      columns: [
        { header: ['2023', 'Belopp'], unit: 'SEK' },
        { header: ['2023', 'Andel'], unit: 'percent' },
        { header: ['2024', 'Belopp'], unit: 'SEK' },
        { header: ['2024', 'Andel'], unit: 'percent' },
      ],
      rows: [
        { code: null, label: 'Uppsala län', region: '03', kind: 'data', values: ['4000000', '40', '4400000', '40'] },
        { code: null, label: 'Gävleborgs län', region: '21', kind: 'data', values: ['3000000', '30', '3300000', '30'] },
        { code: null, label: 'Dalarnas län', region: '20', kind: 'data', values: ['2000000', '20', '2200000', '20'] },
        { code: null, label: 'Värmlands län', region: '17', kind: 'data', values: ['1000000', '10', '1100000', '10'] },
        { code: null, label: 'Totalt', region: null, kind: 'total', values: ['10000000', '100', '11000000', '100'] },
      ],
    },
    mutant: { row: 1, col: 3, text: '3 030' },
  },
  {
    id: 'M2',
    name: 'granted and rejected over count and amount, a unit row under the titles',
    cls: 'multi-level-header',
    caption: 'Ansökningar om stöd per län',
    unitWords: null,
    unitSentence: null,
    header: [
      [{ text: '', span: 1 }, { text: 'Beviljat', span: 2 }, { text: 'Avslaget', span: 2 }],
      cells('Län', 'Antal', 'Belopp', 'Antal', 'Belopp'),
      cells('', 'st', 'tkr', 'st', 'tkr'),
    ],
    labelColumns: 1,
    rows: [
      ['Norrbottens län', '12', '3 600', '4', '900'],
      ['Västerbottens län', '9', '2 700', '3', '600'],
      ['Jämtlands län', '5', '1 500', '2', '400'],
      ['Västernorrlands län', '8', '2 400', '1', '300'],
      ['Totalt', '34', '10 200', '10', '2 200'],
    ],
    expect: {
      columns: [
        { header: ['Beviljat', 'Antal'], unit: 'count' },
        { header: ['Beviljat', 'Belopp'], unit: 'SEK' },
        { header: ['Avslaget', 'Antal'], unit: 'count' },
        { header: ['Avslaget', 'Belopp'], unit: 'SEK' },
      ],
      rows: [
        { code: null, label: 'Norrbottens län', region: '25', kind: 'data', values: ['12', '3600000', '4', '900000'] },
        { code: null, label: 'Västerbottens län', region: '24', kind: 'data', values: ['9', '2700000', '3', '600000'] },
        { code: null, label: 'Jämtlands län', region: '23', kind: 'data', values: ['5', '1500000', '2', '400000'] },
        { code: null, label: 'Västernorrlands län', region: '22', kind: 'data', values: ['8', '2400000', '1', '300000'] },
        { code: null, label: 'Totalt', region: null, kind: 'total', values: ['34', '10200000', '10', '2200000'] },
      ],
    },
    mutant: { row: 2, col: 1, text: '6' },
  },
  {
    id: 'M3',
    name: 'three header levels',
    cls: 'multi-level-header',
    caption: 'Regionalt utvecklingsstöd i Sydsverige',
    unitWords: 'miljoner kronor',
    unitSentence: 'Belopp i miljoner kronor, antal i stycken.',
    header: [
      [{ text: '', span: 1 }, { text: 'Regionalt företagsstöd', span: 4 }],
      [{ text: '', span: 1 }, { text: '2023', span: 2 }, { text: '2024', span: 2 }],
      cells('Region', 'Antal', 'Belopp', 'Antal', 'Belopp'),
    ],
    labelColumns: 1,
    rows: [
      ['Region Skåne', '14', '22,5', '16', '25,0'],
      ['Region Halland', '6', '8,5', '5', '7,5'],
      ['Region Blekinge', '4', '5,0', '6', '9,5'],
      ['Region Kronoberg', '5', '6,0', '3', '4,0'],
      ['Summa', '29', '42,0', '30', '46,0'],
    ],
    expect: {
      columns: [
        { header: ['Regionalt företagsstöd', '2023', 'Antal'], unit: 'count' },
        { header: ['Regionalt företagsstöd', '2023', 'Belopp'], unit: 'SEK' },
        { header: ['Regionalt företagsstöd', '2024', 'Antal'], unit: 'count' },
        { header: ['Regionalt företagsstöd', '2024', 'Belopp'], unit: 'SEK' },
      ],
      rows: [
        { code: null, label: 'Region Skåne', region: '12', kind: 'data', values: ['14', '22500000', '16', '25000000'] },
        { code: null, label: 'Region Halland', region: '13', kind: 'data', values: ['6', '8500000', '5', '7500000'] },
        { code: null, label: 'Region Blekinge', region: '10', kind: 'data', values: ['4', '5000000', '6', '9500000'] },
        { code: null, label: 'Region Kronoberg', region: '07', kind: 'data', values: ['5', '6000000', '3', '4000000'] },
        { code: null, label: 'Summa', region: null, kind: 'total', values: ['29', '42000000', '30', '46000000'] },
      ],
    },
    mutant: { row: 1, col: 2, text: '9,5' },
  },
  {
    id: 'M4',
    name: 'a group over two columns and a column with no group',
    cls: 'multi-level-header',
    caption: 'Projektstöd per län',
    unitWords: 'kronor',
    unitSentence: 'Alla belopp avser kronor.',
    header: [
      [{ text: '', span: 1 }, { text: 'Beviljat', span: 2 }, { text: '', span: 1 }],
      cells('Län', 'Antal', 'Belopp', 'Sökt belopp'),
    ],
    labelColumns: 1,
    rows: [
      ['Västra Götalands län', '40', '2 000 000', '3 100 000'],
      ['Hallands län', '10', '500 000', '800 000'],
      ['Skåne län', '30', '1 500 000', '2 600 000'],
      ['Totalt', '80', '4 000 000', '6 500 000'],
    ],
    expect: {
      columns: [
        { header: ['Beviljat', 'Antal'], unit: 'count' },
        { header: ['Beviljat', 'Belopp'], unit: 'SEK' },
        { header: ['Sökt belopp'], unit: 'SEK' },
      ],
      rows: [
        { code: null, label: 'Västra Götalands län', region: '14', kind: 'data', values: ['40', '2000000', '3100000'] },
        { code: null, label: 'Hallands län', region: '13', kind: 'data', values: ['10', '500000', '800000'] },
        { code: null, label: 'Skåne län', region: '12', kind: 'data', values: ['30', '1500000', '2600000'] },
        { code: null, label: 'Totalt', region: null, kind: 'total', values: ['80', '4000000', '6500000'] },
      ],
    },
    mutant: { row: 2, col: 3, text: '2 060 000' },
  },
];
