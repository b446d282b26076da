/**
 * A short line of its own above a table that names percent as the unit and nothing else:
 * "Procent", "Andel, procent", "Andel i procent", "Procentenheter", "(%)", "Procent:". The table's
 * figures are shares then; whether they can be is for the table to judge (src/tables/lead-percent.ts),
 * so that a title word is never taken for the unit of a table of amounts.
 */
const PERCENT_LINE = /^\(?(?:andel(?:en|ar)?(?:,|\si)?\s)?(?:procent|procentenheter|%)\)?[.:]?$/i;

export function isPercentLine(text: string): boolean {
  return PERCENT_LINE.test(text.trim());
}
