import { isRateUnit } from '../layout/rate-unit-line.js';

/** A column titled only by a year or a span of years ("2018", "2019/20", "2012–2022"). */
const YEAR_OR_SPAN = /^(?:19|20)\d{2}(?:\s?[-–/]\s?(?:19|20)?\d{2})?$/;

/**
 * A unit per head stated above the table ("Kronor per invånare.", rate-unit-line.ts) makes its
 * columns figures per head, not parts of a sum, where their own titles say no more than the year:
 * a column with a title of its own ("Antal", "Totalt, mnkr") keeps what its title says.
 */
export function perHeadByNote(note: string | undefined, header: readonly string[]): boolean {
  if (note === undefined || !isRateUnit(note)) return false;
  const h = header.join(' ').trim();
  return h === '' || YEAR_OR_SPAN.test(h);
}
