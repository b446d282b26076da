/**
 * Value cells in euro and decimals set apart from their comma, as Swedish-language pages from
 * Finland and Åland print them:
 *
 *   "1 039,50 €", "212 euro", "12,5 milj. euro", "3,2 mn €"   a cell that names its own currency
 *   "1 039, 50", "12, 5 milj. euro"                           a space typed after the decimal comma
 *
 * The amount grammar reads kronor only (euro amounts in prose are left out on purpose), so a cell
 * ending in "€" was no number at all and a table of such cells was not found. `euroCell` gives the
 * number with the currency taken off, the scale word written out so the grammar reads it
 * ("milj." → "miljoner"). `joinSpacedDecimal` closes the gap after a decimal comma when one or two
 * digits follow and nothing else does: which digits belong to the figure is then a reading (a
 * "12, 5" could be two figures listed), so the caller marks the cell uncertain.
 */

/** The currency at the end of a cell: "€", "euro", "EUR", with an optional scale before it. */
// One anchored digit, then a bounded tail: no nested quantifiers.
const EURO_TAIL =
  /^([-−–‑+]?\s?\d[\d \u00a0\u202f\u2009,.]{0,24}?)\s?(?:(milj\.?|miljoner|miljon|mn|md|mrd\.?|miljarder|miljard|tusen|t)\s?)?(?:€|euro|eur)\.?$/i;

const SCALE_WORDS: Record<string, string> = {
  milj: 'miljoner',
  miljoner: 'miljoner',
  miljon: 'miljoner',
  mn: 'miljoner',
  md: 'miljarder',
  mrd: 'miljarder',
  miljarder: 'miljarder',
  miljard: 'miljarder',
  tusen: 'tusen',
  t: 'tusen',
};

export interface EuroCell {
  /** The figure with its scale word as the amount grammar reads it ("12,5 miljoner"), no currency. */
  number: string;
}

/** A cell that states its amount in euro, or null. */
export function euroCell(text: string): EuroCell | null {
  const t = text.trim();
  if (!/€|eur/i.test(t)) return null;
  const m = EURO_TAIL.exec(t);
  if (!m) return null;
  const figure = m[1]!.trim();
  if (m[2] === undefined) return { number: figure };
  const word = SCALE_WORDS[m[2].toLowerCase().replace('.', '')];
  return word === undefined ? null : { number: `${figure} ${word}` };
}

/** "1 039, 50" → "1 039,50": a decimal comma followed by a space and one or two digits that end the figure. */
const SPACED_DECIMAL = /^([-−–‑+]?\s?\d[\d \u00a0\u202f\u2009]{0,20}),[ \u00a0](\d{1,2})(?=$|[ \u00a0][^\d\s])/;

export function joinSpacedDecimal(text: string): string | null {
  const t = text.trim();
  const m = SPACED_DECIMAL.exec(t);
  if (!m) return null;
  // The integer part ends in a digit (the class above may end in a space: "12 , 5" is not this).
  if (!/\d$/.test(m[1]!)) return null;
  return `${m[1]},${m[2]}${t.slice(m[0].length)}`;
}
