import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/** Single-spaced tables with one row whose empty cells are a run of spaces; written for this test in two layouts. */
const rowsOf = (text: string) =>
  docOf({ file: 'g.txt', text }).tables.map((t) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]));

describe('a wide gap in a single-spaced row stands for its empty cells', () => {
  it('puts the figure after the gap in the last column, and the year and mark before it in the label', () => {
    // Nya 1 032 + 1 509 + 6 513 = 9 054; Äldre 3 662; Totalt 1 032 + 5 171 + 6 513 + 1 209 = 13 925.
    const text = [
      'Värde per valör (miljoner kronor)', '',
      'Valör Nya sedlar Äldre sedlar Totalt',
      '20 1 032 1 032',
      '100 1 509 3 662 5 171',
      '200 6 513 6 513',
      'Sedlar ogiltiga 2016 *     1 209',
      'Totalt 9 054 3 662 13 925',
      '',
    ].join('\n');
    const rows = rowsOf(text)[0]!;
    expect(rows[3]).toEqual(['Sedlar ogiltiga 2016 *', null, null, '1209000000']);
  });

  it('puts two figures after the gap in the last two columns, in another wording, with no total to place them by', () => {
    const text = [
      'Antal ärenden', '',
      'Nämnd Överklagade Återförvisade Inkomna Avgjorda',
      'Bygg 12 3 412 398',
      'Miljö 6 1 210 205',
      'Kultur 3 0 95 90',
      // Small figures as the first columns hold: only the gap says they are the last two.
      'Socialnämnden (ny 2023)     4 2',
      // No total row: no sum tells where the two figures stand, only the gap.
      '',
    ].join('\n');
    const rows = rowsOf(text)[0]!;
    expect(rows[3]).toEqual(['Socialnämnden (ny 2023)', null, null, '4', '2']);
  });

  it('leaves a short row of a table padded into columns alone: there the gap is padding', () => {
    const text = [
      'tkr.', '',
      '                                    Utfall',
      '                                        Budget efter',
      '                                 2022      ändringar',
      'Revision                        989,0         967,6',
      'Grundskola                      429,7         432,2',
      'Information och kommunikation   775,3',
      'Fritid och kultur               212,5         201,0',
    ].join('\n');
    expect(rowsOf(text)[0]![2]).toEqual(['Information och kommunikation', '775300', null]);
  });

  it('leaves a row alone whose spaces are not one wide gap before its figures', () => {
    // Spaces at the end of the line stand for nothing; the row keeps its reading by sizes.
    const text = ['Antal ärenden', '', 'Nämnd Inkomna Avgjorda Överklagade', 'Bygg 412 398 12', 'Miljö 210 205 6', 'Kultur 95 90     ', 'Summa 717 693 18', ''].join('\n');
    expect(rowsOf(text)[0]![2]).toEqual(['Kultur', '95', '90', null]);
  });
});
