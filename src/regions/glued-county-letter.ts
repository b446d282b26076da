import { COUNTY_LETTERS } from './county-letters.js';

/**
 * A county letter glued to the county's name, as text taken out of a PDF prints it when the
 * letter's cell and the name's cell run together: "ABStockholm", "CUppsala län", "BDNorrbotten".
 * The letters end where a capital followed by a small letter opens the name, so the split is
 * the only one there is ("CUppsala" is C + Uppsala, never CU + ppsala). Only one of the 21 county
 * letters counts; whether the name is the letter's own county is the caller's check.
 */
const GLUED = /^([A-Z]{1,2})(?=[A-ZÅÄÖ][a-zåäö])(\S.{0,80})$/;

export function gluedCountyLetter(label: string): { letters: string; code: string; name: string } | null {
  const m = GLUED.exec(label);
  if (!m || !Object.hasOwn(COUNTY_LETTERS, m[1]!)) return null;
  return { letters: m[1]!, code: COUNTY_LETTERS[m[1]!]!, name: m[2]! };
}
