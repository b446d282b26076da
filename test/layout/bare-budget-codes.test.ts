import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A budget table copied one cell a line sets each chapter's and moment's code ("410", "41000") on
 * a line of its own before the name, under no code title. Read as a value, the code ended the row
 * above as one more figure, and fed its sums. The code is the next row's: its code, never a figure.
 * Examples written for this test (invented figures).
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

const cells = [
  'Huvudtitel', 'Anslag', 'Inkomster',
  'Näringsavdelningen', '250 000', '12 000',
  '410', 'Allmän förvaltning', '150 000', '12 000',
  '41000', 'Allmän förvaltning, verksamhet', '150 000', '12 000',
  '420', 'Turism', '100 000', '0',
  '42000', 'Turismfrämjande', '100 000', '0',
  'Socialavdelningen', '-60 000', '5 000',
  '610', 'Hälsovård', '-60 000', '5 000',
  '61000', 'Hälsovård, verksamhet', '-60 000', '5 000',
];
const expected = [
  ['Näringsavdelningen', '250000', '12000'],
  ['Allmän förvaltning', '150000', '12000'],
  ['Allmän förvaltning, verksamhet', '150000', '12000'],
  ['Turism', '100000', '0'],
  ['Turismfrämjande', '100000', '0'],
  ['Socialavdelningen', '-60000', '5000'],
  ['Hälsovård', '-60000', '5000'],
  ['Hälsovård, verksamhet', '-60000', '5000'],
];

describe('bare budget codes between the rows of a table pasted one cell a line', () => {
  it('reads each code as the next row’s, one cell a line', () => {
    const [t] = tablesOf(`Ändrad budget för år 2026\n\n${cells.join('\n')}\n`);
    expect(rowsOf(t!)).toEqual(expected);
    expect(t!.columns.length).toBe(2);
  });

  it('reads each code as the next row’s, a blank line between cells and a name wrapped under its code', () => {
    const wrapped = [...cells.slice(0, -4), 'Hälsovård och', 'sjukvård, verksamhet', '-60 000', '5 000'];
    const [t] = tablesOf(`Ändrad budget för år 2026\n\n${wrapped.join('\n\n')}\n`);
    expect(rowsOf(t!)).toEqual([...expected.slice(0, -1), ['Hälsovård och sjukvård, verksamhet', '-60000', '5000']]);
    expect(t!.columns.length).toBe(2);
  });

  it('reads them so where empty cells are lines holding a space, in runs of any length between the rows', () => {
    const space = (n: number): string[] => Array<string>(n).fill(' ');
    const uneven = [
      'Anslag', 'Inkomster', ...space(2), 'Äb 2026', 'Äb 2026', ...space(1),
      'Utbildningsavdelningen', ...space(1), '480 500', '20 000', ...space(5),
      '510', 'Gymnasieskolor', '300 000', '20 000', ...space(6),
      '51000', 'Gymnasieskolor, verksamhet', '300 000', '20 000', ...space(2),
      'Högskolor', ...space(1), '180 500', '0', ...space(5),
      '520', 'Högskolan', '180 500', '0', ...space(6),
      '52000', 'Högskolan, verksamhet', '180 500', '0', ...space(2),
    ];
    const [t] = tablesOf(`Budget\n\n${uneven.join('\n\n')}\n`);
    expect(rowsOf(t!)).toEqual([
      ['Utbildningsavdelningen', '480500', '20000'],
      ['Gymnasieskolor', '300000', '20000'],
      ['Gymnasieskolor, verksamhet', '300000', '20000'],
      ['Högskolor', '180500', '0'],
      ['Högskolan', '180500', '0'],
      ['Högskolan, verksamhet', '180500', '0'],
    ]);
  });

  it('leaves a last column of three-digit figures a column of figures', () => {
    const counts = [
      'Kommun', 'Bidrag', 'Elever',
      'Ankeby', '250 000', '120',
      'Bergby', '150 000', '310',
      'Dalby', '100 000', '205',
      'Ekby', '60 000', '95',
    ];
    const [t] = tablesOf(`Bidrag per kommun\n\n${counts.join('\n')}\n`);
    expect(rowsOf(t!)).toEqual([
      ['Ankeby', '250000', '120'],
      ['Bergby', '150000', '310'],
      ['Dalby', '100000', '205'],
      ['Ekby', '60000', '95'],
    ]);
  });

  it('leaves last figures that do not nest as codes do figures, a four-digit one without its group space too', () => {
    const statement = [
      'Post', '2024', '2023', '2022',
      'Skatteintäkter', '4 120', '3 980', '186',
      'Generella statsbidrag', '1 350', '1 210', '542',
      'Finansiella intäkter', '96', '88', '768',
      'Summa intäkter', '5 566', '5 278', '1002',
      'Verksamhetens kostnader', '-5 210', '-4 990', '-880',
    ];
    const [t] = tablesOf(`Resultat\n\n${statement.join('\n')}\n`);
    expect(rowsOf(t!).map((r) => r.slice(0, 4))).toEqual([
      ['Skatteintäkter', '4120', '3980', '186'],
      ['Generella statsbidrag', '1350', '1210', '542'],
      ['Finansiella intäkter', '96', '88', '768'],
      ['Summa intäkter', '5566', '5278', '1002'],
      ['Verksamhetens kostnader', '-5210', '-4990', '-880'],
    ]);
  });
});
