import { type Slot, toMatrix } from '../grid-matrix.js';
import type { Grid, GridCell } from '../types.js';

/**
 * OCR places a number's last digit group by the ink it saw, and may set it further off than a
 * space ("4993" and "796" for 4 993 796). When it does so in most rows, the group forms a
 * column of its own: three digits in each row, beside a column of numbers, with no header row
 * naming both. Such a pair is one column; its cells are joined ("4993 796", regrouped after).
 * Only on scanned pages: printed text places glyphs where they are.
 */
const GROUP = /^\d{3}$/;
const NUMBER = /^[-−–]?\d[\d \u00a0\u202f\u2009]*$/;
/** Of the rows with a number on the left, how many must have a group on the right. */
const SHARE = 0.8;
const MIN_ROWS = 2;

function splitGroupsAt(m: Slot[][], col: number): boolean {
  let withNumber = 0;
  let withGroup = 0;
  for (const row of m) {
    const left = row[col]!.cell;
    const right = row[col + 1]!.cell;
    if (left.header || right.header) {
      // A header row names at most one of the two: the header stands over the number or its group.
      if (left !== right && left.text.trim() !== '' && right.text.trim() !== '') return false;
      continue;
    }
    if (left === right || left.colspan !== 1 || right.colspan !== 1) return false;
    const l = left.text.trim();
    const r = right.text.trim();
    if (r !== '' && (!GROUP.test(r) || !NUMBER.test(l))) return false;
    if (NUMBER.test(l)) withNumber++;
    if (r !== '') withGroup++;
  }
  return withGroup >= MIN_ROWS && withGroup >= SHARE * withNumber;
}

function joinAt(grid: Grid, m: Slot[][], col: number): void {
  const done = new Set<GridCell>();
  m.forEach((slots, r) => {
    const left = slots[col]!.cell;
    const right = slots[col + 1]!.cell;
    if (done.has(right)) return;
    done.add(right);
    // One cell over both columns (also one spanning rows) just covers one column fewer.
    if (left === right) {
      left.colspan--;
      return;
    }
    const cells = grid.rows[r]!.cells;
    // A cell of this row only; the matrix fills short rows with blanks that no row holds.
    if (!cells.includes(left) || !cells.includes(right)) return;
    const l = left.text.trim();
    const t = right.text.trim();
    left.text = l === '' ? t : t === '' ? l : `${l} ${t}`;
    if (right.colspan > 1) right.colspan--;
    else cells.splice(cells.indexOf(right), 1);
  });
}

/** Joins every digit-group column of a scanned table with the number column to its left. */
export function joinSplitGroups(grid: Grid): void {
  const width = toMatrix(grid)[0]?.length ?? 0;
  // Column 0 holds the labels; a group column is never the first value column's left side.
  for (let col = width - 2; col >= 1; col--) {
    const m = toMatrix(grid);
    if (splitGroupsAt(m, col)) joinAt(grid, m, col);
  }
}
