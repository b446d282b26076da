import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Web tables pasted one cell per line whose empty cells show as a line holding only a space,
 * or as one blank line more than the one between cells. Examples written for this test.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => (c.value?.toFixed() ?? null) + (c.uncertain !== undefined ? '?' : ''))]);
const headersOf = (t: Table) => t.columns.map((c) => c.header.join(' / '));

describe('cell-per-line tables with empty cells kept as space lines', () => {
  it('keeps every row in its columns when the note cell is empty, and reads note links as labels', () => {
    const cells = [
      'Belopp i tkr', ' ', '2022', '2023',
      ' ', ' ', ' ', ' ',
      'Intäkter', 'not 3 »', '540', '610',
      'Kostnader', 'not 4 » not 5 »', '-1 200', '-1 350',
      'Nettokostnad', ' ', '-660', '-740',
      'Skatter', 'not 6 »', '700', '760',
      'Resultat', ' ', '40', '20',
    ];
    const [t] = tablesOf(`Driftens resultat\n\n${cells.join('\n\n')}\n`);
    expect(t!.unit).toBe('SEK');
    expect(headersOf(t!)).toEqual(['2022', '2023']);
    expect(rowsOf(t!)).toEqual([
      ['Intäkter', '540000', '610000'],
      ['Kostnader', '-1200000', '-1350000'],
      ['Nettokostnad', '-660000', '-740000'],
      ['Skatter', '700000', '760000'],
      ['Resultat', '40000', '20000'],
    ]);
  });

  it('reads a heading row of empty cells as a heading, not a row of values', () => {
    const cells = [
      'Län', 'Kod', 'Platser', 'Sökande',
      'NORRA REGIONEN', ' ', ' ', ' ',
      'Norrbottens län', '25', '120', '340',
      'Västerbottens län', '24', '90', '260',
      'Summa norr', ' ', '210', '600',
      'SÖDRA REGIONEN', ' ', ' ', ' ',
      'Skåne län', '12', '400', '910',
      'Blekinge län', '10', '60', '130',
      'Summa söder', ' ', '460', '1 040',
    ];
    const [t] = tablesOf(`${cells.join('\n\n')}\n`);
    expect(headersOf(t!)).toEqual(['Platser', 'Sökande']);
    expect(rowsOf(t!)).toEqual([
      ['NORRA REGIONEN', 'null', 'null'],
      ['Norrbottens län', '120', '340'],
      ['Västerbottens län', '90', '260'],
      ['Summa norr', '210', '600'],
      ['SÖDRA REGIONEN', 'null', 'null'],
      ['Skåne län', '400', '910'],
      ['Blekinge län', '60', '130'],
      ['Summa söder', '460', '1040'],
    ]);
    expect(t!.rows.map((r) => r.region?.code ?? null)).toEqual([null, '25', '24', null, null, '12', '10', null]);
  });
});

describe('cell-per-line tables with empty cells kept as an extra blank line', () => {
  it('reads group titles over pairs of years, the unit over the labels, and the note column', () => {
    const text = [
      'Balans för stiftelsen', '', '', 'mnkr', '', '', 'Stiftelsen', '', 'Koncernen', '', '',
      'Noter', '', '2024', '', '2023', '', '2024', '', '2023', '',
      'Fordringar', '', '7', '', '12,5', '', '10,0', '', '14,5', '', '11,0', '',
      'Kassa', '', '8', '', '3,5', '', '4,0', '', '6,5', '', '7,0', '',
      'Summa', '', '', '16,0', '', '14,0', '', '21,0', '', '18,0', '',
      'Skulder', '', '9,10', '', '5,0', '', '6,0', '', '8,0', '', '9,0', '',
      'Eget kapital', '', '', '11,0', '', '8,0', '', '13,0', '', '9,0', '',
    ].join('\n');
    const [t] = tablesOf(`${text}\n`);
    expect(t!.caption).toBe('Balans för stiftelsen');
    expect(headersOf(t!)).toEqual(['Stiftelsen / 2024', 'Stiftelsen / 2023', 'Koncernen / 2024', 'Koncernen / 2023']);
    expect(rowsOf(t!)).toEqual([
      ['Fordringar', '12500000', '10000000', '14500000', '11000000'],
      ['Kassa', '3500000', '4000000', '6500000', '7000000'],
      ['Summa', '16000000', '14000000', '21000000', '18000000'],
      ['Skulder', '5000000', '6000000', '8000000', '9000000'],
      ['Eget kapital', '11000000', '8000000', '13000000', '9000000'],
    ]);
  });

  it('splits a value glued to the next label, and a label set on the line above its first value', () => {
    const text = [
      'Tkr', '', 'Not', '', 'Utfall', '', 'Budget', '',
      'Avgifter', '', '1', '', '300', '', '280', '',
      'Bidrag', '', '2', '', '150', '', '160', '',
      'Summa intäkter', '', '', '450', '', '440Personal', '',
      '3', '', '-210', '', '-200', '',
      'Lokaler', '', '4', '', '-90', '', '-95', '',
      'Övrigt', '-30', '', '-40', '',
    ].join('\n');
    const [t] = tablesOf(`${text}\n`);
    expect(headersOf(t!)).toEqual(['Utfall', 'Budget']);
    expect(rowsOf(t!)).toEqual([
      ['Avgifter', '300000', '280000'],
      ['Bidrag', '150000', '160000'],
      ['Summa intäkter', '450000', '440000'],
      ['Personal', '-210000', '-200000'],
      ['Lokaler', '-90000', '-95000'],
      // Two figures for three cells: which one the page left out it does not say.
      ['Övrigt', '-30000?', '-40000?'],
    ]);
  });

  it('leaves text with blank lines but no empty cell to the other readers', () => {
    const text = ['Län', '', 'Antal', '', 'Uppsala län', '', '12', '', 'Skåne län', '', '40', '', 'Gotlands län', '', '3', '', 'Hallands län', '', '9', ''].join('\n');
    const [t] = tablesOf(`${text}\n`);
    expect(rowsOf(t!)).toEqual([
      ['Uppsala län', '12'],
      ['Skåne län', '40'],
      ['Gotlands län', '3'],
      ['Hallands län', '9'],
    ]);
  });
});

describe('cell-per-line tables whose note cells list several notes', () => {
  it('reads "3, 4" in the note column as notes, with space lines for the empty cells', () => {
    const cells = [
      'Belopp i mnkr', 'Not', '2021', '2022',
      'Avgifter', '1', '310', '325',
      'Personalkostnader', '2, 4', '-905', '-940',
      'Övriga kostnader', '3, 4, 11', '-212', '-230',
      'Nettokostnad', ' ', '-807', '-845',
      'Skatteintäkter', '5', '850', '890',
      'Resultat', ' ', '43', '45',
    ];
    const [t] = tablesOf(`Resultaträkning\n\n${cells.join('\n\n')}\n`);
    expect(headersOf(t!)).toEqual(['2021', '2022']);
    expect(rowsOf(t!)).toEqual([
      ['Avgifter', '310000000', '325000000'],
      ['Personalkostnader', '-905000000', '-940000000'],
      ['Övriga kostnader', '-212000000', '-230000000'],
      ['Nettokostnad', '-807000000', '-845000000'],
      ['Skatteintäkter', '850000000', '890000000'],
      ['Resultat', '43000000', '45000000'],
    ]);
  });

  it('reads "12, 13" as notes where an empty cell is an extra blank line, and keeps "4,5" a value', () => {
    const text = [
      'Tkr', '', 'Noter', '', 'Utfall 2023', '', 'Utfall 2022', '',
      'Bidrag', '', '12, 13', '', '4,5', '', '3,9', '',
      'Hyror', '', '14', '', '120,0', '', '118,5', '',
      'Summa intäkter', '', '', '124,5', '', '122,4', '',
      'Löner', '', '15, 16', '', '-80,2', '', '-77,0', '',
      'Summa kostnader', '', '', '-80,2', '', '-77,0', '',
    ].join('\n');
    const [t] = tablesOf(`${text}\n`);
    expect(headersOf(t!)).toEqual(['Utfall 2023', 'Utfall 2022']);
    expect(rowsOf(t!)).toEqual([
      ['Bidrag', '4500', '3900'],
      ['Hyror', '120000', '118500'],
      ['Summa intäkter', '124500', '122400'],
      ['Löner', '-80200', '-77000'],
      ['Summa kostnader', '-80200', '-77000'],
    ]);
  });
});
