import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Statements pasted one cell a line, with a note column. A note cell may list notes ("3, 4"):
 * it is the row's note cell like a single note, not a label that ends the table. A section
 * heading with no cells at all may stand over a row that left its note cell out: the table goes on.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table | undefined) => t?.rows.map((r) => [r.label, r.note ?? null, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);
/** Each cell on its line followed by a line of only a border, an empty cell a border line alone. */
const barred = (cells: string[]): string => `${cells.flatMap((c) => (c ? [c, '|'] : ['|'])).join('\n')}\n`;

describe('a note cell listing notes, one cell a line', () => {
  it('keeps the rows with "3, 4" and "5, 6, 7" in the table, the list their note', () => {
    const text = ['Resultaträkning, tkr', '', 'Kostnadsslag', 'Not', '2024', '2023', 'Intäkter', '2', '5 400', '5 100', 'Personalkostnader', '3, 4', '-3 200', '-3 050', 'Övriga kostnader', '5, 6, 7', '-1 500', '-1 420', 'Avskrivningar', '8', '-300', '-280', 'Resultat', '400', '350', ''].join('\n');
    const [t] = tablesOf(text);
    expect(t!.columns.map((c) => c.header)).toEqual([['2024'], ['2023']]);
    expect(rowsOf(t)).toEqual([
      ['Intäkter', '2', '5400000', '5100000'],
      ['Personalkostnader', '3, 4', '-3200000', '-3050000'],
      ['Övriga kostnader', '5, 6, 7', '-1500000', '-1420000'],
      ['Avskrivningar', '8', '-300000', '-280000'],
      ['Resultat', null, '400000', '350000'],
    ]);
  });

  it('does so when every cell is followed by a border line', () => {
    const text = barred(['Mnkr', 'Not', 'Utfall 2023', 'Budget 2023', 'Skatteintäkter', '12, 13', '2 410', '2 395', 'Statsbidrag', '14', '610', '600', 'Nettokostnader', '15, 16, 17', '-2 950', '-2 930', 'Finansnetto', '18', '25', '20', 'Resultat', '', '95', '85']);
    const [t] = tablesOf(text);
    expect(t!.columns.map((c) => c.header)).toEqual([['Utfall 2023'], ['Budget 2023']]);
    expect(rowsOf(t)).toEqual([
      ['Skatteintäkter', '12, 13', '2410000000', '2395000000'],
      ['Statsbidrag', '14', '610000000', '600000000'],
      ['Nettokostnader', '15, 16, 17', '-2950000000', '-2930000000'],
      ['Finansnetto', '18', '25000000', '20000000'],
      ['Resultat', null, '95000000', '85000000'],
    ]);
  });
});

describe('a heading over a row that left its note cell out, one cell a line', () => {
  it('reads on past "Kostnader" over "Lokaler" / "-410" / "-395"', () => {
    const text = ['Verksamhetens utfall (tkr)', '', 'Post', 'Not', '2024', '2023', 'Intäkter', 'Avgifter', '1', '820', '790', 'Bidrag', '2', '140', '150', 'Kostnader', 'Lokaler', '-410', '-395', 'Personal', '4', '-500', '-480', 'Resultat', '50', '65', ''].join('\n');
    const [t] = tablesOf(text);
    expect(rowsOf(t)).toEqual([
      ['Intäkter', null, null, null],
      ['Avgifter', '1', '820000', '790000'],
      ['Bidrag', '2', '140000', '150000'],
      ['Kostnader', null, null, null],
      ['Lokaler', null, '-410000', '-395000'],
      ['Personal', '4', '-500000', '-480000'],
      ['Resultat', null, '50000', '65000'],
    ]);
  });

  it('does so when every cell is followed by a border line and the heading\'s empty cells are borders alone', () => {
    const text = barred(['Belopp i tkr', 'Not', '2022', '2021', 'Verksamhetens intäkter', '', '', '', 'Taxor', '6', '1 200', '1 150', 'Hyror', '8', '300', '310', 'Finansnetto', '', '', '', 'Ränteintäkter', '', '12', '9', 'Räntekostnader', '9', '-40', '-35', 'Summa', '', '1 472', '1 434']);
    const [t] = tablesOf(text);
    expect(rowsOf(t)).toEqual([
      ['Verksamhetens intäkter', null, null, null],
      ['Taxor', '6', '1200000', '1150000'],
      ['Hyror', '8', '300000', '310000'],
      ['Finansnetto', null, null, null],
      ['Ränteintäkter', null, '12000', '9000'],
      ['Räntekostnader', '9', '-40000', '-35000'],
      ['Summa', null, '1472000', '1434000'],
    ]);
  });
});
