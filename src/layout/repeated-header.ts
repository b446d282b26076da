import { stubUnitWords } from './stub-unit.js';

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
  if (values.length < 2 || !values.every((v) => /^(?:19|20)\d{2}$/.test(v))) return false;
  if (lead.length > 0) return stubUnitWords(lead, values) === lead.length;
  return headerYears !== null && headerYears.length === values.length && headerYears.every((y, k) => y === values[k]);
}
