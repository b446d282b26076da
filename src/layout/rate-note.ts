/**
 * Price lists and fee tables write each amount with its own currency and what it is paid per:
 * "246 kronor per timme", "2 089 kr/månad", "149 257 kr per år", "195 kronor (engångskostnad)".
 * The amount with its currency is the cell's number; "per timme", "/månad" and a parenthesis
 * after the currency are its note, kept. A cell with a rate ("per …", "/…") is a price, not a
 * part of a sum: the column that holds it is a rate column.
 *
 * Only an amount that names its currency is split so: "12 per år" or "45 timmar per vecka" stay
 * as they are.
 */
export interface RateSplit {
  /** The amount and its currency ("246 kronor"). */
  number: string;
  /** What follows it ("per timme", "/beviljad timme", "(max 600 kronor per mån)"). */
  note: string;
  /** The note says what the amount is paid per. */
  rate: boolean;
}

// One start (anchored), one digit run, a rate of at most three words after its "per" ("per hjälpmedel och kalendermånad"): bounded, no backtracking blow-up.
const MONEY_THEN_NOTE = /^([-−–]?\d[\d \u00a0\u202f]{0,20}(?:,\d{1,2})?\s?(?:kr|kronor|sek|euro|€)\.?)\s*((?:\/\s?|per\s)[\p{L}-]{1,30}(?:\s[\p{L}-]{1,30}){0,2}\.?)?\s*(\([^()]{1,80}\))?$/iu;

export function splitRate(text: string): RateSplit | null {
  // Most cells hold no currency word: let them through without a match attempt.
  if (!/kr|sek|euro|€/i.test(text)) return null;
  const m = MONEY_THEN_NOTE.exec(text.trim());
  if (!m || (m[2] === undefined && m[3] === undefined)) return null;
  const note = [m[2], m[3]].filter((s): s is string => s !== undefined).map((s) => s.trim()).join(' ');
  return { number: m[1]!.trim(), note, rate: m[2] !== undefined };
}
