/**
 * A line that gives a telephone number ("Anna Berg, ekonomienheten, tel 036-15 59 77",
 * "Växel: 08-405 10 00", "Mobil +46 70 123 45 67", or the number alone under a "tel" line):
 * its digit pairs are a number to call, never a row of values. Contact blocks close most press
 * releases, often right under a table, where the spaced-column reader would read "59 77" as two
 * cells and join the contact lines to the table above.
 */

/** A cue word, then a number that opens with a trunk zero and an area code, or with +46. */
const CUED = /(?:^|[\s,(:])(?:tel|tfn|telefon|mobil|mobiltelefon|mob|växel|vxl|fax)\.?:?\s{0,3}(?:\+46|0\d{1,3}\s?[-/–]|0\d{1,3}\s\d{2,3}\s\d{2})/iu;
/** The whole line a number: area code, then groups of two or three digits. */
const BARE = /^\s{0,8}(?:\+46\s?)?0\d{1,3}\s?[-/–]\s?\d{2,3}(?:\s\d{2,3}){1,3}\s{0,8}$/u;

/** Lines longer than this are prose, not a contact line; checked first so a long line costs nothing. */
const MAX_LENGTH = 200;

export function isPhoneLine(raw: string): boolean {
  if (raw.length > MAX_LENGTH || !/\d/.test(raw)) return false;
  return CUED.test(raw) || BARE.test(raw);
}
