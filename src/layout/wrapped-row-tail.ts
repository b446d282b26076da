import { Decimal } from 'decimal.js';
import { plainValue } from './plain-value.js';
import type { Grid, GridRow } from './types.js';

/**
 * A web table copied as text can break a row inside it, so that its last cells stand on lines of
 * their own under it:
 *
 *   Samtliga 596 841 296 295 300 546
 *   65- år 93 915
 *   51 234
 *   42 681
 *   Medelålder 39,3 40,1 38,5
 *
 * Read line by line, the row has one value of three and two rows with no label follow, each with
 * one value. When a row fills only its first k value columns and as many lone-value lines as it
 * lacks follow it at once (the next line is a labelled row or ends the table), those values are
 * the row's missing cells, in order. Fewer lines than it lacks: the copy broke the row where the
 * page left a cell empty ("20 1 032" / "1 032" under three columns), so the empty cells stand at
 * the break and the lines fill the row's last columns. A lone value that is the sum of the rows above it is a
 * sum line, not a tail, and stays. The placing is a reading, so the moved cells are marked
 * (`readBy: 'wrapped'`): a sum over them can only warn.
 */

const GROUPED = /^[-−–]?\d{1,3}(?:[ \u00a0\u202f]\d{3})*(?:,\d+)?$/;

function value(text: string): Decimal | null {
  const t = text.trim();
  return GROUPED.test(t) ? plainValue(t) : null;
}

const filled = (row: GridRow): boolean[] => row.cells.slice(1).map((c) => c.text.trim() !== '');
const isHeader = (row: GridRow): boolean => row.cells.some((c) => c.header);

/** A line with no label and one value, in the first value column. */
function loneValue(row: GridRow | undefined): boolean {
  if (!row || isHeader(row) || row.cells[0]!.text.trim() !== '') return false;
  const f = filled(row);
  return f[0] === true && f.slice(1).every((x) => !x) && value(row.cells[1]!.text) !== null;
}

/** The values a row shows in its first k columns and none after: k, or -1. */
function prefixWidth(row: GridRow): number {
  const f = filled(row);
  const k = f.indexOf(false);
  if (k <= 0) return -1;
  return f.slice(k).some((x) => x) ? -1 : k;
}

/** Does the lone value equal the sum of the first column of the labelled rows just above `at`? */
function sumsRowsAbove(rows: GridRow[], at: number, v: Decimal): boolean {
  let sum = new Decimal(0);
  let n = 0;
  for (let i = at - 1; i >= 0; i--) {
    const r = rows[i]!;
    if (isHeader(r) || r.cells[0]!.text.trim() === '') break;
    const x = value(r.cells[1]?.text ?? '');
    if (x === null) break;
    sum = sum.plus(x);
    n++;
    if (n >= 2 && sum.equals(v)) return true;
  }
  return false;
}

export function joinWrappedTails(grid: Grid): Grid {
  const width = grid.rows[0]?.cells.length ?? 0;
  if (width < 3 || !grid.rows.some((r, i) => loneValue(r) && i > 0)) return grid;
  const rows: GridRow[] = [];
  let changed = false;
  for (let i = 0; i < grid.rows.length; i++) {
    const row = grid.rows[i]!;
    const k = isHeader(row) || row.cells[0]!.text.trim() === '' || row.cells.length !== width ? -1 : prefixWidth(row);
    const lack = width - 1 - k;
    // The lone-value lines right under the row, on the lines that follow it.
    let n = 0;
    while (k > 0 && n < lack && loneValue(grid.rows[i + 1 + n]) && grid.rows[i + 1 + n]!.cells.length === width && grid.rows[i + 1 + n]!.location.line === (row.location.line ?? -2) + n + 1) n++;
    const tails = grid.rows.slice(i + 1, i + 1 + n);
    // Fewer lines than cells lacked: the row broke where the page left a cell empty, so the
    // empty cells stand at the break and the lines fill the row's last columns.
    const joins = n > 0 && !loneValue(grid.rows[i + 1 + n]) && !sumsRowsAbove(grid.rows, i + 1, value(tails[0]!.cells[1]!.text)!);
    if (!joins) {
      rows.push(row);
      continue;
    }
    const from = width - n;
    const cells = row.cells.map((c, j) => (j <= k ? c : j < from ? { ...c, text: '' } : { ...tails[j - from]!.cells[1]!, readBy: 'wrapped' as const }));
    rows.push({ ...row, cells });
    i += n;
    changed = true;
  }
  return changed ? { ...grid, rows } : grid;
}
