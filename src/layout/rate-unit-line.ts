import type { TextLine } from './types.js';

/**
 * A sentence that is only a unit per head, closing the title line above a table: "Kommunala
 * kostnader 2012–2022. Kronor per invånare.", "Antal per 1 000 invånare", "Kr/inv.". Figures per
 * head are levels of each row, never parts of a sum; the title is where fact pages say so when the
 * columns are years.
 */
const MAX_RATE_UNIT = 40;
// Anchored at both ends, every part bounded or optional once: no backtracking to speak of.
const RATE_UNIT =
  /^(?:kronor|kr|tkr|euro|antal|andel)\.?\s?(?:per\s(?:(?:1|10|100)\s?000\s)?(?:invånare|inv|elev|elever|anställd|anställda|capita|person)|\/\s?inv)\.?:?$/i;

/** The text is a unit per head and nothing else. */
export function isRateUnit(text: string): boolean {
  const t = text.trim();
  return t.length <= MAX_RATE_UNIT && RATE_UNIT.test(t);
}

/** The last sentence of the line above a table, when it is such a unit. */
export function rateUnitNote(last: TextLine): TextLine | null {
  return isRateUnit(last.text) ? last : null;
}
