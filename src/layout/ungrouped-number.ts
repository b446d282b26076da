import type { Grid } from './types.js';

/**
 * A number written without digit groups ("1116", "4613") shows that its writer does not group:
 * one who does would have written "1 116". So a number of four digits or more before its decimal
 * part is a whole value and never the first group of a longer one: "1482 101,30%" is two cells,
 * 1 482 and 101,30 %, not the malformed group 1 482 101,30. Years ("2019") are such numbers too,
 * and a year before a group of three ("2019 465 136") opens a row, never a value of seven digits.
 *
 * A table whose figures of four digits are all written so ("Säkerhetshäkte 1116 1037 92,92%")
 * groups no figure at all, so every space between its figures parts two cells: "Klass 3 913 885"
 * is 3, 913 and 885, never 3 913. Some writers leave four digits together and group from five
 * ("1500", "12 500"); a table with a figure grouped so (a first group of two or three digits) is
 * not read this way.
 */
const UNGROUPED = /^[-−–‑]?\d{4}/;
/** A whole cell that is one number of four digits or more written without groups. */
const UNGROUPED_CELL = /^[-−–‑]?\d{4,}(?:,\d+)?%?$/;
const YEAR = /^(?:19|20)\d{2}$/;
/** A cell grouped from five digits on ("12 500", "−115 300"). */
const GROUPED_FROM_FIVE = /^[-−–‑]?\d{2,3}(?: \d{3})+(?:,\d+)?%?$/;
/** Cells of four digits or more without groups that show a table groups nothing. */
const MIN_UNGROUPED = 2;

/** True when the token is a number whose integer part has four digits or more. */
export const ungroupedNumber = (token: string): boolean => UNGROUPED.test(token);

/** True when the grids' figures are written without digit groups, by the rule above. */
export function writesUngrouped(grids: Grid[]): boolean {
  let ungrouped = 0;
  for (const grid of grids) {
    for (const row of grid.rows) {
      for (const cell of row.cells.slice(1)) {
        if (cell.header) continue;
        const text = cell.text.trim();
        if (GROUPED_FROM_FIVE.test(text)) return false;
        if (UNGROUPED_CELL.test(text) && !YEAR.test(text)) ungrouped++;
      }
    }
  }
  return ungrouped >= MIN_UNGROUPED;
}
