import { codesNest } from '../layout/bare-budget-codes.js';
/**
 * A column of codes among amounts, told apart by how its numbers are written: every cell a bare
 * run of three to six digits, some of five or more ("10100", "11130", "20010") printed without the
 * space that groups thousands, while the table's amounts group theirs ("-2 694 000", "1 213 830").
 * The codes nest: a long one opens with a shorter one of the column (chapter "101", its moment "10100").
 * Budgets list their chapters and moments so ("100" / "Lagtinget" / "-5 043 000"), and a page
 * pasted one cell a line can leave the codes in a column of their own, even at the row's end. Such
 * a column is the rows' codes, labels, never figures to sum: a page that prints 10 100 kronor as
 * "10100" beside "2 694 000" would write its amounts two ways in one table.
 */
const BARE = /^\d{3,6}$/;
const LONG = /^\d{5,6}$/;
const GROUPED = /\d[ \u00a0\u202f\u2009]\d{3}(?!\d)/;
const MIN_CELLS = 3;

export function isUngroupedCodeColumn(cells: readonly string[], others: readonly (readonly string[])[]): boolean {
  const filled = cells.map((t) => t.trim()).filter((t) => t !== '');
  if (filled.length < MIN_CELLS || !filled.every((t) => BARE.test(t)) || !filled.some((t) => LONG.test(t))) return false;
  // Figures whose group space OCR or a page lost ("47234" beside "28 365") are amounts all the same: the codes must nest.
  if (!codesNest(filled)) return false;
  return others.some((column) => column.some((t) => GROUPED.test(t)));
}
