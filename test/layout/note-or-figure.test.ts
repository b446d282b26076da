import { describe, expect, it } from 'vitest';
import { figureOverNote, sizeSpread } from '../../src/layout/note-or-figure.js';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Rows under a note column whose first figure may be a note or the first digits of a value.
 * Every example is written here; values worked out by hand (base units: kronor).
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => (c.value?.toFixed() ?? null) + (c.uncertain !== undefined ? '?' : ''))]);

describe('figureOverNote: the reading whose values are more alike in size', () => {
  it('weighs the sizes of the values with and without the note', () => {
    expect(sizeSpread([5, 5])).toBe(0);
    expect(sizeSpread([3, 5])).toBe(2);
    // "18 506 19 239": note 18 leaves 506 and 19 239 (3 and 5 digits); no note leaves 5 and 5.
    expect(figureOverNote([3, 5], [5, 5])).toBe(true);
    // "1 122 185 118 582": note 1 leaves 6 and 6 digits; no note leaves 7 and 6.
    expect(figureOverNote([6, 6], [7, 6])).toBe(false);
    // Equal spread and nothing known of the columns: the noted reading stays.
    expect(figureOverNote([4, 4], [4, 4])).toBe(false);
    // "10 854 9 960": note 10 leaves 3 and 4 digits, no note 5 and 4; equal spread, and the
    // columns above hold values of 5 and 4 digits: the reading without a note is nearer.
    expect(figureOverNote([3, 4], [5, 4], [5, 4])).toBe(true);
    expect(figureOverNote([3, 4], [5, 4], [3, 4])).toBe(false);
  });
});

describe('result rows without a note under a note column', () => {
  it('reads a company statement in thousands, the result rows as guesses', () => {
    const text = [
      'Resultaträkning, tkr   ',
      '',
      'Tkr Not 2023 2022',
      'Hyresintäkter 2 84 310 81 977',
      'Driftkostnader 3 -52 118 -50 406',
      'Rörelseresultat 32 192 31 571',
      'Räntekostnader 4 -6 405 -5 980',
      'Resultat efter finansiella poster 25 787 25 591',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(rowsOf(t!)).toEqual([
      ['Hyresintäkter', '84310000', '81977000'],
      ['Driftkostnader', '-52118000', '-50406000'],
      ['Rörelseresultat', '32192000?', '31571000?'],
      ['Räntekostnader', '-6405000', '-5980000'],
      ['Resultat efter finansiella poster', '25787000?', '25591000?'],
    ]);
  });

  it('reads a three-year budget in millions, keeping a real note whose values are even', () => {
    const text = [
      'Budget i sammandrag',
      '',
      'Mnkr Not Budget 2024 Plan 2025 Plan 2026',
      'Avgifter 7 310 298 305',
      'Skatteintäkter 8 1 240 1 198 1 302',
      'Resultat 12 310 12 905 13 100',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(rowsOf(t!)).toEqual([
      ['Avgifter', '310000000', '298000000', '305000000'],
      ['Skatteintäkter', '1240000000', '1198000000', '1302000000'],
      ['Resultat', '12310000000?', '12905000000?', '13100000000?'],
    ]);
  });
});
