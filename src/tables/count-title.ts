import { columnUnit, moneyUnit, type UnitScale } from './units.js';

/**
 * A column whose own title says it counts or indexes: "st", "Antal (st.)", "stycken", "Index",
 * "Prisindex (2015=100)", "Årsarbetare", "Biståndshushåll". A money caption ("Belopp i tkr") or a unit in the
 * header's corner speaks of the table's amounts, not of such a column: 1 376 contracts stay
 * 1 376, not 1 376 000 kronor. A price per piece ("kr/st", "Kostnad per st") is money, and a
 * title that names money in its own words was settled before this is asked.
 */
const COUNT: UnitScale = { unit: 'count', scale: 1 };

/** "st" or "stycken" as a word of its own, not after "per" or a slash (a price per piece). */
const PIECES = /(?<!\bper\s|\/\s?)(?<![\p{L}\p{N}])(?:st\.?|stycken)(?![\p{L}\p{N}])/iu;
/** An index ("Index", "Prisindex", "KPI-index"), but not a word that goes on ("indexerad", "Indexuppräkning"). */
const INDEX = /index(?![\p{L}])/iu;
/** Staff counted in full-time years. */
const STAFF = /^(?:antal\s+)?(?:årsarbetare|årsarbetskrafter|helårsekvivalenter)\b/i;

/**
 * Households counted ("Hushåll", "Antal hushåll", "Biståndshushåll", "Bistånds-hushåll"): the title
 * ends in the noun counted, not after "per" or a slash (an amount per household is a rate).
 */
const HOUSEHOLDS = /(?<!\bper\s|\/\s?)(?<![\p{L}\p{N}-])[\p{L}-]*hushåll\s*$/iu;

/** Letters every pattern needs: most titles have none of "st", "index", "års", "helår", "hushåll" and skip the scans. */
const MAYBE = /st|index|års|helår|hushåll/i;

export function countTitle(header: string): UnitScale | null {
  const h = header.trim();
  if (h === '' || !MAYBE.test(h)) return null;
  if (PIECES.test(h) || INDEX.test(h) || STAFF.test(h) || HOUSEHOLDS.test(h)) return COUNT;
  return null;
}

const isMoney = (u: UnitScale | null): boolean => u !== null && (u.unit === 'SEK' || u.unit === 'EUR');

/**
 * The unit a column's header path gives it, `whole` being what the whole path says. A money
 * group title over a column ("Belopp i tkr" over "Antal" and "Utbetalt") is for the columns
 * that hold money: a column whose own title counts keeps its count, unless that title names
 * money itself ("Antal tkr").
 */
export function countingColumn(path: readonly string[], whole: UnitScale | null): UnitScale | null {
  if (whole !== null && !isMoney(whole)) return whole;
  const leaf = path[path.length - 1] ?? '';
  if (whole === null) return countTitle(path.join(' '));
  if (path.length < 2 || moneyUnit(leaf) !== null) return whole;
  const own = columnUnit(leaf);
  if (own !== null && !isMoney(own)) return own;
  return countTitle(leaf) ?? whole;
}
