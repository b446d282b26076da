import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Statements pasted one cell a line, whose rows leave their empty cells out: the sum row under a
 * short row places its values. Written for this test; the sums were checked by hand.
 */
const rowsOf = (text: string) =>
  docOf({ file: 'case.txt', text }).tables.map((t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]));
const paragraphs = (cells: string[]): string => `${cells.join('\n\n')}\n`;
const HEAD = ['Not', 'Kommunen 2022', 'Kommunen 2021', 'Koncernen 2022', 'Koncernen 2021'];

describe('short rows placed by the sum row under them', () => {
  it('places two short rows over a result line, one cell a paragraph', () => {
    const text = paragraphs([
      'Resultaträkning', 'Tkr', ...HEAD,
      'Verksamhetens nettokostnader', '1', '–912 400', '–880 150', '–930 200', '–897 300',
      'Skatteintäkter', '2', '955 300', '921 800', '955 300', '921 800',
      'Resultat före skatt', ' ', '42 900', '41 650', '25 100', '24 500',
      'Bolagsskatt', ' ', '–1 210', '–980',
      'Uppskjuten skatt', ' ', '–75', '–140',
      'Årets resultat', ' ', '42 900', '41 650', '23 815', '23 380',
    ]);
    // 25 100 − 1 210 − 75 = 23 815 and 24 500 − 980 − 140 = 23 380: both taxes are the group's.
    expect(rowsOf(text)[0]!.slice(2)).toEqual([
      ['Resultat före skatt', '42900000', '41650000', '25100000', '24500000'],
      ['Bolagsskatt', null, null, '-1210000', '-980000'],
      ['Uppskjuten skatt', null, null, '-75000', '-140000'],
      ['Årets resultat', '42900000', '41650000', '23815000', '23380000'],
    ]);
  });

  it('places a short row inside a section closed by its sum, one cell a line', () => {
    const text = [
      'Balansräkning', 'Mnkr', 'Not', 'Kommunen 2023', 'Kommunen 2022', 'Koncernen 2023', 'Koncernen 2022',
      'AVSÄTTNINGAR',
      'Pensioner', '7', '812', '790', '905', '881',
      'Latent skatt', '146', '139',
      'Övriga avsättningar', '8', '64', '58', '92', '85',
      'Summa avsättningar', '876', '848', '1 143', '1 105',
      '',
    ].join('\n');
    // 905 + 146 + 92 = 1 143 and 881 + 139 + 85 = 1 105; the municipality's columns add up without it.
    expect(rowsOf(text)[0]!.slice(1)).toEqual([
      ['Pensioner', '812000000', '790000000', '905000000', '881000000'],
      ['Latent skatt', null, null, '146000000', '139000000'],
      ['Övriga avsättningar', '64000000', '58000000', '92000000', '85000000'],
      ['Summa avsättningar', '876000000', '848000000', '1143000000', '1105000000'],
    ]);
  });

  it('reads a short row\'s first figure as its note where only that adds up', () => {
    // The page marks the left-out cells by one blank line more, one for the two it left out.
    const text = paragraphs([
      'Resultaträkning', 'Tkr', ...HEAD,
      'Verksamhetens nettokostnader', '3', '–512 400', '–480 150', '–530 200', '–497 300',
      'Skatteintäkter', '5', '555 300', '521 800', '555 300', '521 800',
      'Finansnetto', '12\n', '–9 430', '–9 430',
      'Resultat', ' ', '42 900', '32 220', '25 100', '15 070',
    ]);
    // 12 adds up in no column: the row's figures are the two years 2021 (−480 150 + 521 800 − 9 430 = 32 220), its 12 a note.
    const doc = docOf({ file: 'case.txt', text });
    const row = doc.tables[0]!.rows.find((r) => r.label === 'Finansnetto')!;
    expect(row.cells.map((c) => c.value?.toFixed() ?? null)).toEqual([null, '-9430000', null, '-9430000']);
    expect(row.note).toBe('12');
  });

  it('leaves a short row as read where two placements add up', () => {
    // The municipality and the group print the same figures: 50 and 40 add up under either.
    const text = [
      'Mnkr', 'Kommunen 2023', 'Kommunen 2022', 'Koncernen 2023', 'Koncernen 2022',
      'Intäkter', '400', '380', '400', '380',
      'Avgifter', '120', '110', '120', '110',
      'Bidrag', '50', '40',
      'Summa', '570', '530', '570', '530',
      '',
    ].join('\n');
    const rows = rowsOf(text)[0]!;
    expect(rows.find((r) => r[0] === 'Bidrag')).toEqual(['Bidrag', '50000000', '40000000', null, null]);
  });
  it('splits a single-spaced short row\'s digit groups into the figures the sum row under it needs', () => {
    // "420 175" reads as one figure or as 420 and 175: 512 300 + 420 + 9 210 = 521 930 and 498 100 + 175 + 8 640 = 506 915.
    const statement = [
      '(tkr) Koncernen Moderbolaget',
      'Not 2021 2020 2021 2020',
      'Rörelsens intäkter',
      'Hyror 512 300 498 100 480 200 466 900',
      'Aktiverat arbete 420 175',
      'Övriga intäkter 3 9 210 8 640 10 400 9 950',
      'Summa rörelsens intäkter 521 930 506 915 490 600 476 850',
      '',
    ].join('\n');
    expect(rowsOf(statement)[0]!.find((r) => r[0] === 'Aktiverat arbete')).toEqual(['Aktiverat arbete', '420000', '175000', null, null]);
    // The same under a header without a note column, the figures in the companies' columns: 90 310 + 640 + 3 010 = 93 960.
    const balance = [
      'Balansräkning, tkr',
      '',
      'Kommunen Bolagen',
      '2023 2022 2023 2022',
      'Avsättningar',
      'Pensioner 81 200 79 450 90 310 88 020',
      'Latent skatt 640 615',
      'Övriga avsättningar 2 300 2 150 3 010 2 870',
      'Summa avsättningar 83 500 81 600 93 960 91 505',
      '',
    ].join('\n');
    expect(rowsOf(balance)[0]!.find((r) => r[0] === 'Latent skatt')).toEqual(['Latent skatt', null, null, '640000', '615000']);
  });
  it('reads a section sum as its section, and a "varav" row as adding nothing, to place a short row above them', () => {
    // 1 900 + 35 + 2 800 = 4 735 and 1 820 + 33 + 2 730 = 4 583; "Summa skulder" stands for its two rows.
    const cells = paragraphs([
      'Balansräkning', 'Mnkr', 'Not', 'Kommunen 2023', 'Kommunen 2022', 'Koncernen 2023', 'Koncernen 2022',
      'EGET KAPITAL', '9', '1 200', '1 150', '1 900', '1 820',
      '– varav årets resultat', ' ', '50', '40', '80', '70',
      'MINORITETSINTRESSE', ' ', '35', '33',
      'SKULDER',
      'Långfristiga skulder', '10', '800', '760', '2 100', '2 050',
      'Kortfristiga skulder', '11', '400', '390', '700', '680',
      'Summa skulder', ' ', '1 200', '1 150', '2 800', '2 730',
      'Summa eget kapital och skulder', ' ', '2 400', '2 300', '4 735', '4 583',
    ]);
    expect(rowsOf(cells)[0]!.find((r) => r[0] === 'MINORITETSINTRESSE')).toEqual(['MINORITETSINTRESSE', null, null, '35000000', '33000000']);
    // Single-spaced, "därav" and a heading without a blank line: 52 300 + 410 + 57 000 = 109 710.
    const spaced = [
      'Balansräkning, tkr',
      '',
      'Kommunen Bolagen',
      '2023 2022 2023 2022',
      'Eget kapital 41 000 39 500 52 300 50 100',
      'därav årets resultat 1 500 1 200 2 200 1 900',
      'Minoritetsintresse 410 395',
      'Skulder',
      'Långfristiga skulder 30 000 29 000 45 000 44 000',
      'Kortfristiga skulder 9 000 8 800 12 000 11 500',
      'Summa skulder 39 000 37 800 57 000 55 500',
      'Summa eget kapital och skulder 80 000 77 300 109 710 105 995',
      '',
    ].join('\n');
    expect(rowsOf(spaced)[0]!.find((r) => r[0] === 'Minoritetsintresse')).toEqual(['Minoritetsintresse', null, null, '410000', '395000']);
  });

  it('places short rows by the other columns where the sum row is misprinted in one they leave empty', () => {
    const text = paragraphs([
      'Resultaträkning', 'Tkr', ...HEAD,
      'Nettokostnader', '3', '–610 000', '–590 500', '–640 700', '–611 900',
      'Skatter och bidrag', '4', '628 300', '604 100', '628 300', '604 100',
      'Resultat före skatt', ' ', '18 300', '13 600', '–12 400', '–7 800',
      'Inkomstskatt', ' ', '–2 050', '–1 640',
      'Årets resultat', ' ', '18 300', '13 602', '–14 450', '–9 440',
    ]);
    // −12 400 − 2 050 = −14 450 and −7 800 − 1 640 = −9 440; the municipality's 2021 prints 13 602 over 13 600 with no row between.
    expect(rowsOf(text)[0]!.slice(3)).toEqual([
      ['Inkomstskatt', null, null, '-2050000', '-1640000'],
      ['Årets resultat', '18300000', '13602000', '-14450000', '-9440000'],
    ]);
  });

  it('places a short row in a section whose sum is misprinted in a column it leaves empty, one cell a line', () => {
    const text = [
      'Balansräkning', 'Mnkr', 'Not', 'Kommunen 2023', 'Kommunen 2022', 'Koncernen 2023', 'Koncernen 2022',
      'AVSÄTTNINGAR',
      'Pensioner', '7', '812', '790', '905', '881',
      'Latent skatt', '146', '139',
      'Övriga avsättningar', '8', '64', '58', '92', '85',
      'Summa avsättningar', '877', '848', '1 143', '1 105',
      '',
    ].join('\n');
    // 905 + 146 + 92 = 1 143 and 881 + 139 + 85 = 1 105; 812 + 64 = 876, printed 877.
    expect(rowsOf(text)[0]!.find((r) => r[0] === 'Latent skatt')).toEqual(['Latent skatt', null, null, '146000000', '139000000']);
  });

  it('allows no misprinted column under two value columns: the row stays as read', () => {
    const text = ['Mnkr', '2023', '2022', 'Intäkter', '400', '380', 'Avgifter', '120', '110', 'Bidrag', '50', 'Summa', '521', '540', ''].join('\n');
    // 380 + 110 + 50 = 540 would put 50 under 2022 were 521 (not 520) a misprint; with two columns nothing confirms it.
    expect(rowsOf(text)[0]!.find((r) => r[0] === 'Bidrag')).toEqual(['Bidrag', '50000000', null]);
  });
});

describe('short rows over a sum row with an empty item right above it', () => {
  // Investing: −14,0 + 1,5 = −12,5; −13,0 + 0,5 = −12,5; −25,0 + 1,5 = −23,5; −24,0 + 0,5 = −23,5.
  // Financing: the city took a loan of 30,0 (2023) alone; the group borrowed 62,4 and 9,6 and
  // repaid 7,1 and 2,6: 62,4 − 7,1 = 55,3 and 9,6 − 2,6 = 7,0. The item "Minskning av avsättningar"
  // prints no figure, right above the section's flow.
  const expected = [
    ['Upptagna lån', '30000000', null, '62400000', '9600000'],
    ['Amortering av skulder', null, null, '-7100000', '-2600000'],
    ['Minskning av avsättningar', null, null, null, null],
    ['Kassaflöde från finansieringsverksamheten', '30000000', '0', '55300000', '7000000'],
  ];
  const HEADER = ['Kassaflödesanalys', '', 'Mnkr                                   STADEN        GRUPPEN', 'Not 2023 2022 2023 2022', ''];
  const INVESTING = ['INVESTERINGSVERKSAMHETEN', 'Köp av inventarier – 14,0 – 13,0 – 25,0 – 24,0', 'Sålda inventarier 1,5 0,5 1,5 0,5', 'Kassaflöde från investeringsverksamheten', '– 12,5 – 12,5 – 23,5 – 23,5', ''];
  /** The single-spaced statement with these financing items over the empty item and the flow. */
  const financing = (...items: string[]): string =>
    [...HEADER, ...INVESTING, 'FINANSIERINGSVERKSAMHETEN', ...items, 'Minskning av avsättningar', '', 'Kassaflöde från finansieringsverksamheten', '30,0 0,0 55,3 7,0', ''].join('\n');
  it('places them in a single-spaced statement', () => {
    const text = financing('Upptagna lån 30,0 62,4 9,6', 'Amortering av skulder – 7,1 – 2,6');
    const rows = rowsOf(text)[0]!;
    expect(rows.slice(rows.length - 4)).toEqual(expected);
  });

  it('places them one cell a paragraph', () => {
    const text = paragraphs([
      'Kassaflödesanalys', 'Mnkr', 'Not', 'Staden 2023', 'Staden 2022', 'Gruppen 2023', 'Gruppen 2022',
      'Investeringsverksamheten', ' ', ' ', ' ', ' ', ' ',
      'Köp av inventarier', ' ', '–14,0', '–13,0', '–25,0', '–24,0',
      'Sålda inventarier', ' ', '1,5', '0,5', '1,5', '0,5',
      'Kassaflöde från investeringsverksamheten', ' ', '–12,5', '–12,5', '–23,5', '–23,5',
      'Finansieringsverksamheten', ' ', ' ', ' ', ' ', ' ',
      'Upptagna lån', ' ', '30,0', '62,4', '9,6',
      'Amortering av skulder', ' ', '–7,1', '–2,6',
      'Minskning av avsättningar', ' ', ' ', ' ', ' ', ' ',
      'Kassaflöde från finansieringsverksamheten', ' ', '30,0', '0,0', '55,3', '7,0',
    ]);
    const rows = rowsOf(text)[0]!;
    expect(rows.slice(rows.length - 4)).toEqual(expected);
  });

  it('leaves a short row as read when no placement of it adds up', () => {
    // The loan row alone is under the flow: 62,4 is no 55,3 in any column, so nothing moves.
    const text = financing('Upptagna lån 30,0 62,4 9,6');
    const rows = rowsOf(text)[0]!;
    expect(rows.find((r) => r[0] === 'Upptagna lån')).toEqual(['Upptagna lån', '30000000', '62400000', '9600000', null]);
  });
});

describe('a whole number before the figures of a statement that prints decimals', () => {
  // "Köp av aktier 14 – 0,2 0,0 – 0,2": every figure prints one decimal, so 14 is the row's note,
  // not a value; the investing sums hold so: −20,5 + 2,3 − 0,2 = −18,4; −15,2 + 0,4 + 0,0 = −14,8;
  // −30,1 + 2,3 − 0,2 = −28,0; −18,7 + 0,4 = −18,3 (the row leaves the last column empty).
  const expected = [
    ['Köp av maskiner', '-20500000', '-15200000', '-30100000', '-18700000'],
    ['Sålda maskiner', '2300000', '400000', '2300000', '400000'],
    ['Köp av aktier', '-200000', '0', '-200000', null],
    ['Kassaflöde från investeringar', '-18400000', '-14800000', '-28000000', '-18300000'],
  ];
  it.each([
    ['with its flow on the label’s line', ['Kassaflöde från investeringar – 18,4 – 14,8 – 28,0 – 18,3']],
    ['with its flow on the line under the label', ['Kassaflöde från investeringar', '– 18,4 – 14,8 – 28,0 – 18,3']],
  ])('reads the note apart, %s', (_, flow) => {
    const text = [
      'Kassaflödesanalys',
      '',
      'Belopp i mnkr                                   STADEN        GRUPPEN',
      'Not 2022 2021 2022 2021',
      '',
      'INVESTERINGAR',
      'Köp av maskiner – 20,5 – 15,2 – 30,1 – 18,7',
      'Sålda maskiner 2,3 0,4 2,3 0,4',
      'Köp av aktier 14 – 0,2 0,0 – 0,2',
      ...flow,
      '',
    ].join('\n');
    expect(rowsOf(text)[0]!.slice(-4)).toEqual(expected);
  });

  it('keeps a whole first figure a value where the table prints whole numbers', () => {
    // No decimals anywhere: "14 – 2 0 – 2" fills the four columns as before (a guess by sizes).
    const text = [
      'Kassaflödesanalys',
      '',
      'Belopp i mnkr                                   STADEN        GRUPPEN',
      'Not 2022 2021 2022 2021',
      '',
      'INVESTERINGAR',
      'Köp av maskiner – 205 – 152 – 301 – 187',
      'Sålda maskiner 23 4 23 4',
      'Köp av aktier 14 – 2 0 – 2',
      'Kassaflöde från investeringar – 168 – 150 – 278 – 185',
      '',
    ].join('\n');
    expect(rowsOf(text)[0]!.find((r) => r[0] === 'Köp av aktier')).toEqual(['Köp av aktier', '14000000', '-2000000', '0', '-2000000']);
  });
});

describe('a lone figure in the note column that the sum row under it reads as a value', () => {
  // Investing 2023: 0 − 31 + 18 + 0 = −13; 2022: −4 − 12 + 0 + 0 = −16. "18" stood alone after the
  // label, where a note would stand; only as the 2023 value do the flows add up.
  const expected = [
    ['Förvärv av licenser', '0', '-4000000'],
    ['Förvärv av maskiner', '-31000000', '-12000000'],
    ['Försäljning av maskiner', '18000000', null],
    ['Förvärv av aktier', '0', '0'],
    ['Kassaflöde från investeringsverksamheten', '-13000000', '-16000000'],
  ];
  const body: [string, string, string, string][] = [
    ['Rörelseresultat', '', '44', '38'],
    ['Avskrivningar', '7', '12', '11'],
    ['Kassaflöde från den löpande verksamheten', '', '56', '49'],
    ['Investeringsverksamheten', '', '', ''],
    ['Förvärv av licenser', '8', '0', '-4'],
    ['Förvärv av maskiner', '9', '-31', '-12'],
    ['Försäljning av maskiner', '', '18', ''],
    ['Förvärv av aktier', '', '0', '0'],
    ['Kassaflöde från investeringsverksamheten', '', '-13', '-16'],
  ];
  it('places it by the sums, single-spaced', () => {
    const text = ['Kassaflödesanalys', '', 'Belopp i MSEK Not 2023 2022', ...body.map((r) => r.filter((c) => c !== '').join(' ')), ''].join('\n');
    const rows = rowsOf(text)[0]!;
    const at = rows.findIndex((r) => r[0] === 'Förvärv av licenser');
    expect(rows.slice(at, at + 5)).toEqual(expected);
    expect(rows.find((r) => r[0] === 'Rörelseresultat')).toEqual(['Rörelseresultat', '44000000', '38000000']);
  });

  it('places it by the sums under two groups of years', () => {
    // The city's columns and the group's: 3 is the group's 2022 sale (−9 − 2 + 3 = −8); the city's
    // flows add up without it (−6 − 1 = −7 and −5 − 2 = −7; group 2023: −9 − 3 = −12).
    const text = [
      'Kassaflödesanalys',
      '',
      'Mnkr Not 2023 2022 2023 2022',
      'Rörelseresultat 14 12 20 17',
      'Avskrivningar 6 3 3 5 4',
      'Kassaflöde från den löpande verksamheten 17 15 25 21',
      'Investeringsverksamheten',
      'Förvärv av inventarier 7 -6 -5 -9 -9',
      'Förvärv av aktier -1 -2 -3 -2',
      'Försäljning av inventarier 3',
      'Kassaflöde från investeringsverksamheten -7 -7 -12 -8',
      '',
    ].join('\n');
    const rows = rowsOf(text)[0]!;
    expect(rows.find((r) => r[0] === 'Försäljning av inventarier')).toEqual(['Försäljning av inventarier', null, null, null, '3000000']);
  });

  it('leaves a heading with its note a heading where the items add up without it', () => {
    const text = [
      'Kassaflödesanalys',
      '',
      'Belopp i MSEK Not 2023 2022',
      'Rörelseresultat 44 38',
      'Avskrivningar 7 12 11',
      'Kassaflöde från den löpande verksamheten 56 49',
      'Investeringsverksamheten 18',
      'Förvärv av licenser 8 0 -4',
      'Förvärv av maskiner 9 -31 -12',
      'Förvärv av aktier 0 0',
      'Kassaflöde från investeringsverksamheten -31 -16',
      '',
    ].join('\n');
    const rows = rowsOf(text)[0]!;
    expect(rows.find((r) => r[0] === 'Investeringsverksamheten')).toEqual(['Investeringsverksamheten', null, null]);
  });
});

describe('a heading with its note over a short row its section sum places', () => {
  // Kommunen 2022: 512 300 + 850 + 8 020 = 521 170; 2021: 498 100 + 260 + 7 940 = 506 300. The
  // heading "Verksamhetens intäkter 1" carries a note only; the short row's two figures are the
  // municipality's, and the heading, kept a heading, changes nothing.
  const body: string[][] = [
    ['Verksamhetens intäkter', '1'],
    ['Hyror och arrenden', '', '512 300', '498 100', '540 800', '526 700'],
    ['Försäljning av tjänster', '', '850', '260'],
    ['Övriga intäkter', '2', '8 020', '7 940', '9 110', '8 870'],
    ['Summa verksamhetens intäkter', '', '521 170', '506 300', '549 910', '535 570'],
  ];
  const expected = [
    ['Hyror och arrenden', '512300000', '498100000', '540800000', '526700000'],
    ['Försäljning av tjänster', '850000', '260000', null, null],
    ['Övriga intäkter', '8020000', '7940000', '9110000', '8870000'],
    ['Summa verksamhetens intäkter', '521170000', '506300000', '549910000', '535570000'],
  ];

  it('places it, single-spaced', () => {
    const text = ['Resultaträkning, tkr', '', `Not 2022 2021 2022 2021`, ...body.map((r) => r.filter((c) => c !== '').join(' ')), ''].join('\n');
    const rows = rowsOf(text)[0]!;
    const at = rows.findIndex((r) => r[0] === 'Hyror och arrenden');
    expect(rows.slice(at, at + 4)).toEqual(expected);
  });

  it('places it, one cell a paragraph', () => {
    const text = paragraphs(['Resultaträkning', 'Tkr', ...HEAD, ...body.flat().map((c) => (c === '' ? ' ' : c))]);
    const rows = rowsOf(text)[0]!;
    const at = rows.findIndex((r) => r[0] === 'Hyror och arrenden');
    expect(rows.slice(at, at + 4)).toEqual(expected);
  });
});
