import { isYearSpan } from '../layout/year-span-cell.js';

/**
 * Columns that name rows rather than measure them, whatever figures they hold.
 *
 * A column of row numbers (an export's row ids, an untitled rank column, "Nr", "#"): whole numbers
 * counting up by one on consecutive rows, from 0 or 1, or from anywhere under a title naming row
 * numbers. Summed, "1, 2, 3" would make any "Totalt" row a false mismatch.
 */

/** Rows enough that counting up by one is no chance. */
const MIN_ROWS = 3;
/** A title naming row numbers: "#", "Nr", "Rad", "Rad-id", "Id", "Löpnr". Rankings ("Placering") are ordinals read as counts (units.ts). */
const ROW_NUMBER_TITLE = /^(?:#|nr\.?|rad(?:nr|nummer)?|rad-?id|id|löpnr\.?|löpnummer)$/i;

/**
 * Every filled cell a whole number, each one more than the filled cell above it, the filled cells
 * on consecutive rows but for rows with no number at all (a heading, a total) that break no count.
 */
export function isRowNumberColumn(header: string, cells: readonly string[]): boolean {
  const h = header.trim();
  if (h !== '' && !ROW_NUMBER_TITLE.test(h)) return false;
  const filled = cells.map((t) => t.trim()).filter((t) => t !== '');
  if (filled.length < MIN_ROWS || !filled.every((t) => /^\d{1,5}$/.test(t))) return false;
  const first = Number(filled[0]);
  if (h === '' && first > 1) return false;
  // Most rows carry their number: a column mostly empty is another thing.
  if (filled.length * 2 < cells.length) return false;
  return filled.every((t, i) => Number(t) === first + i);
}

const YEAR = /^(?:19\d{2}|20\d{2}|2100)$/;
/** A title naming a period: "År", "Årtal", "Datum", "Period", "Tidpunkt". */
const PERIOD_TITLE = /^(?:år|årtal|datum|period|tidpunkt|tid|year)$/i;

/**
 * A column of years in a table of category, year and value (long format): every cell a plausible
 * year (four digits, 1900–2100) or a span of such years, and the column titled as a period, or untitled with years that
 * say again (one year per category), or untitled with years that run on by one. Such a column labels the rows: never summed.
 * Amounts that happen to lie between 1900 and 2100 neither repeat in that way nor count up.
 */
export function isYearLabelColumn(header: string, cells: readonly string[]): boolean {
  const filled = cells.map((t) => t.trim()).filter((t) => t !== '');
  // A span of years ("2019-2020", year-span-cell.ts) is a period as well: a project's years, never an amount.
  if (filled.length < MIN_ROWS || !filled.every((t) => YEAR.test(t) || isYearSpan(t))) return false;
  if (PERIOD_TITLE.test(header.trim())) return true;
  const repeats = new Set(filled).size < filled.length;
  const years = filled.map(Number);
  const runs = years.every((y, i) => Number.isInteger(y) && (i === 0 || Math.abs(y - years[i - 1]!) === 1));
  // Under a title of its own only years said again make the column labels: figures may run on by chance.
  return repeats || (header.trim() === '' && runs);
}
