import { moneyUnit, type UnitScale } from './units.js';

/**
 * A table's unit heading printed where the label column's title should stand but read into the
 * first year's title ("Belopp, mkr 2018" over the first column, "2017", "2018", "2017" over the
 * others), as pages pasted one cell a line give it: it is the unit of every column, not of the
 * first alone. Only when the first title ends in a year, the words before that year name a money
 * unit, and no other value column's title names a unit of its own.
 */
const ENDS_IN_YEAR = /\s(?:19|20)\d{2}$/;
const UNIT_WORD = /\b(?:tkr|mnkr|mdkr|mkr|msek|tsek|ksek|kronor|kr)\b|\b(?:tusen|miljoner|miljarder)\s+kronor\b/i;

export function stubUnitTitle(titles: readonly string[]): UnitScale | null {
  const [first, ...rest] = titles.map((t) => t.replace(/\s+/g, ' ').trim());
  if (first === undefined || rest.length === 0 || !ENDS_IN_YEAR.test(first)) return null;
  const lead = first.replace(ENDS_IN_YEAR, '');
  if (!UNIT_WORD.test(lead) || rest.some((t) => UNIT_WORD.test(t) || /%|procent|andel|antal/i.test(t))) return null;
  return moneyUnit(lead);
}
