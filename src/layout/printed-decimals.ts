/**
 * The number of decimals every figure of a single-spaced table prints, where it prints one or
 * more alike ("– 60,5 – 55,9 1,3 0,0"): each row's last figure and every figure with a decimal
 * part show that many. A value's last digit group carries its decimals, so in such a table a
 * whole number standing alone before a row's figures ("Köp av aktier 14 – 0,2 0,0 – 0,2") is no
 * value but the row's note.
 */

/** A figure's last digit group with its decimal part, a sign or a percent sign aside. */
const DECIMAL = /^[-−–+]?\d{1,3},(\d{1,4})%?$/;
const DIGITS = /\d/;
/** Rows whose last figure shows its decimals, at least: fewer tell nothing of the table. */
const MIN_ROWS = 4;

/** The decimals all the rows' figures print alike, or null when they differ, some print none, or too few rows show any. */
export function printedDecimals(runs: readonly (readonly string[])[]): number | null {
  let decimals: number | null = null;
  let rows = 0;
  for (const run of runs) {
    for (const t of run) {
      const m = DECIMAL.exec(t);
      if (!m) continue;
      if (decimals !== null && m[1]!.length !== decimals) return null;
      decimals = m[1]!.length;
    }
    // A row may end in a dash or a blank token for its empty cell; a figure that ends it shows its decimals.
    const last = [...run].reverse().find((t) => DIGITS.test(t));
    if (last === undefined) continue;
    if (!DECIMAL.test(last)) return null;
    rows++;
  }
  return rows >= MIN_ROWS ? decimals : null;
}
