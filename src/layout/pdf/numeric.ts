/**
 * A table cell that holds a number as printed: "9 540 486", "23,3%", "−12", "1 545 740 465", with
 * a footnote mark after it at most ("50 250²", "1 200*"; the tables stage keeps the mark as a note).
 */
const NUMBER = /^[-−–+]?(?:\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+|\d+)(?:[,.]\d+)?\s?%?(?:\s?(?:[¹²³⁴⁵⁶⁷⁸⁹⁰⁽⁾]{1,4}|\*{1,3}))?$/;
/** Marks for an empty or zero cell. */
const DASH = /^[-−–—]$/;
/** A currency unit printed in the cell after its number ("455 200 kr", "1 115 500 kronor", "12 tkr"). */
const UNIT = /[ \u00a0\u202f\u2009]?(?:kr|kronor|tkr|mnkr|mkr|mdkr|Mkr|SEK|:-)$/;

export function isNumericCell(text: string): boolean {
  return NUMBER.test(text.trim());
}

export function isValueCell(text: string): boolean {
  return isNumericCell(text) || DASH.test(text.trim()) || isAmountCell(text);
}

/** A number with its currency unit in the cell: the tables stage reads the unit as the cell's. */
export function isAmountCell(text: string): boolean {
  const t = text.trim();
  const m = UNIT.exec(t);
  return m !== null && m.index > 0 && isNumericCell(t.slice(0, m.index));
}
