/**
 * Tables exported by statistics programs print every figure with a decimal point and no digit
 * groups ("2974.0", "-27.0", "11118.149", "0.0"): the program writes a number, never a person.
 * Two things follow for a row of such figures:
 *
 * - a minus sign is glued to its number ("-27.0"), so a dash standing alone before a figure
 *   ("1.0 - 3.0") is a cell of its own, the dash official statistics print for "nothing", not
 *   the sign of the next figure;
 * - every figure is one cell (nothing to group), so a row splits one way only and a table of
 *   such rows may be wider than a table of grouped figures (a year of months and a total).
 */

/** A figure with a decimal point that no digit group can be taken for: one, two or four and more decimals, or four and more digits before the point. */
const EXPORT_FIGURE = /^[-−–‑]?(?:\d+\.(?:\d{1,2}|\d{4,})|\d{4,}\.\d+)$/;
/** Dashes and dots a statistics table prints for "nothing" or "not available". */
const EXPORT_BLANK = /^(?:[-−–‑]|\.|\.\.|…)$/;

/** True for a figure as a statistics export prints it ("2974.0", "-5.0", "9779.84491"). */
export const isExportFigure = (token: string): boolean => EXPORT_FIGURE.test(token);

/** True when a lone dash followed by this token is a blank cell rather than the token's sign. */
export const dashBeforeExportFigure = (next: string): boolean => EXPORT_FIGURE.test(next);

/** Rows needed before a table is taken to be an export. */
const MIN_EXPORT_ROWS = 3;

/** Share of rows that must be pure export rows: a row cut off mid-figure ("6.0 1") or with a stray integer does not undo the table. */
const EXPORT_SHARE = 0.8;

/** A row whose values are all export figures or blanks, with at least one figure. */
const exportRow = (run: readonly string[]): boolean => run.some(isExportFigure) && run.every((t) => isExportFigure(t) || EXPORT_BLANK.test(t));

/**
 * True when nearly every row's values are export figures or blanks (at least four in five rows,
 * and at least three): each token is then one cell, so the rows read one way only whatever
 * their width.
 */
export function exportRows(runs: readonly (readonly string[])[]): boolean {
  const pure = runs.filter(exportRow).length;
  return pure >= MIN_EXPORT_ROWS && pure >= runs.length * EXPORT_SHARE;
}
