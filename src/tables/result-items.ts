/**
 * Items of an income statement that name a result without being a result line: "Skatt på årets
 * resultat", "Andel av intresseföretags resultat", "Resultat från andelar i koncernföretag". A
 * result line's label has the result word as its head ("Årets resultat", "Resultat efter
 * finansiella poster"); an item names it after a preposition, or names where a result came from,
 * or is the gain or loss on a sale ("Realisationsresultat", "Resultat vid försäljning av …").
 */

const RESULT_WORD = /^\p{L}*resultat$/u;
/** A preposition before the result word makes the result the object of an item ("skatt på …"). */
const BEFORE = new Set(['på', 'av', 'i', 'för', 'till', 'mot']);
/** A result "från" or "i" something is a share of another's result, an item. */
const AFTER = new Set(['från', 'i']);
/** A gain or loss on what was sold ("Realisationsresultat", "Rearesultat", "Försäljningsresultat"): an item of a cash flow's adjustments. */
const SALE_RESULT = new Set(['realisationsresultat', 'rearesultat', 'försäljningsresultat', 'avyttringsresultat']);
/** The same gain or loss written as the result word before the sale ("Resultat försäljning omsättningstillgångar", "Resultat vid avyttring av …"). */
const SALE = /^(?:försäljning|avyttring|utrangering)(?:ar|en|arna)?$/u;
/** Words that may stand between the result word and the sale ("Resultat vid försäljning", "Resultat av avyttring"). */
const TO_SALE = new Set(['vid', 'av']);

/** Whether a lower-cased, letters-only label names a result as the object of an item. */
export function namesResultOfItem(key: string): boolean {
  const words = key.split(/\s+/).filter((w) => w !== '');
  const at = words.findIndex((w) => RESULT_WORD.test(w));
  if (at < 0) return false;
  if (SALE_RESULT.has(words[at]!)) return true;
  const next = words[at + 1] ?? '';
  if (SALE.test(next) || (TO_SALE.has(next) && SALE.test(words[at + 2] ?? ''))) return true;
  if (words.slice(0, at).some((w) => BEFORE.has(w))) return true;
  return AFTER.has(words[at + 1] ?? '');
}
