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

// The figure that closes a list item ("Sveaborgs bygdegård: 7.995", "… 12.000."): groups of three
// behind their own dots, then at most a full stop and the item's end.
const CLOSING_DOT_GROUPED = /(?<![\p{L}\d.,:/])\d{1,3}(?:\.\d{3})+(?=\.?\s*$)/u;

/**
 * In a list whose items group thousands with dots before a currency word ("Balsta bygdegård:
 * 17.371 kronor"), the next items often give the bare figure ("Sveaborgs bygdegård: 7.995"): the
 * list's convention makes its dots group digits there too. Only the figure that closes the item is
 * read so; the dots become thin spaces, one character for one.
 */
export function closingDotGroupsAsSpaces(text: string): string {
  if (!MAY_HOLD.test(text)) return text;
  return text.replace(CLOSING_DOT_GROUPED, (m) => m.replaceAll('.', THIN_SPACE));
}

/** Whether an amount as written groups its thousands with dots ("17.371 kronor"). */
export const dotGrouped = (raw: string): boolean => /\d\.\d{3}(?!\d)/.test(raw);
