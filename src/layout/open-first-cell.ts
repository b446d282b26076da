import { toGridCell } from './source-line.js';
import type { Grid, GridRow } from './types.js';

/**
 * A pipe table written without outer pipes prints a row whose first cell is empty from its
 * first pipe: the header row under years of a two-level header, or a row of units.
 *
 *   Område | 2022 | | 2023 |
 *   ---|---|---|---|---
 *   | Jan | Feb | Jan | Feb        ← the first cell is empty, "Jan" belongs under "2022"
 *   Norr | 100 | 200 | 110 | 210
 *
 * GFM takes the leading pipe for an outer pipe and shifts the row one column to the left. Where
 * the table's header line has no leading pipe, a row that has one and comes short of the
 * table's widest row (or ends in the empty cell the shift left over) gets its empty first cell back.
 */
export function openFirstCells(grid: Grid, lines: readonly string[]): Grid {
  const headerLine = lines[(grid.rows[0]?.location.line ?? 1) - 1] ?? '';
  if (headerLine.trimStart().startsWith('|')) return grid;
  const width = Math.max(0, ...grid.rows.map((row) => row.cells.length));
  let changed = false;
  const rows = grid.rows.map((row, r): GridRow => {
    if (r === 0) return row;
    const line = row.location.line ?? 0;
    const raw = lines[line - 1] ?? '';
    const lead = raw.length - raw.trimStart().length;
    if (raw.charAt(lead) !== '|' || row.cells.length === 0) return row;
    const last = row.cells[row.cells.length - 1]!;
    const short = row.cells.length < width;
    const emptyTail = row.cells.length === width && last.text.trim() === '';
    if (!short && !emptyTail) return row;
    changed = true;
    const empty = toGridCell(row.location.file, { raw, line }, lead, lead);
    empty.header = row.cells[0]!.header;
    const cells = [empty, ...row.cells];
    return { ...row, cells: cells.length > width ? cells.slice(0, width) : cells };
  });
  return changed ? { ...grid, rows } : grid;
}
