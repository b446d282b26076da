import { statesUnit } from './unit-section.js';

/**
 * A heading on a line of its own inside a table that names the unit of the rows under it, where
 * the rows above state another ("Fördelning, %" under counts, "Andel i procent", "Belopp, tkr"):
 * statistics pages print counts and then their shares under the same columns,
 *
 *   Lägenheter 2016 2017
 *   Stockholm 4 026 5 162
 *   Övriga kommuner 9 897 10 155
 *   Fördelning, %
 *   Stockholm 28,9 33,7
 *   Övriga kommuner 71,1 66,3
 *
 * and the rows from it on are another table of the same header: the shares are no rows of the
 * counts' sums, and their labels repeat the rows above.
 */
const SHARE = /(?:^|[\s,(])(?:%|procent)\)?$/iu;
/** A few words and no figure: a heading, not a row or a sentence. */
const HEADING = /^[\p{L}][\p{L} ,()%-]{0,38}$/u;

export function headingNamesUnit(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  return HEADING.test(t) && (SHARE.test(t) || statesUnit(t));
}
