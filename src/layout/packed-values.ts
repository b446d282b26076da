import type { Grid } from './types.js';

/**
 * A cell of a space-aligned table that holds several values set apart by single spaces, as a
 * statement copied from a web page gives them when only the label is set apart by a wider gap:
 *
 *   Årets resultat   59 42 58 35        → four values, not "59 425 835"
 *   Nyupptagna lån   – 1 – 1 0 3        → "−1", "−1", "0", "3"
 *
 * Inside one number the groups after the first have exactly three digits, so a run with a later
 * token of another length, or with a sign after its first number, cannot be one value. Such a
 * grid is not read as aligned columns: the single-spaced reader splits its rows by digit groups.
 * A run that can be one grouped number ("1 234 567") is left to the aligned reader.
 */

/** A number token: digits, maybe with a decimal part. */
const NUMBER = /^\d+(?:,\d+)?$/;
const SIGN = /^[-−–‑]$/;
const SIGNED = /^[-−–‑]\d+(?:,\d+)?$/;
const GROUP = /^\d{3}(?:,\d+)?$/;
const SPACE = /[ \u00a0\u202f\u2009]+/;

/** True when the text is a run of at least two numbers that no digit grouping reads as one value. */
export function holdsSeveralValues(text: string): boolean {
  const toks = text.trim().split(SPACE);
  if (toks.length < 2) return false;
  // Only numbers and signs: a cell with words is a label, not a run of values.
  if (!toks.every((t) => NUMBER.test(t) || SIGN.test(t) || SIGNED.test(t))) return false;
  let i = 0;
  if (SIGN.test(toks[0]!)) i++;
  const first = toks[i];
  if (first === undefined || !(NUMBER.test(first) || SIGNED.test(first))) return false;
  const numbers = toks.filter((t) => !SIGN.test(t)).length;
  if (numbers < 2) return false;
  // One value: a first number without decimals (when groups follow) and then three-digit groups.
  const rest = toks.slice(i + 1);
  const oneValue = rest.every((t, k) => GROUP.test(t) && (k === rest.length - 1 || !t.includes(','))) && (rest.length === 0 || !first.includes(','));
  return !oneValue;
}

/** True when some body cell of the grid is a run of several values (see holdsSeveralValues). */
export function gridPacksValues(grid: Grid): boolean {
  return grid.rows.some((row, r) => r >= (grid.headerRows ?? 0) && row.cells.some((c) => holdsSeveralValues(c.text)));
}
