import { cutAtCapitals } from './capital-titles.js';
import { stubUnitWords } from './stub-unit.js';

const YEAR = /^(?:19|20)\d{2}$/;

/**
 * A line in a table's body that is a header again: the stub's unit heading and years ("tkr 2022
 * 2021", "Belopp i mnkr 2019 2018"), or the header's own years alone. Statements printed as text
 * run on into their notes this way (a note's heading, then its header of years), and reports put
 * one table under the next. Such a line ends the table above it: read as a row it gives a row
 * "tkr" with the figures 2 022 and 2 021, and the rows under it a header that is not theirs.
 *
 * Years after a word that names no unit ("Antal födda 2022 2021") can be a row's figures and
 * stay one; years alone count only when they are the header's years, in its order.
 */
export function repeatsHeader(lead: readonly string[], values: readonly string[], headerYears: readonly string[] | null): boolean {
  if (values.length < 2 || !values.every((v) => YEAR.test(v))) return false;
  if (lead.length > 0) return stubUnitWords(lead, values) === lead.length;
  return headerYears !== null && headerYears.length === values.length && headerYears.every((y, k) => y === values[k]);
}

const MAX_TITLE_WORDS = 3;

export interface NextHeader {
  /** The line ends in the header's own titles: the next table has the same columns. */
  same: boolean;
  /** What the line says before the titles: the next table's caption ("Utbildning 2022"). */
  subject: string;
  /** The titles the line names (its own, when not the same). */
  titles: string[];
}

/**
 * A line of words in a table's body that heads a table of its own, as fact pages print one
 * small table under the next: it ends in the column titles of the header above ("Utbildning
 * 2022 Totalt Kvinnor Män" under "… Totalt Kvinnor Män"), or names a subject, its year and two
 * or more titles of its own ("Bostäder 2022 Antal bostäder Antal personer"). A section heading
 * names no columns.
 */
export function headsNextTable(raw: string, headerWords: readonly string[]): NextHeader | null {
  const words = raw.trim().split(/\s+/);
  let same = 0;
  while (same < words.length - 1 && same < headerWords.length && words[words.length - 1 - same] === headerWords[headerWords.length - 1 - same]) same++;
  // The shared words from the first title on: a year before them is the subject's.
  while (same > 0 && !/^\p{Lu}/u.test(words[words.length - same]!)) same--;
  const shared = words.slice(words.length - same);
  if (shared.filter((w) => /\p{L}/u.test(w)).length >= 2 && !shared.some((w) => /\d/.test(w))) {
    return { same: true, subject: words.slice(0, words.length - same).join(' '), titles: shared };
  }
  let at = words.length - 1;
  while (at >= 0 && !YEAR.test(words[at]!)) at--;
  if (at < 1) return null;
  const after = words.slice(at + 1);
  if (after.some((w) => /\d/.test(w))) return null;
  const titles = cutAtCapitals(after);
  if (!titles || titles.length < 2 || titles.some((t) => t.length > MAX_TITLE_WORDS)) return null;
  return { same: false, subject: words.slice(0, at + 1).join(' '), titles: titles.map((t) => t.join(' ')) };
}
