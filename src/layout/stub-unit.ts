/**
 * The stub's heading printed on the line of years, before them: "Belopp i mnkr 2018 2019",
 * "MSEK om ej annat anges 2016 2015 2014", "(tkr) 2024 2023". It heads the label column and
 * gives the unit of every column; read as the first year's title it would give that column
 * alone the unit and leave the others unscaled.
 */
const UNIT = /^\(?(?:tkr|mnkr|mdkr|mkr|kr|kronor|sek|tsek|ksek|msek|mdsek)\)?[,:]?$/i;
const SCALED_WORDS = /^(?:tusen(?:tal)?|miljoner|miljarder)$/i;
const YEAR = /^(?:19|20)\d{2}$/;
/** A stub heading is short: a unit and a few words around it. */
const MAX_WORDS = 6;

/**
 * How many of `lead`, the words before the first year on a header line whose other tokens are
 * all years, are the stub's heading: all of them when they name a money unit, else none.
 */
export function stubUnitWords(lead: readonly string[], afterFirstYear: readonly string[]): number {
  if (lead.length === 0 || lead.length > MAX_WORDS) return 0;
  if (!afterFirstYear.every((w) => YEAR.test(w))) return 0;
  const names = lead.some((w, k) => UNIT.test(w) || (SCALED_WORDS.test(w) && /^(?:kronor|kr)\)?$/i.test(lead[k + 1] ?? '')));
  return names ? lead.length : 0;
}
