/**
 * News pages and local papers group thousands with a dot: "nära 15.500 kronor", "1.134 kr/inv",
 * "2.500.000 kronor", "3.500 miljoner". Groups of exactly three digits after the dot, and a
 * currency or scale word right after, make such a dot a thousands separator: a decimal point in
 * Swedish is a comma, and "3.7" or "kapitel 4.5" (no currency, or not three digits) stay as they are.
 * The dot is replaced by a thin space, one character for one, so every offset into the text holds.
 */
const MAY_HOLD = /\d\.\d{3}/;
// No letter, digit or separator before the first group (not "S2023.500", not "1.15.500"); groups of
// exactly three digits, each behind its own literal dot, so the repetition cannot backtrack.
const DOT_GROUPED = /(?<![\p{L}\d.,:/])\d{1,3}(?:\.\d{3})+(?=\s?(?:kr\b|kronor\b|sek\b|tkr\b|mnkr\b|mdkr\b|miljoner\b|miljarder\b))/giu;
const THIN_SPACE = '\u2009';

export function dotGroupsAsSpaces(text: string): string {
  if (!MAY_HOLD.test(text)) return text;
  return text.replace(DOT_GROUPED, (m) => m.replaceAll('.', THIN_SPACE));
}
