import { describe, expect, it } from 'vitest';
import { placeShiftedCells, SHIFTED_CELL, UNPLACED_CELL } from '../../src/layout/shifted-cells.js';
import type { GridRow } from '../../src/layout/types.js';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/** Rows that left out their empty cells and were padded at the end; tables written for this test. */
const row = (...texts: string[]): GridRow => ({
  cells: texts.map((text, k) => ({ text, colspan: 1, rowspan: 1, header: false, bold: false, location: { file: 't.txt', line: 1, column: k + 1 } })),
  location: { file: 't.txt', line: 1, column: 1 },
});
const texts = (r: GridRow): string[] => r.cells.map((c) => c.text);
const values = (t: Table, col: number) => t.rows.map((r) => r.cells[col]?.value?.toFixed() ?? null);

describe('placeShiftedCells', () => {
  const head = row('Kod', 'Verksamhet', 'Kostnad 2023', 'Andel 2023', 'Förändring', 'Kostnad 2022', 'Andel 2022');
  const full = [
    row('GR', 'Grundskola', '500', '50,0%', '+20', '480', '48,0%'),
    row('GY', 'Gymnasium', '300', '30,0%', '-10', '310', '31,0%'),
    row('VUX', 'Vuxenutbildning', '200', '20,0%', '-10', '210', '21,0%'),
  ];

  it('places a row without this year’s figures where its change and last year’s figures fit', () => {
    const rows = [head, ...full, row('FK', 'Förskoleklass', '-5', '5', '0,5%', '', '')];
    placeShiftedCells(rows, 1);
    expect(texts(rows[4]!)).toEqual(['FK', 'Förskoleklass', '', '', '-5', '5', '0,5%']);
    expect(rows[4]!.cells[4]!.uncertain).toBe(SHIFTED_CELL);
    expect(rows[4]!.cells[0]!.uncertain).toBeUndefined();
  });

  it('moves a label printed in the code column into the label column, a zero change fitting the signed column', () => {
    const rows = [head, ...full, row('Summa', '1 000', '100,0%', '0', '1 000', '100,0%', '')];
    placeShiftedCells(rows, 1);
    expect(texts(rows[4]!)).toEqual(['', 'Summa', '1 000', '100,0%', '0', '1 000', '100,0%']);
  });

  it('leaves rows that fit where they stand, and marks a row that fits in several places uncertain', () => {
    const fits = row('KU', 'Kulturskola', '12', '1,2%', '+1', '', '');
    const ambiguous = row('BI', 'Bibliotek', '7', '', '', '', '');
    const unsigned = row('FO', 'Fritidsgård', '4', '', '', '', '');
    const rows = [row('Kod', 'Verksamhet', 'Antal 2023', 'Andel', 'Förändring', 'Antal 2022', 'Andel'), ...full, fits, ambiguous, unsigned];
    placeShiftedCells(rows, 1);
    expect(texts(fits)).toEqual(['KU', 'Kulturskola', '12', '1,2%', '+1', '', '']);
    expect(fits.cells.every((c) => c.uncertain === undefined)).toBe(true);
    // "7" fits both count columns but stands in the first as printed: nothing to move.
    expect(texts(ambiguous)).toEqual(['BI', 'Bibliotek', '7', '', '', '', '']);
    const signedFirst = row('IT', 'Datorer', '+3', '4', '', '', '');
    const rows2 = [head, ...full, signedFirst];
    placeShiftedCells(rows2, 1);
    // "+3" fits only the change column, "4" then either count after it: a choice of one, so it is placed.
    expect(texts(signedFirst)).toEqual(['IT', 'Datorer', '', '', '+3', '4', '']);
    const nowhere = row('XX', 'Okänt', '7,5%', '9,9%', '8,8%', '', '');
    const rows3 = [head, ...full, nowhere];
    placeShiftedCells(rows3, 1);
    expect(texts(nowhere)).toEqual(['XX', 'Okänt', '7,5%', '9,9%', '8,8%', '', '']);
    expect(nowhere.cells[2]!.uncertain).toBe(UNPLACED_CELL);
  });

  it('leaves a lone cell where it stands, a year heading among worded labels too', () => {
    const heading = row('2022', '', '', '', '', '', '');
    const rows = [head, ...full, heading];
    placeShiftedCells(rows, 1);
    expect(texts(heading)).toEqual(['2022', '', '', '', '', '', '']);
    expect(heading.cells[0]!.uncertain).toBeUndefined();
  });

  it('needs three full rows to learn the columns', () => {
    const rows = [head, ...full.slice(0, 2), row('FK', 'Förskoleklass', '-5', '5', '0,5%', '', '')];
    placeShiftedCells(rows, 1);
    expect(texts(rows[3]!)).toEqual(['FK', 'Förskoleklass', '-5', '5', '0,5%', '', '']);
  });
});

describe('shifted rows in pipe tables', () => {
  const lines = (lead: string, close: string) => [
    `${lead}Förk. | Förening | Medlemmar 2024 | Andel 2024 | Medlemmar +/- | Medlemmar 2020 | Andel 2020 ${close}`.trim(),
    `${lead}---|---|---|---|---|---|---${close}`.trim(),
    `${lead}FF | Friluftsföreningen | 40 | 40,0% | +10 | 30 | 37,5% ${close}`.trim(),
    `${lead}SK | Skidklubben | 35 | 35,0% | -5 | 40 | 50,0% ${close}`.trim(),
    `${lead}BK | Bollklubben | 25 | 25,0% | +15 | 10 | 12,5% ${close}`.trim(),
    `${lead}SS | Simsällskapet | -2 | 2 | 2,5% | | ${close}`.trim(),
    `${lead}Totalt | 100 | 100,0% | +18 | 82 | 102,5% | ${close}`.trim(),
  ];

  it('reads a table without leading pipes with its cells where they belong, uncertain where moved', () => {
    const [t] = docOf({ text: lines('', '|').join('\n') }).tables;
    expect(t!.rows.map((r) => r.label)).toEqual(['Friluftsföreningen', 'Skidklubben', 'Bollklubben', 'Simsällskapet', 'Totalt']);
    expect(values(t!, 0)).toEqual(['40', '35', '25', null, '100']);
    expect(values(t!, 2)).toEqual(['10', '-5', '15', '-2', '18']);
    expect(values(t!, 3)).toEqual(['30', '40', '10', '2', '82']);
    // A placed cell is a reading: the model marks it uncertain (with its text as printed).
    expect(t!.rows[3]!.cells[2]!.uncertain).toBe('-2');
    expect(t!.rows[0]!.cells[2]!.uncertain).toBeUndefined();
  });

  it('reads the same table with pipes at both ends', () => {
    const [t] = docOf({ text: lines('| ', '|').join('\n') }).tables;
    expect(values(t!, 2)).toEqual(['10', '-5', '15', '-2', '18']);
    expect(values(t!, 4)).toEqual(['37.5', '50', '12.5', '2.5', '102.5']);
  });
});

describe('shifted rows placed by the size of the figures', () => {
  // Votes (thousands), share (decimals), seats (one or two digits), for two years; invented figures.
  const head = row('Förk.', 'Lista', 'Röster 2022', 'Andel 2022', 'Platser 2022', 'Röster 2018', 'Andel 2018', 'Platser 2018');
  const full = [
    row('A', 'Alfalistan', '41 200', '41,2', '13', '38 900', '40,1', '12'),
    row('B', 'Betalistan', '30 750', '30,8', '9', '33 020', '34,0', '11'),
    row('C', 'Cepalistan', '22 100', '22,1', '7', '19 880', '20,5', '6'),
  ];

  it('puts a row that left its seats empty where each figure has its column’s size', () => {
    // No seats in 2022: by their look (whole figures, decimals) the 2018 votes could also be 2022 seats; by their size not.
    const rows = [head, ...full, row('D', 'Deltalistan', '5 950', '5,9', '5 200', '5,4', '0', '')];
    placeShiftedCells(rows, 1);
    expect(texts(rows[4]!)).toEqual(['D', 'Deltalistan', '5 950', '5,9', '', '5 200', '5,4', '0']);
    expect(rows[4]!.cells[5]!.uncertain).toBe(SHIFTED_CELL);
    expect(rows[4]!.cells[2]!.uncertain).toBeUndefined();
  });

  it('leaves a row uncertain where the sizes leave more than one placement too', () => {
    // Two count columns of one size side by side: "400" may be either, and its share is the second's.
    const twin = row('Förk.', 'Lista', 'Röster', 'Andel', 'Röster i förtid', 'Röster på valdagen', 'Andel på valdagen');
    const rows = [
      twin,
      row('A', 'Alfalistan', '4 120', '41,2', '1 900', '2 220', '40,1'),
      row('B', 'Betalistan', '3 075', '30,8', '1 400', '1 675', '34,0'),
      row('C', 'Cepalistan', '2 210', '22,1', '1 010', '1 200', '20,5'),
      row('D', 'Deltalistan', '595', '5,9', '400', '4,0', ''),
    ];
    placeShiftedCells(rows, 1);
    expect(texts(rows[4]!)).toEqual(['D', 'Deltalistan', '595', '5,9', '400', '4,0', '']);
    expect(rows[4]!.cells[4]!.uncertain).toBe(UNPLACED_CELL);
  });

  const lines = (lead: string, close: string) => [
    `${lead}Förk. | Lista | Röster 2022 | Andel 2022 | Platser 2022 | Röster 2018 | Andel 2018 | Platser 2018 ${close}`.trim(),
    `${lead}---|---|---|---|---|---|---|---${close}`.trim(),
    `${lead}A | Alfalistan | 41 200 | 41,2 | 13 | 38 900 | 40,1 | 12 ${close}`.trim(),
    `${lead}B | Betalistan | 30 750 | 30,8 | 9 | 33 020 | 34,0 | 11 ${close}`.trim(),
    `${lead}C | Cepalistan | 22 100 | 22,1 | 7 | 19 880 | 20,5 | 6 ${close}`.trim(),
    `${lead}D | Deltalistan | 5 950 | 5,9 | 5 200 | 5,4 | 0 | ${close}`.trim(),
  ];

  it('reads the shares of both years as adding up, in a pipe table with pipes at both ends and without the leading one', () => {
    for (const text of [lines('| ', '|').join('\n'), lines('', '|').join('\n')]) {
      const [t] = docOf({ text }).tables;
      expect(values(t!, 2)).toEqual(['13', '9', '7', null]);
      expect(values(t!, 3)).toEqual(['38900', '33020', '19880', '5200']);
      expect(values(t!, 4)).toEqual(['40.1', '34', '20.5', '5.4']);
      expect(values(t!, 5)).toEqual(['12', '11', '6', '0']);
    }
  });
});
