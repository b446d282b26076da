import type { Grid, GridCell, GridRow } from './types.js';
import { isTotalLabelText } from './total-label.js';

/**
 * Categories numbered in their labels before figures with digit groups, set apart by single spaces:
 *
 *   Barn 1 1 688
 *   Barn 2 1 125
 *   Barn 3 563
 *
 * "Barn 1 1 688" reads as "1 | 1 688", and "Barn 3 563" as an empty cell and "3 563", so the
 * category's number is taken for a column of figures of its own (or a code), and on the row where
 * it could join the figure after it, it does. Where every row but a total carries one and the same
 * label and the first column counts 1, 2, 3 … down the table, the column is the labels' ("Barn 3"):
 * a row whose count cell is empty and whose figure opens with the expected number as a group of its
 * own ("3 563") gives that number back, when what is left is a figure of digit groups ("563"). The
 * cells keep their doubts (`uncertain`, `readBy`), so a sum over them warns. Small numbers rising
 * under labels that differ are notes ("Intäkter 1 …", "Kostnader 2 …") and are left as they are;
 * so is a column with a title of its own, or a count with a gap or a repeat.
 */
const ORDINAL = /^\d{1,2}$/;
/** The expected number, one space and the rest of a figure: a first group of up to three digits and groups of three. */
/** A figure of digit groups, maybe with decimals. */
const GROUPED = /^\d{1,3}(?: \d{3})+(?:,\d+)?$/;
const LEAD = /^(\d{1,2}) (\d{1,3}(?: \d{3})*(?:,\d+)?)$/;
/** A label that a number goes on ends in a letter ("Zon", "Avgiftsnivå"). */
const ENDS_IN_WORD = /[A-Za-zÅÄÖåäöÉé]$/;
const MIN_NUMBERED = 2;

const isHeader = (row: GridRow): boolean => row.cells.some((c) => c.header);
const text = (c: GridCell | undefined): string => c?.text.trim() ?? '';

/** The grid with its numbered labels put back together, or the grid as it was. */
export function joinNumberedLabels(grid: Grid): Grid {
  const body = grid.rows.filter((r) => !isHeader(r));
  if (body.length < MIN_NUMBERED || body.some((r) => r.cells.length < 3)) return grid;
  if (grid.rows.some((r) => isHeader(r) && text(r.cells[1]) !== '')) return grid;
  const counted = body.filter((r) => !isTotalLabelText(text(r.cells[0]).split(/\s+/)[0]!));
  if (counted.length < MIN_NUMBERED) return grid;
  const label = text(counted[0]!.cells[0]).toLowerCase();
  if (!ENDS_IN_WORD.test(label)) return grid;
  // Each counted row: its number, and the figure it keeps when the number was joined to it.
  const split = new Map<GridRow, string>();
  let expected = 1;
  for (const row of counted) {
    if (text(row.cells[0]).toLowerCase() !== label) return grid;
    const first = text(row.cells[1]);
    if (first === '') {
      const m = LEAD.exec(text(row.cells[2]));
      if (m === null || Number(m[1]) !== expected) return grid;
      split.set(row, m[2]!);
    } else if (!ORDINAL.test(first) || Number(first) !== expected) return grid;
    expected++;
  }
  // A total whose number cell holds a figure must make one figure of it and the next ("3 376").
  for (const row of body) {
    if (counted.includes(row) || text(row.cells[1]) === '') continue;
    if (!GROUPED.test(`${text(row.cells[1])} ${text(row.cells[2])}`)) return grid;
  }
  const rows = grid.rows.map((row): GridRow => {
    if (isHeader(row)) return { ...row, cells: [row.cells[0]!, ...row.cells.slice(2)] };
    const [head, number, ...rest] = row.cells;
    if (!counted.includes(row)) {
      // A total has no number: a figure read into that cell is the first group of its own ("Summa 3 376").
      const lead = text(number);
      return { ...row, cells: [head!, ...(lead === '' ? rest : [{ ...rest[0]!, text: `${lead} ${text(rest[0])}` }, ...rest.slice(1)])] };
    }
    const kept = split.get(row);
    const n = kept === undefined ? text(number) : String(counted.indexOf(row) + 1);
    const cells = kept === undefined ? rest : [{ ...rest[0]!, text: kept }, ...rest.slice(1)];
    return { ...row, cells: [{ ...head!, text: `${text(head)} ${n}` }, ...cells] };
  });
  return { ...grid, rows };
}

