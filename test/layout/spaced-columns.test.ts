import { describe, expect, it } from 'vitest';
import { linesToBlocks } from '../../src/layout/text-blocks.js';
import type { Grid } from '../../src/layout/types.js';
import type { Table } from '../../src/model/table.js';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/**
 * Columns set apart by single spaces, digit groups spaced too. Every example is written here;
 * values were worked out by hand from the example text (base units: kronor, persons).
 */
const blocks = (text: string) => linesToBlocks('t.txt', text.split('\n').map((raw, i) => ({ raw, line: i + 1 })));
const grids = (text: string): Grid[] => blocks(text).filter((b): b is Grid => b.kind === 'grid');
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
/** Rows as label and values (base units), "?" after a value the reading is not sure of. */
const read = (t: Table): string[][] =>
  t.rows.map((r) => [r.label, ...r.cells.map((c) => (c.value === null ? '' : c.value.toFixed()) + (c.uncertain !== undefined ? '?' : ''))]);

describe('spaced columns: digit runs split by digit-group rules', () => {
  it('reads a monthly report whose groups leave one split only', () => {
    const [t] = tablesOf(
      [
        'Biblioteket i siffror',
        '',
        'Månad Besökare Lån Evenemang',
        'Januari 12 045 3 210 14',
        'Februari 9 877 2 954 11',
        'Mars 14 302 4 018 19',
        'Summa 36 224 10 182 44',
      ].join('\n'),
    );
    expect(read(t!)).toEqual([
      ['Januari', '12045', '3210', '14'],
      ['Februari', '9877', '2954', '11'],
      ['Mars', '14302', '4018', '19'],
      ['Summa', '36224', '10182', '44'],
    ]);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['Besökare', 'Lån', 'Evenemang']);
    expect(t!.rows[3]!.kind).toBe('total');
  });

  it('places a total row with fewer values by the sums of the rows above', () => {
    const g = grids(
      [
        'Distrikt Röster Giltiga Ogiltiga Andel',
        'Centrum 4 512 4 480 32 99,3',
        'Hamnen 3 877 3 850 27 99,3',
        'Backen 2 950 2 941 9 99,7',
        'Totalt 11 339 11 271 68',
      ].join('\n'),
    );
    expect(g).toHaveLength(1);
    expect(g[0]!.source).toBe('spaced');
    const total = g[0]!.rows[4]!.cells;
    expect(total.map((c) => c.text)).toEqual(['Totalt', '11 339', '11 271', '68', '']);
    expect(total.some((c) => c.uncertain !== undefined)).toBe(false);
  });

  it('reads a row that splits more than one way by the sizes of its columns, and marks it uncertain', () => {
    const [t] = tablesOf(['Kostnadsslag 2022 2023', 'Lokaler 88 230 91 045', 'Personal 512 604 498 117', 'Övrigt 120 118 130 990'].join('\n'));
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['2022', '2023']);
    expect(read(t!)).toEqual([
      ['Lokaler', '88230', '91045'],
      ['Personal', '512604?', '498117?'],
      ['Övrigt', '120118?', '130990?'],
    ]);
  });

  it('takes the column count from the header when the digits allow fewer, and keeps a year as a row label', () => {
    const [t] = tablesOf(['År Inflyttade Utflyttade Netto', '2019 1 245 1 102 143', '2020 1 310 1 290 20', '2021 1 402 1 198 204'].join('\n'));
    // Inflyttade = Utflyttade + Netto in every row: that relation (row-sum-column.ts) leaves one split, a certain one.
    expect(read(t!)).toEqual([
      ['2019', '1245', '1102', '143'],
      ['2020', '1310', '1290', '20'],
      ['2021', '1402', '1198', '204'],
    ]);
  });

  it('reads a wrapped header with a note column, spaced minus signs and parts closed by a sum', () => {
    const ts = tablesOf(
      [
        'Belopp, tkr Not Utfall',
        '2023',
        'Prognos',
        '2024',
        '',
        'Intäkter',
        'Avgifter 2 4 150 4 400',
        'Bidrag 3 12 000 11 500',
        'Summa 16 150 15 900',
        '',
        'Kostnader',
        'Personal 4 – 9 800 – 10 250',
        'Lokaler – 2 100 – 2 200',
        'Summa – 11 900 – 12 450',
      ].join('\n'),
    );
    expect(ts).toHaveLength(2);
    expect(ts.map((t) => t.caption)).toEqual(['Intäkter', 'Kostnader']);
    // The note column refers to notes: a label, not a value column.
    expect(ts[0]!.columns).toHaveLength(2);
    expect(ts[0]!.rows[0]!.note).toBe('2');
    expect(read(ts[0]!)).toEqual([
      ['Avgifter', '4150000', '4400000'],
      ['Bidrag', '12000000', '11500000'],
      ['Summa', '16150000', '15900000'],
    ]);
    expect(read(ts[1]!)).toEqual([
      ['Personal', '-9800000', '-10250000'],
      ['Lokaler', '-2100000', '-2200000'],
      ['Summa', '-11900000', '-12450000'],
    ]);
  });

  it('after parts closed by a sum, begins a part at a blank line and a heading without a sum above it', () => {
    const ts = tablesOf(
      [
        '(tkr) Utfall',
        '2023',
        'Budget',
        '2024',
        'Skolnämnd',
        'Grundskola 410,5 422,0',
        'Gymnasium 120,0 125,5',
        'Summa 530,5 547,5',
        '',
        'Kulturnämnd',
        'Bibliotek 14,2 15,0',
        '',
        'Valnämnd',
        'Val 0,0 2,1',
        '',
        'Revision',
        'Revisorer 1,4 1,5',
      ].join('\n'),
    );
    expect(ts.map((t) => t.caption)).toEqual(['Skolnämnd', 'Kulturnämnd', 'Valnämnd', 'Revision']);
    expect(ts.map((t) => t.rows.map((r) => r.label))).toEqual([['Grundskola', 'Gymnasium', 'Summa'], ['Bibliotek'], ['Val'], ['Revisorer']]);
    expect(read(ts[1]!)).toEqual([['Bibliotek', '14200', '15000']]);
    expect(read(ts[3]!)).toEqual([['Revisorer', '1400', '1500']]);
  });

  it('keeps a heading after a blank line as a section when no sum has cut the table into parts', () => {
    const ts = tablesOf(
      ['(mnkr) Utfall', '2023', 'Budget', '2024', 'Norr', 'Umeå 12,0 13,4', 'Luleå 9,5 9,1', '', 'Syd', 'Malmö 30,0 31,2', 'Lund 15,0 14,8', 'Totalt 66,5 68,5'].join('\n'),
    );
    expect(ts).toHaveLength(1);
    expect(ts[0]!.rows.map((r) => r.label)).toEqual(['Umeå', 'Luleå', 'Syd', 'Malmö', 'Lund', 'Totalt']);
    expect(read(ts[0]!)[5]).toEqual(['Totalt', '66500000', '68500000']);
  });

  it('reads one-word column heads under title lines, finished by a line of words after the broken heads', () => {
    const ts = tablesOf(
      ['Avgifter 2024. Jämförelse mellan orter', 'Alby Berga Norra Stor- Lång-', 'Dalby Alby tidsmedel', 'Taxa A 12,50 13,00 12,75 12,90 12,80', 'Taxa B 8,25 8,00 8,10 8,30 8,15', 'Taxa C 4,10 4,20 4,00 4,05 4,15'].join('\n'),
    );
    expect(ts).toHaveLength(1);
    expect(ts[0]!.caption).toBe('Avgifter 2024. Jämförelse mellan orter');
    expect(ts[0]!.columns.map((c) => c.header)).toEqual([['Alby'], ['Berga'], ['Norra Dalby'], ['Stor-Alby'], ['Långtidsmedel']]);
    expect(read(ts[0]!)[0]).toEqual(['Taxa A', '12.5', '13', '12.75', '12.9', '12.8']);
  });

  it('reads one-word heads under a title without a wrapped line, and leaves words it cannot place to the title', () => {
    const [a] = tablesOf(['Elever per skola', 'Norr Söder Väster', 'Första 120 98 77', 'Andra 115 101 80', 'Tredje 118 95 82'].join('\n'));
    expect(a!.caption).toBe('Elever per skola');
    expect(a!.columns.map((c) => c.header)).toEqual([['Norr'], ['Söder'], ['Väster']]);
    // No head broken at a hyphen: which heads "län" and "stad" finish is not guessed.
    const [b] = tablesOf(['Elever per skola', 'Norr Söder Väster', 'län stad', 'Första 120 98 77', 'Andra 115 101 80', 'Tredje 118 95 82'].join('\n'));
    expect(b!.columns.map((c) => c.header)).not.toContainEqual(['Söder län']);
    expect(read(b!)[0]).toEqual(['Första', '120', '98', '77']);
  });

  it('takes a label on the line above its values, and a year line above a row without label', () => {
    const [t] = tablesOf(['Andel i procent Män Kvinnor', '1998', '41,2 .. 3,5', '1999', '40,8 12,1 3,4', '2000', '39,9 12,4 3,3'].join('\n'));
    expect(read(t!)).toEqual([
      ['1998', '41.2', '?', '3.5'],
      ['1999', '40.8', '12.1', '3.4'],
      ['2000', '39.9', '12.4', '3.3'],
    ]);
    expect(t!.rows[0]!.cells[1]!.uncertain).toBe('..');
  });

  it('reads a lone "." (cannot occur) as a blank, in a row with a label and under a year line', () => {
    const [a] = tablesOf(['Kommun Skola Kyrka', 'Alby 12,5 0,9', 'Berga 13,1 .', 'Dalby 11,9 .', 'Edsby 12,2 1,1'].join('\n'));
    expect(read(a!)).toEqual([
      ['Alby', '12.5', '0.9'],
      ['Berga', '13.1', '?'],
      ['Dalby', '11.9', '?'],
      ['Edsby', '12.2', '1.1'],
    ]);
    const [b] = tablesOf(['År Total Stat Kyrka', '2008', '30,1 20,0 .', '2009', '30,2 20,1 .', '2010', '30,4 20,2 .'].join('\n'));
    expect(read(b!)).toEqual([
      ['2008', '30.1', '20', '?'],
      ['2009', '30.2', '20.1', '?'],
      ['2010', '30.4', '20.2', '?'],
    ]);
  });

  it('keeps notes beside values ("1 234 1)", "12 500*", "87 (se not 3)") out of the number', () => {
    const [t] = tablesOf(['Kommun Elever Lärare', 'Alby 1 234 1) 88', 'Berga 12 500* 410', 'Dalby 87 (se not 3) 7', 'Summa 13 821 505'].join('\n'));
    expect(read(t!)).toEqual([
      ['Alby', '1234', '88'],
      ['Berga', '12500', '410'],
      ['Dalby', '87', '7'],
      ['Summa', '13821', '505'],
    ]);
    expect(t!.rows.slice(0, 3).map((r) => r.cells[0]!.note)).toEqual(['1)', '*', '(se not 3)']);
  });

  it('reads dashes and ".." as cells that give no certain number', () => {
    const [t] = tablesOf(['Län Ansökningar Beviljade', 'Norra 45 –', 'Södra .. 12', 'Östra 130 98', 'Västra 7 0'].join('\n'));
    expect(read(t!)).toEqual([
      ['Norra', '45', '0?'],
      ['Södra', '?', '12'],
      ['Östra', '130', '98'],
      ['Västra', '7', '0'],
    ]);
  });

  it('leaves prose and short runs alone', () => {
    expect(grids('Under året kom 12 045 besökare och 3 210 lån gjordes. Det är fler än 2022.\nNästa år väntas 13 000 besökare.')).toEqual([]);
    // Two rows are too short a run for this reader; the last reader of rows no reader took
    // (figure-rows-table.ts) reads them by their header, every cell set apart by one space uncertain.
    expect(grids('Skola Elever Lärare\nNorra 120 12\nSödra 98 9').map((g) => g.rows.map((r) => r.cells.map((c) => c.text + (c.readBy ? '?' : ''))))).toEqual([
      [
        ['Skola', 'Elever', 'Lärare'],
        ['Norra', '120?', '12?'],
        ['Södra', '98?', '9?'],
      ],
    ]);
  });
});

describe('a sum over single-space columns can only warn', () => {
  // Even a split that fits one way rests on digit groups, not printed columns: a mismatch is a
  // warning naming the cell, never an error. Two layouts: a monthly report and a budget in tkr.
  const severities = (text: string) => findingsOf(columnTotal, [{ file: 'case.txt', text }]).map((f) => [f.severity, /enkla mellanslag/.test(f.message)]);
  it('a monthly report whose Summa is 100 off', () => {
    const text = ['Månad Besökare Lån Evenemang', 'Januari 12 045 3 210 14', 'Februari 9 877 2 954 11', 'Mars 14 302 4 018 19', 'Summa 36 324 10 182 44'].join('\n');
    expect(severities(text)).toEqual([['warning', true]]);
  });
  it('a budget in tkr whose total row is 1 000 off', () => {
    const text = ['Belopp i tkr 2024 2025', 'Skolan 120 500 118 250', 'Omsorgen 340 200 352 900', 'Kulturen 12 300 12 050', 'Totalt 474 000 483 200'].join('\n');
    expect(severities(text)).toEqual([['warning', true]]);
  });
});
