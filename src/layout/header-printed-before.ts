import type { Block, Grid } from './types.js';

/**
 * A table's header printed again over its part on the next page, where the part before the page
 * break was not read as a table (pdftotext's raw order gives its label column, then its value
 * column, as lines of text): the header's titles stand as lines of their own in the text before
 * the grid, in the same order, with lines of figures alone after them ("2001" / "Intäkter" / …
 * "7 663" / "3 844" …, then the grid "Post | 2001"). The grid may then continue rows the reader
 * did not take, and a total at its foot may sum them too.
 */
export function headerPrintedBefore(between: readonly Block[], b: Grid): boolean {
  const headerRows = b.headerRows ?? 1;
  if (headerRows < 1) return false;
  const titles = b.rows.slice(0, headerRows).flatMap((r) => r.cells.map((c) => c.text.trim()).filter((t) => t !== ''));
  if (titles.length === 0) return false;
  const lines = between.flatMap((x) => (x.kind === 'text' ? x.lines.map((l) => l.text.trim()) : []));
  // The titles in order, each a line of its own.
  let at = 0;
  for (const title of titles) {
    const found = lines.indexOf(title, at);
    if (found < 0) return false;
    at = found + 1;
  }
  // Below them, figures each on a line of its own: the unread part's values.
  return lines.slice(at).filter((l) => FIGURE_LINE.test(l)).length >= MIN_FIGURE_LINES;
}
const MIN_FIGURE_LINES = 3;
/** A figure alone on its line ("7 663", "10 139¹", "-12,5"). */
const FIGURE_LINE = /^[-−–+]?\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})*(?:[,.]\d+)?[*¹²³]?$/;
