import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A lone dash before a figure in a single-spaced table whose figures group by fine spaces ("_"
 * a no-break space, "~" a thin space below): every figure is a cell there, so the dash is a
 * blank cell or the figure's sign as the table's column count has it. Examples written for this test.
 */
const tablesOf = (lines: string[]): readonly Table[] =>
  docOf({ file: 'case.txt', text: lines.join('\n').replace(/_/g, '\u00a0').replace(/~/g, '\u2009') + '\n' }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => (c.value?.toFixed() ?? null) + (c.uncertain !== undefined ? '?' : ''))]);

describe('lone dashes where every figure is a cell', () => {
  it('reads a dash before a figure as a blank cell where the row fills the columns so', () => {
    const [t] = tablesOf(['Kommun 2021 2022 2023', 'Ale 27_034 – 56_697', 'Bjuv – 85_569 14_242', 'Eda 85_454 62_908 –', 'Hjo 3_626 1_450 2_980']);
    // A dash cell reads as zero, uncertain, as in any rendering.
    expect(rowsOf(t!)).toEqual([
      ['Ale', '27034', '0?', '56697'],
      ['Bjuv', '0?', '85569', '14242'],
      ['Eda', '85454', '62908', '0?'],
      ['Hjo', '3626', '1450', '2980'],
    ]);
  });

  it('reads it so beside signs set against their figures, and as a sign where the row has a figure too many otherwise', () => {
    const [t] = tablesOf([
      'Verksamhet Utfall Budget Avvikelse',
      'Skola 5~315,41 – −1~204,50',
      'Vård – 6~359,91 4~994,17',
      'Kultur 716,19 820,00 −103,81',
      'Fritid 1~678,48 1~500,00 178,48',
      'Park 2~100,00 2~300,00 – 200,00',
    ]);
    expect(rowsOf(t!)).toEqual([
      ['Skola', '5315.41', '0?', '-1204.5'],
      ['Vård', '0?', '6359.91', '4994.17'],
      ['Kultur', '716.19', '820', '-103.81'],
      ['Fritid', '1678.48', '1500', '178.48'],
      ['Park', '2100', '2300', '-200'],
    ]);
  });
});
