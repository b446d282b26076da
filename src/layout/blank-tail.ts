import type { Grid } from './types.js';

/**
 * Rows copied as text lose their empty cells. A table whose last column is filled in one row
 * only (an amending budget, a revised figure) then has one row with a value more than the rest:
 *
 *   Totala inkomster 47,6 48,9 -1,3 525,7
 *   Totala utgifter 68,0 60,7 7,3 382,3 0,3
 *   Budgetsaldo -20,4 -11,8 -8,6 143,4
 *
 * Read with the count most rows need, the row with the extra value would end the table, which
 * is then too short to be one and is not read at all. When every row can be read one way only
 * (each value closed by its decimals, so no count is a guess), the rows with more values are a
 * minority, at most MAX_EXTRA values wider, and the rows above the first of them are too few to
 * make a table, the table is as wide as those rows: the others are short, their values put from
 * the left and marked uncertain. A wider row whose first value is written unlike the others'
 * (an integer where they have decimals) is a label ending in a number instead.
 */
const MAX_EXTRA = 2;

export interface CountRange {
  min: number;
  max: number;
}

/** The column count that keeps the wider rows in the table, or null when the count stands. */
export function blankTailWidth(ranges: readonly CountRange[], count: number, minRows: number, firstValues: readonly string[] = []): number | null {
  const first = ranges.findIndex((r) => r.min > count);
  if (first < 0 || first >= minRows) return null;
  if (!ranges.every((r) => r.min === r.max)) return null;
  const wider = ranges.filter((r) => r.min > count);
  const widest = Math.max(...wider.map((r) => r.min));
  if (widest > count + MAX_EXTRA || wider.length * 2 >= ranges.length) return null;
  // A wider row whose first value is written unlike the other rows' first values ("UO 4 52,6"
  // under rows opening with "71,2") ends its label in a number: that is not an extra column.
  const decimals = (t: string): boolean => t.includes(',');
  const others = firstValues.filter((_, k) => ranges[k]!.min <= count);
  const usual = others.filter(decimals).length * 2 > others.length;
  if (firstValues.some((t, k) => ranges[k]!.min > count && decimals(t) !== usual)) return null;
  return widest;
}

/** Why the values of a short row stand where they stand. */
export const SHORT_ROW = 'the row has fewer values than the table has columns: its values are put from the left, its empty cells taken to be the last';

/**
 * Puts the values of each short row of a blank-tail table from the left, in order, and marks
 * them uncertain. Rows are changed in place; header rows and rows without values are left as they are.
 */
export function putShortRowsLeft(grid: Grid): Grid {
  for (const row of grid.rows) {
    const values = row.cells.slice(1);
    if (row.cells.some((c) => c.header)) continue;
    const filled = values.filter((c) => c.text.trim() !== '');
    if (filled.length === 0 || filled.length === values.length) continue;
    const empty = values.filter((c) => c.text.trim() === '');
    for (const c of filled) {
      c.uncertain = c.uncertain ?? SHORT_ROW;
      c.placedByGuess = true;
    }
    row.cells = [row.cells[0]!, ...filled, ...empty];
  }
  return grid;
}
