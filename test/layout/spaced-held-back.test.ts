import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A figure held back below a threshold ("<5", a count too small to publish) in a single-spaced
 * row: a cell of its own with no number, as in any other rendering. Examples written for this
 * test ("_" stands for a no-break space).
 */
const tablesOf = (lines: string[]): readonly Table[] => docOf({ file: 'case.txt', text: lines.join('\n').replace(/_/g, '\u00a0') + '\n' }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => (c.value?.toFixed() ?? null) + (c.uncertain !== undefined ? '?' : ''))]);

describe('figures held back in single-spaced rows', () => {
  it('reads "<5" as a cell without a number, between figures and at a row\'s start', () => {
    const [t] = tablesOf(['Kommun Män Kvinnor Totalt', 'Ale 12 <5 15', 'Bjuv <5 7 9', 'Dals-Ed 21 18 39', 'Eda 6 8 14']);
    expect(rowsOf(t!)).toEqual([
      ['Ale', '12', 'null?', '15'],
      ['Bjuv', 'null?', '7', '9'],
      ['Dals-Ed', '21', '18', '39'],
      ['Eda', '6', '8', '14'],
    ]);
    expect(t!.rows[0]!.cells[1]!.raw).toBe('<5');
  });

  it('does so at a row\'s end, under years, the figures grouped by no-break spaces', () => {
    const [t] = tablesOf(['Län 2021 2022', 'Uppsala län 1_204 <5', 'Gotlands län 312 298', 'Kalmar län <5 1_050', 'Hallands län 2_400 2_615']);
    expect(rowsOf(t!)).toEqual([
      ['Uppsala län', '1204', 'null?'],
      ['Gotlands län', '312', '298'],
      ['Kalmar län', 'null?', '1050'],
      ['Hallands län', '2400', '2615'],
    ]);
  });
});
