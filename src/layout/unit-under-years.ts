/**
 * A line that is only a unit, set in under a header of years, as web tables paste a header cell
 * wrapped over two lines:
 *
 *   Område                 2021        2022
 *                           tkr
 *   Psykisk hälsa        12 400      13 100
 *
 * The unit is the table's (every column's), not a row's label or a second header row of one cell.
 * Set in means it does not stand at the labels' place: a unit at the left margin may as well be a
 * heading over the rows.
 */
const UNIT_ONLY = /^\(?(?:belopp,?\s(?:i\s)?)?(?:tkr|mnkr|mkr|mdkr|kkr|kr|kronor|(?:tusen|tusental|miljoner|miljarder)\s(?:kronor|kr)|1\s?000\s?(?:kr|kronor))\)?$/i;

export function isUnitUnderYears(raw: string): boolean {
  const indent = raw.length - raw.trimStart().length;
  return indent >= 2 && UNIT_ONLY.test(raw.trim());
}
