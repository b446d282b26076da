import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { noteGap } from '../../src/layout/note-gap.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Statements pasted one cell per line whose page left an empty note cell out altogether.
 * Written for this test.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => (c.value?.toFixed() ?? null) + (c.uncertain !== undefined ? '?' : ''))]);

describe('noteGap', () => {
  it('skips the note column for a figure that is no note number', () => {
    expect(noteGap(['Mnkr', 'Not', '2024', '2023', '2022'], ['-660', '-740'])).toBe(1);
    expect(noteGap(['Mnkr', 'Noter', 'Utfall'], ['12,5'])).toBe(1);
  });
  it('fills the value columns with a row of as many values, unless its whole first figure stands among decimals', () => {
    expect(noteGap(['Mnkr', 'Not', '2024', '2023'], ['70', '55'])).toBe(1);
    expect(noteGap(['Mnkr', 'Not', '2024', '2023', '2022'], ['29', '164,0', '163,4'])).toBe(0);
    expect(noteGap(['Mnkr', 'Not', '2024', '2023', '2022'], ['8', '-40'])).toBe(0);
  });
  it('does nothing without a note column second', () => {
    expect(noteGap(['Mnkr', '2024', 'Not'], ['-660'])).toBe(0);
    expect(noteGap(['Mnkr', 'Kod', '2024'], ['-660'])).toBe(0);
  });
});

describe('cell-per-line statements that leave the empty note cell out', () => {
  it('puts the figures of a row without a note under the years (blank lines between cells)', () => {
    const cells = ['Belopp i mnkr', 'Not', '2024', '2023', 'Intäkter', '1', '540', '610', 'Kostnader', '2', '-1 200', '-1 350', 'Nettokostnad', '-660', '-740', 'Skatter', '3', '700', '760', 'Avgifter', '4', '30', '35', 'Resultat', '70', '55'];
    const [t] = tablesOf(`${cells.join('\n\n')}\n`);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['2024', '2023']);
    expect(rowsOf(t!)).toEqual([
      ['Intäkter', '540000000', '610000000'],
      ['Kostnader', '-1200000000', '-1350000000'],
      ['Nettokostnad', '-660000000?', '-740000000?'],
      ['Skatter', '700000000', '760000000'],
      ['Avgifter', '30000000', '35000000'],
      ['Resultat', '70000000?', '55000000?'],
    ]);
  });

  it('does the same with one cell a line and no blank lines, decimals and a note on a short row', () => {
    const cells = ['Tkr', 'Noter', 'Utfall', 'Budget', 'Prognos', 'Taxor', '5', '1 250,5', '1 300,0', '1 280,0', 'Bidrag', '6', '800,0', '760,0', '790,5', 'Summa intäkter', '2 050,5', '2 060,0', '2 070,5', 'Personal', '7', '-1 900,0', '-1 950,0', '-1 940,0', 'Lokaler', '8', '-120,0', '-125,0'];
    const [t] = tablesOf(`${cells.join('\n')}\n`);
    expect(rowsOf(t!)).toEqual([
      ['Taxor', '1250500', '1300000', '1280000'],
      ['Bidrag', '800000', '760000', '790500'],
      ['Summa intäkter', '2050500?', '2060000?', '2070500?'],
      ['Personal', '-1900000', '-1950000', '-1940000'],
      // A note and two figures for three columns: put from the left, a guess.
      ['Lokaler', '-120000?', '-125000?', 'null'],
    ]);
  });
});
