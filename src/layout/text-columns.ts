import { looksValue } from './looks-numeric.js';

/**
 * Text cells between a row's label and its figures, in a table aligned by spaces: a county's
 * letter code and seat ("Blekinge län   K   Karlskrona   159 606   2 947"), a municipality's
 * county, a short category. Given the cells after the label, the count of text cells that open
 * them, or 0 when the line has no such shape: at most MAX_TEXTS short cells, then
 * figures only, one of them at least no year (a header line, "Kod   Namn   2023   2024", has
 * words before years and is no row).
 */
const MAX_TEXTS = 3;
const MAX_TEXT = 30;
const YEAR = /^(?:19|20)\d{2}$/;

export function textColumns(cells: readonly string[]): number {
  // Up to the last cell that is no figure: a letter code among them may read as a blank marker ("X", "x").
  let n = cells.length;
  while (n > 0 && looksValue(cells[n - 1]!)) n--;
  const figures = cells.slice(n);
  if (n === 0 || n > MAX_TEXTS || figures.length === 0 || figures.every((t) => YEAR.test(t))) return 0;
  return cells.slice(0, n).every((t) => t.length <= MAX_TEXT && !/^\d/.test(t)) ? n : 0;
}
