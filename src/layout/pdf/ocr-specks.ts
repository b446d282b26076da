import type { Grid } from '../types.js';
import { rereadInNumberColumns } from './ocr-number-columns.js';
import { regroupDigits } from './ocr-digits.js';

/**
 * OCR reads a speck or a border before a number as a short word ("sans 538 544"), the tail of a
 * label split over the column's edge as one or two ("nlan a 53 204"), or as glyphs
 * that are no sign ("-.6 135557", "— 38278038": an em dash is a rule, a minus is set as "-", "−"
 * or "–"). In a column whose other cells are numbers, a cell of such a prefix and a number is read
 * as the number and marked uncertain (the prefix might have hidden a digit or a sign), so that a
 * sum over it warns and names it. A column of words, a sign before the digits, and text after the
 * number (a unit) stay as read.
 */
// Up to two such words: the tail of a label OCR split across the column's edge ("nlan a 53 204").
const PREFIXED = /^(\p{Ll}{1,4}(?: \p{Ll}{1,4})?|[^\p{L}\p{N}\s]{1,4}) ?(\d[\d \u00a0\u202f\u2009]*)$/u;
/** Glyphs no sign is read as: a prefix of other glyphs holds one. */
const NO_SIGN = /[.,:;—]/;
const NOTE_WORD = /\bnot(?:er)?$/i;

function withoutPrefix(text: string): string | null {
  const m = PREFIXED.exec(text.trim());
  if (!m || (!/\p{L}/u.test(m[1]!) && !NO_SIGN.test(m[1]!))) return null;
  // "se not 3 100": a note reference opens the figures, no speck.
  if (NOTE_WORD.test(m[1]!)) return null;
  return regroupDigits(m[2]!.trim());
}

export function readPrefixSpecks(grid: Grid): void {
  rereadInNumberColumns(grid, withoutPrefix);
}
