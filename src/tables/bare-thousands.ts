import type { UnitScale } from './units.js';

/** Thousands as a column's scale, alone: "Sysselsatta 1000-tal", "Lägenheter, tusental", "Kvinnor (1 000-tal)". */
const THOUSANDS = /(?<![\p{L}\d])(?:tusental|tusentals|1[\s\u00a0]?000-tal)(?![\p{L}])/iu;

/** Words that make the header money or a rate; columnUnit and RATE_HEADER read those. */
const OTHER_UNIT = /kr(?![\p{L}])|kronor|sek(?![\p{L}])|€|euro|procent|%|\bper\s/iu;

/**
 * A column whose header states thousands and nothing else of its unit ("Sysselsatta 1000-tal",
 * "Kvinnor, tusental", "Årsarbetare 1000-tal"): its figures are thousands of what the table
 * counts. `own` is the unit read from the header's words (a count of staff, persons), kept with
 * its scale made thousands; with none, money when the table's unit is money, a count otherwise.
 * Before, no scale was read from such a header and "92" under "Sysselsatta 1000-tal" stood for 92.
 * `tableUnit` is the unit the table states (caption, unit line), null when it states none.
 */
export function bareThousands(header: string, own: UnitScale | null, tableUnit: UnitScale | null): UnitScale | null {
  if (!THOUSANDS.test(header) || OTHER_UNIT.test(header)) return own;
  if (own !== null) return own.scale === 1 && (own.unit === 'count' || own.unit === 'persons') ? { unit: own.unit, scale: 1e3 } : own;
  if (tableUnit !== null && (tableUnit.unit === 'SEK' || tableUnit.unit === 'EUR')) return { unit: tableUnit.unit, scale: 1e3 };
  return { unit: 'count', scale: 1e3 };
}
