import { describe, expect, it } from 'vitest';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/**
 * Tables printed in a monospace font, columns set apart by single spaces where the figures are
 * wide, an empty cell only a wider gap: written for this test, figures right-aligned to the
 * character, sums checked by hand.
 */
const cellsOf = (text: string) =>
  docOf({ file: 't.txt', text }).tables[0]!.rows.map((r) => [r.label, ...r.cells.map((c) => (c.value === null ? '' : `${c.value.toString()}${c.uncertain !== undefined ? '?' : ''}${c.placedByGuess ? '~' : ''}`))]);

describe('figures placed by the columns\' character places', () => {
  const years = [
    'Kommun        2021   2022   2023',
    'Ale            400    420    450',
    'Alingsås     1 300           310',
    'Borås          900 12 950',
    'Lerum                 200    210',
    'Summa        2 600 13 570    970',
  ];

  it('puts a short row\'s figures under their years and reads "900 12 950" as two figures', () => {
    const text = years.join('\n');
    expect(cellsOf(text)).toEqual([
      ['Ale', '400', '420', '450'],
      ['Alingsås', '1300', '', '310'],
      ['Borås', '900', '12950', ''],
      ['Lerum', '', '200', '210'],
      ['Summa', '2600', '13570', '970'],
    ]);
    // Still split by a reading of spaces, not by printed cells.
    expect(docOf({ file: 't.txt', text }).tables[0]!.rows[1]!.cells[0]!.readBy).toBe('spaced');
    // 400 + 1 300 + 900 = 2 600, 420 + 12 950 + 200 = 13 570, 450 + 310 + 210 = 970.
    expect(findingsOf(columnTotal, text).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('places rows of quarters with two empty cells each', () => {
    const text = [
      'Besök per område och kvartal, antal',
      '',
      'Område       2020   2021   2022   2023',
      'Norr       12 345 13 020  9 870 11 002',
      'Mitt        8 100         7 450  8 020',
      'Syd                5 400         6 100',
      'Väst       10 230 10 980  9 120 12 450',
      'Totalt     30 675 29 400 26 440 37 572',
    ].join('\n');
    expect(cellsOf(text)).toEqual([
      ['Norr', '12345', '13020', '9870', '11002'],
      ['Mitt', '8100', '', '7450', '8020'],
      ['Syd', '', '5400', '', '6100'],
      ['Väst', '10230', '10980', '9120', '12450'],
      ['Totalt', '30675', '29400', '26440', '37572'],
    ]);
  });

  it('keeps its doubt where a figure ends at no column\'s place, and reads nothing by places in a table not aligned', () => {
    // "200" ends one place short of the 2022 column: the row stays as the wide gap before it places it, in doubt.
    const off = years.map((l) => (l.startsWith('Lerum') ? 'Lerum                200    210' : l)).join('\n');
    expect(cellsOf(off)[3]).toEqual(['Lerum', '', '200?~', '210?~']);
    // Single spaces only: no column has a place; the short row is placed by the column sums, still in doubt.
    const plain = ['Kommun 2021 2022 2023', 'Ale 400 420 450', 'Alingsås 1 300 310', 'Borgholm 300 320 340', 'Summa 2 000 740 1 100'].join('\n');
    expect(cellsOf(plain)[1]).toEqual(['Alingsås', '1300?~', '', '310?~']);
  });
});

describe('a short row in a table aligned by wide gaps', () => {
  it('marks a figure standing between two columns a guess, so the sums over it warn', () => {
    // "200" ends as far from the 2021 column's edge as from 2022's; "210" ends at 2023's.
    const text = [
      'Kommun            2021      2022      2023',
      'Ale                400       420       450',
      'Lerum                   200            210',
      'Borgholm           300       320       340',
      'Summa              700       940     1 000',
    ].join('\n');
    expect(cellsOf(text)[1]).toEqual(['Lerum', '200?~', '', '210']);
    // Read into 2021 for certain, 400 + 200 + 300 = 900 against 700 was an error; the page meant 2022 (940).
    expect(findingsOf(columnTotal, text).map((f) => f.severity)).toEqual(['warning', 'warning']);
  });

  it('places a figure at its column\'s edge, a character off included', () => {
    const text = ['Kommun        2021   2022   2023', 'Ale            400    420    450', 'Lerum                200    210', 'Borgholm       300    320    340', 'Summa          700    940  1 000'].join('\n');
    expect(cellsOf(text)[1]).toEqual(['Lerum', '', '200', '210']);
    expect(findingsOf(columnTotal, text).filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
