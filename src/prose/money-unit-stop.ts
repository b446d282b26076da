/**
 * A full stop after a short money unit that closes an amount ("… totalt 600 000 kr. Totalt inkom
 * …", "… 12,5 mnkr. Region Skåne …") ends the sentence when a capital letter opens what follows.
 * The unit is an abbreviation, so its stop was read as the abbreviation's, and two sentences (a
 * total and the next, often a second total applied for or last year's) ran into one claim.
 * Written inside a sentence, the unit's stop is followed by a small letter ("100 kr. per timme")
 * and stays the abbreviation's.
 */
const MONEY_UNITS = new Set(['kr', 'tkr', 'mnkr', 'mkr', 'mdkr', 'sek']);

/** Whether the stop at `at`, right after the unit `word`, ends the sentence. */
export function endsSentenceAfterMoneyUnit(text: string, at: number, word: string): boolean {
  if (!MONEY_UNITS.has(word)) return false;
  // A figure's last digit right before the unit, or before the spaces in front of it ("600 000 kr", "3tkr").
  let i = at - word.length - 1;
  while (i >= 0 && ' \u00a0\u202f'.includes(text[i]!)) i--;
  if (i < 0 || !/\d/.test(text[i]!)) return false;
  return /^\s+["”»(–-]?\p{Lu}/u.test(text.slice(at + 1, at + 6));
}
