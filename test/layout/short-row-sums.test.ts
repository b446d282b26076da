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
