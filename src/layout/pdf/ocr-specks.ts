import { toMatrix } from '../grid-matrix.js';
import type { Grid } from '../types.js';
import { regroupDigits } from './ocr-digits.js';

/**
 * OCR reads a speck or a border before a number as a short word ("sans 538 544") or as glyphs
 * that are no sign ("-.6 135557", "— 38278038": an em dash is a rule, a minus is set as "-", "−"
 * or "–"). In a column whose other cells are numbers, a cell of such a prefix and a number is read
 * as the number and marked uncertain (the prefix might have hidden a digit or a sign), so that a
 * sum over it warns and names it. A column of words, a sign before the digits, and text after the
 * number (a unit) stay as read.
 */
const PREFIXED = /^(\p{Ll}{1,4}|[^\p{L}\p{N}\s]{1,4}) ?(\d[\d \u00a0\u202f\u2009]*)$/u;
/** Glyphs no sign is read as: a prefix of other glyphs holds one. */
const NO_SIGN = /[.,:;—]/;
const NUMBER = /^[-−–]?\d[\d \u00a0\u202f\u2009]*$/;
/** Share of a column's other filled cells that must be numbers. */
const SHARE = 0.8;

function withoutPrefix(text: string): string | null {
  const m = PREFIXED.exec(text.trim());
  if (!m || (!/\p{L}/u.test(m[1]!) && !NO_SIGN.test(m[1]!))) return null;
  return regroupDigits(m[2]!.trim());
}

export function readPrefixSpecks(grid: Grid): void {
  const m = toMatrix(grid);
  const width = Math.max(0, ...m.map((r) => r.length));
  for (let c = 1; c < width; c++) {
    const cells = [...new Set(m.map((r) => r[c]?.cell).filter((x) => x !== undefined))].filter((x) => !x.header && x.colspan === 1 && x.text.trim() !== '');
    const read = cells.map((x) => withoutPrefix(x.text));
    const others = cells.filter((_, k) => read[k] === null);
    if (others.length === 0 || others.filter((x) => NUMBER.test(x.text.trim())).length < SHARE * others.length) continue;
    cells.forEach((x, k) => {
      const r = read[k];
      if (r === null || r === undefined) return;
      x.uncertain ??= x.text;
      x.text = r;
    });
  }
}
