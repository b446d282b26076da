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

/** The cell of `row` that covers column `col` (cells may span), with its index. */
function cellAt(cells: GridCell[], col: number): { cell: GridCell; index: number; start: number } | null {
  let start = 0;
  for (let index = 0; index < cells.length; index++) {
    const cell = cells[index]!;
    if (col < start + cell.colspan) return { cell, index, start };
    start += cell.colspan;
  }
  return null;
}

function width(grid: Grid): number {
  return Math.max(0, ...grid.rows.map((r) => r.cells.reduce((n, c) => n + c.colspan, 0)));
}

function splitGroupsAt(grid: Grid, col: number): boolean {
  let withNumber = 0;
  let withGroup = 0;
  for (const row of grid.rows) {
    const left = cellAt(row.cells, col);
    const right = cellAt(row.cells, col + 1);
    if (row.cells.some((c) => c.header)) {
      // A header row names at most one of the two: the header stands over the number or its group.
      if (left && right && left.cell !== right.cell && left.cell.text.trim() !== '' && right.cell.text.trim() !== '') return false;
      continue;
    }
    if (!left || !right || left.cell === right.cell || left.cell.colspan !== 1 || right.cell.colspan !== 1) return false;
    const l = left.cell.text.trim();
    const r = right.cell.text.trim();
    if (r !== '' && (!GROUP.test(r) || !NUMBER.test(l))) return false;
    if (NUMBER.test(l)) withNumber++;
    if (r !== '') withGroup++;
  }
  return withGroup >= MIN_ROWS && withGroup >= SHARE * withNumber;
}

function joinAt(grid: Grid, col: number): void {
  for (const row of grid.rows) {
    const left = cellAt(row.cells, col);
    const right = cellAt(row.cells, col + 1);
    if (!left || !right) continue;
    if (left.cell === right.cell) {
      left.cell.colspan--;
      continue;
    }
    const l = left.cell.text.trim();
    const r = right.cell.text.trim();
    left.cell.text = l === '' ? r : r === '' ? l : `${l} ${r}`;
    if (right.cell.colspan > 1) right.cell.colspan--;
    else row.cells.splice(right.index, 1);
  }
}

/** Joins every digit-group column of a scanned table with the number column to its left. */
export function joinSplitGroups(grid: Grid): void {
  // Column 0 holds the labels; a group column is never the first value column's left side.
  for (let col = width(grid) - 2; col >= 1; col--) if (splitGroupsAt(grid, col)) joinAt(grid, col);
}
