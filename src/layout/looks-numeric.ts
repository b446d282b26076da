/**
 * A quick test used while finding grids: does this cell text look like a number?
 * The amount grammar reads the value later; this only has to tell numbers from labels.
 */
const NUMERIC = /^[-−–]?\s?\d[\d \u00a0\u202f\u2009]*(?:[,.]\d+)?\s?(?:%|procent|kr|kronor|tkr|mnkr)?$/i;
const DASH = /^[-−–—]$/;

export function looksNumeric(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && NUMERIC.test(t);
}

/** A dash standing for zero or "nothing" in a value cell. */
export function isDash(text: string): boolean {
  return DASH.test(text.trim());
}

export function looksValue(text: string): boolean {
  return looksNumeric(text) || isDash(text);
}

/** A number at the end of a line, after a space: where numbered tables keep their value. */
const TRAILING = /(?:^|\s)([-−–]?\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})*(?:,\d+)?)\s*$/;

export function trailingNumber(text: string): { index: number; value: string } | null {
  const m = TRAILING.exec(text);
  if (!m) return null;
  const index = m.index + m[0].indexOf(m[1]!);
  return { index, value: m[1]! };
}
