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

/**
 * A number at the end of a line, after a space: where numbered tables keep their value
 * ("1.2 Medel till X   45,5"). Matched on the reversed line from its end, so that only one
 * starting place is tried (a left-to-right search would retry at every digit group: quadratic).
 */
const TRAILING_REVERSED = /^(?:\d+,)?(?:\d{3}[ \u00a0\u202f\u2009])*\d{1,3}[-−–]?(?=\s|$)/;

export function trailingNumber(text: string): { index: number; value: string } | null {
  const trimmed = text.trimEnd();
  const m = TRAILING_REVERSED.exec([...trimmed.slice(-4096)].reverse().join(''));
  if (!m) return null;
  const value = [...m[0]].reverse().join('');
  return { index: trimmed.length - value.length, value };
}
