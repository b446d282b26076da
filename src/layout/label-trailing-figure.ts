import type { Grid } from './types.js';

/**
 * A table read one cell a line whose converter set one row's figure on its label's line, as
 * `pdftotext` does when a long label and a short figure fit on one line of the page:
 *
 *   Ersättning organisationer medfinansiering uppföljning
 *   64 257
 *   Bidrag kompetensförsörjning till administration 46 604      ← label and figure together
 *   Ersättning projekt
 *   35 902
 *
 * Read as it stands, the row has an empty value and a label ending in digits, and the column
 * sums without it. In a table of one value column whose other rows hold their value, a row
 * with an empty value and a label ending in a word and then a figure of three digits or more (not
 * a year) holds that figure as its value. Where the figure starts is read from its digit groups
 * (a label may end in a number), so the cell is marked `spaced`: a sum over it only warns.
 */
const TRAILING = /^(.*\p{L}[.)]?)[ \u00a0]+((?:\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+|\d{3,})(?:,\d+)?)$/u;
const YEAR = /^(?:19|20)\d\d$/;
/** Rows with their value in place that make the column's layout plain. */
const MIN_FULL = 2;

export function splitTrailingFigures(grid: Grid): void {
  const body = grid.rows.slice(grid.headerRows ?? 0);
  if (body.length === 0 || body.some((r) => r.cells.length !== 2)) return;
  if (body.filter((r) => r.cells[1]!.text.trim() !== '').length < MIN_FULL) return;
  for (const row of body) {
    const [label, value] = row.cells as [(typeof row.cells)[0], (typeof row.cells)[0]];
    if (value.text.trim() !== '') continue;
    const m = TRAILING.exec(label.text.trim());
    if (!m || YEAR.test(m[2]!)) continue;
    const from = label.text.lastIndexOf(m[2]!);
    const column = label.location.column;
    row.cells[1] = {
      ...value,
      text: m[2]!,
      readBy: 'spaced',
      location: column === undefined ? label.location : { ...label.location, column: column + from, endColumn: column + from + m[2]!.length },
    };
    row.cells[0] = { ...label, text: m[1]!, location: column === undefined ? label.location : { ...label.location, endColumn: column + m[1]!.length } };
  }
}
