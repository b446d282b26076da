import { isTotalLabelText } from './total-label.js';
import type { Grid, GridCell } from './types.js';

/**
 * A total row whose share column holds 100, the share glued to the last digit group of the
 * amount before it, as text taken out of a PDF often prints it:
 *
 *   Region            Belopp (tkr)   Andel (%)
 *   Totalt            864 324100              → 864 324 | 100
 *   Summa             1 250 000100,0          → 1 250 000 | 100,0
 *
 * A share column's total is 100, so a total row whose last cell is a digit group followed by
 * "100", or whose share cell is empty while its amount ends so, is split there. Both cells are
 * marked as read from glued text: a sum over them warns, never errs.
 */
const SHARE_TITLE = /andel|procent|%/i;
/** The share cell holds a digit group and the glued 100 ("324100", "000100,0"). */
const GROUP_AND_HUNDRED = /^(\d{3})(100(?:[,.]0+)?\s?%?)$/;
/** The amount cell ends in a glued 100 with no share cell: "864 324100" → "864 324", "100". */
const AMOUNT_AND_HUNDRED = /^(\d{1,3} (?:\d{3} )*\d{3})(100(?:[,.]0+)?\s?%?)$/;
const AMOUNT = /^[-−–]?\d{1,3}(?: \d{3})*$/;
const SHARE = /^\d{1,3}(?:[,.]\d+)?\s?%?$/;

function withText(cell: GridCell, text: string, from: number): GridCell {
  const column = cell.location.column;
  const location = column === undefined ? cell.location : { ...cell.location, column: column + from, endColumn: column + from + text.length };
  return { ...cell, text, location, readBy: 'glued' };
}

export function splitGluedShares(grid: Grid): Grid {
  const head = grid.rows[0];
  const width = head?.cells.length ?? 0;
  if (!head || width < 3 || !SHARE_TITLE.test(head.cells[width - 1]!.text) || SHARE_TITLE.test(head.cells[width - 2]!.text)) return grid;
  const body = grid.rows.slice(grid.headerRows ?? 1);
  // The column must read as shares in its other rows: a column of amounts titled "%" is not one.
  const shares = body.map((r) => r.cells[width - 1]?.text.trim() ?? '').filter((t) => t !== '');
  if (shares.filter((t) => SHARE.test(t)).length < 2) return grid;
  let changed = false;
  const rows = grid.rows.map((row, r) => {
    if (r < (grid.headerRows ?? 1) || row.cells.length !== width) return row;
    const label = row.cells[0]!.text.trim().split(/\s+/)[0] ?? '';
    if (!isTotalLabelText(label)) return row;
    const amount = row.cells[width - 2]!;
    const share = row.cells[width - 1]!;
    const a = amount.text.trim();
    const s = share.text.trim();
    const g = GROUP_AND_HUNDRED.exec(s);
    if (g && AMOUNT.test(a)) {
      changed = true;
      const cells = [...row.cells];
      const end = share.location.column === undefined ? amount.location.endColumn : share.location.column + g[1]!.length;
      cells[width - 2] = { ...amount, text: `${a} ${g[1]}`, location: { ...amount.location, endColumn: end }, readBy: 'glued' };
      cells[width - 1] = withText(share, g[2]!, g[1]!.length);
      return { ...row, cells };
    }
    const m = s === '' ? AMOUNT_AND_HUNDRED.exec(a) : null;
    if (m) {
      changed = true;
      const cells = [...row.cells];
      cells[width - 2] = withText(amount, m[1]!, 0);
      cells[width - 1] = withText(amount, m[2]!, m[1]!.length);
      return { ...row, cells };
    }
    return row;
  });
  return changed ? { ...grid, rows } : grid;
}
