import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A web table pasted one cell per line whose first column holds codes ("Nr", "Länskod") before
 * each row's label, and whose page left an empty cell out altogether. Written for this test.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.code ?? null, r.label, ...r.cells.map((c) => (c.value?.toFixed() ?? null) + (c.uncertain !== undefined ? '?' : ''))]);

describe('cell-per-line records under a code column', () => {
  it('reads code, label and values, with blank lines between cells; a total row has no code', () => {
    const text = ['Länskod', 'Län', 'Platser', 'Sökande', '03', 'Uppsala län', '120', '340', '09', 'Gotlands län', '15', '41', '13', 'Hallands län', '80', '200', '20', 'Dalarnas län', '66', '150', 'Totalt', '281', '731'].join('\n\n');
    const [t] = tablesOf(`${text}\n`);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['Platser', 'Sökande']);
    expect(rowsOf(t!)).toEqual([
      ['03', 'Uppsala län', '120', '340'],
      ['09', 'Gotlands län', '15', '41'],
      ['13', 'Hallands län', '80', '200'],
      ['20', 'Dalarnas län', '66', '150'],
      [null, 'Totalt', '281', '731'],
    ]);
  });

  it('ends a row short where the next code and label begin, its values a guess', () => {
    const text = ['Nr', 'Förening', 'Medlemmar', 'Ombud', 'Förändring', '1', 'Norra kretsen', '4 500', '9', '1', '2', 'Södra kretsen', '3 000', '6', '4', 'Östra kretsen', '2 500', '5', '0', '7', 'Västra kretsen', '1 000', '2', '-1', '8', 'Mellersta kretsen', '800', '2', '0', ''].join('\n');
    const [t] = tablesOf(text);
    expect(rowsOf(t!)).toEqual([
      ['1', 'Norra kretsen', '4500', '9', '1'],
      ['2', 'Södra kretsen', '3000?', '6?', 'null'],
      ['4', 'Östra kretsen', '2500', '5', '0'],
      ['7', 'Västra kretsen', '1000', '2', '-1'],
      ['8', 'Mellersta kretsen', '800', '2', '0'],
    ]);
  });
});

describe('cell-per-line records whose codes do not go up', () => {
  it('reads counties listed by name, their codes out of order, one cell a line', () => {
    const text = ['Länskod', 'Län', 'Bidrag', 'Andel', '20', 'Dalarnas län', '310', '12', '09', 'Gotlands län', '45', '2', '13', 'Hallands län', '220', '9', '03', 'Uppsala län', '400', '16', '07', 'Kronobergs län', '150', '6', ''].join('\n');
    const [t] = tablesOf(text);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['Bidrag', 'Andel']);
    expect(rowsOf(t!)).toEqual([
      ['20', 'Dalarnas län', '310', '12'],
      ['09', 'Gotlands län', '45', '2'],
      ['13', 'Hallands län', '220', '9'],
      ['03', 'Uppsala län', '400', '16'],
      ['07', 'Kronobergs län', '150', '6'],
    ]);
  });

  it('reads counties ranked by amount, a blank line between rows, three figures each', () => {
    const rows = [['12', 'Skåne län', '1 200', '1 150', '50'], ['01', 'Stockholms län', '900', '950', '-50'], ['14', 'Västra Götalands län', '300', '280', '20'], ['05', 'Östergötlands län', '250', '260', '-10']];
    const text = ['Kod\nLän\nBudget\nUtfall\nAvvikelse', ...rows.map((r) => r.join('\n'))].join('\n\n');
    const [t] = tablesOf(`${text}\n`);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['Budget', 'Utfall', 'Avvikelse']);
    expect(rowsOf(t!)).toEqual([
      ['12', 'Skåne län', '1200', '1150', '50'],
      ['01', 'Stockholms län', '900', '950', '-50'],
      ['14', 'Västra Götalands län', '300', '280', '20'],
      ['05', 'Östergötlands län', '250', '260', '-10'],
    ]);
  });
});

describe('cell-per-line records under appropriation codes', () => {
  it('reads code, name and amount, and a total without a code, with or without blank lines', () => {
    const cells = ['Anslag', 'Benämning', 'Belopp', '2:1', 'Konsumentverket', '140 000', '2:2', 'Allmänna reklamationsnämnden', '40 500', '2:4', 'Bidrag till organisationer', '16 000', '2:5', 'Kostnader för tvistlösning', '3 500', 'Summa', '200 000'];
    const [t] = tablesOf(`${cells.join('\n')}\n`);
    expect(rowsOf(t!)).toEqual([
      ['2:1', 'Konsumentverket', '140000'],
      ['2:2', 'Allmänna reklamationsnämnden', '40500'],
      ['2:4', 'Bidrag till organisationer', '16000'],
      ['2:5', 'Kostnader för tvistlösning', '3500'],
      [null, 'Summa', '200000'],
    ]);
    const other = ['Ap.', 'Ändamål', 'Tkr', '1:1', 'Förvaltning', '900', '1:2', 'Drift', '450', '1:4', 'Forskning', '300', '1:6', 'Information', '50', 'Totalt', '1 700'];
    const [u] = tablesOf(`${other.join('\n\n')}\n`);
    expect(rowsOf(u!)[4]).toEqual([null, 'Totalt', '1700000']);
  });
});

describe('cell-per-line records with a code column after the names', () => {
  it('puts a total row\'s figures under their header, its code cell left out', () => {
    const text = ['Region', 'Regionkod', 'Medel', 'Region Värmland', '17', '230', 'Region Dalarna', '20', '205', 'Region Gävleborg', '21', '200', 'Region Örebro län', '18', '215', 'Totalt', '850'].join('\n\n');
    const [t] = tablesOf(`${text}\n`);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['Medel']);
    expect(rowsOf(t!)).toEqual([
      ['17', 'Region Värmland', '230'],
      ['20', 'Region Dalarna', '205'],
      ['21', 'Region Gävleborg', '200'],
      ['18', 'Region Örebro län', '215'],
      [null, 'Totalt', '850'],
    ]);
    const lines = ['Län', 'Länsnr', 'Platser', 'Sökande', 'Kalmar län', '08', '40', '90', 'Gotlands län', '09', '12', '30', 'Blekinge län', '10', '25', '61', 'Skåne län', '12', '110', '300', 'Summa', '187', '481', ''].join('\n');
    const [u] = tablesOf(lines);
    expect(rowsOf(u!)[4]).toEqual([null, 'Summa', '187', '481']);
  });
});

describe('cell-per-line rows that leave their trailing empty cells out', () => {
  it('puts a short row\'s values from the left under a header of years, marked a guess', () => {
    const text = ['Plan 2024', 'Plan 2025', 'Plan 2026', 'Fritid', '400', '410', '420', 'Skola', '900', 'Kultur', '120', '125', 'Vård', '700', '720', '740', 'Summa', '2 120', '1 255', '1 160'].join('\n\n');
    const [t] = tablesOf(`${text}\n`);
    expect(rowsOf(t!)).toEqual([
      [null, 'Fritid', '400', '410', '420'],
      [null, 'Skola', '900?', 'null', 'null'],
      [null, 'Kultur', '120?', '125?', 'null'],
      [null, 'Vård', '700', '720', '740'],
      [null, 'Summa', '2120', '1255', '1160'],
    ]);
  });

  it('keeps the last row of a copy cut off inside it, lines without blank lines between', () => {
    const text = ['Enhet', 'Utfall 2022', 'Utfall 2023', 'Alby', '10', '11', 'Berga', '20', '21', 'Dalby', '30', '31', 'Edsby', '40', ''].join('\n');
    const [t] = tablesOf(text);
    expect(rowsOf(t!)).toEqual([
      [null, 'Alby', '10', '11'],
      [null, 'Berga', '20', '21'],
      [null, 'Dalby', '30', '31'],
      [null, 'Edsby', '40?', 'null'],
    ]);
  });
});

/** The header gives the code column no title ("Län" / "Antal" / "Belopp" over four cells a row): written for this test. */
describe('cell-per-line records under an untitled code column', () => {
  const lines = ['Län', 'Antal', 'Belopp', '01', 'Stockholms län', '1 234', '5 678', '03', 'Uppsala län', '456', '789', '04', 'Södermanlands län', '321', '654', '05', 'Östergötlands län', '111', '222'];
  const expected = [
    ['01', 'Stockholms län', '1234', '5678'],
    ['03', 'Uppsala län', '456', '789'],
    ['04', 'Södermanlands län', '321', '654'],
    ['05', 'Östergötlands län', '111', '222'],
  ];

  it('reads code, label and values one cell a line, the titles over the label and the values', () => {
    const [t] = tablesOf(`${lines.join('\n')}\n`);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['Antal', 'Belopp']);
    expect(rowsOf(t!)).toEqual(expected);
    expect(t!.rows.map((r) => r.region?.code ?? null)).toEqual(['01', '03', '04', '05']);
  });

  it('reads them with a blank line between cells', () => {
    const [t] = tablesOf(`${lines.join('\n\n')}\n`);
    expect(rowsOf(t!)).toEqual(expected);
  });
});
