/**
 * A scaled money unit written after one value of a row whose other values are bare: "Bergtorp
 * 117 000 tkr" among rows in kronor. It belongs to that cell (the cell is read with its own scale),
 * like a note mark, and is never a value of its own. Only units that change the scale: a bare
 * "kr" after every value is prose's way of writing amounts, not a table's.
 */
const SCALED_UNIT = /^(?:tkr|mnkr|mdkr|mkr|msek|ksek)$/i;

export function isUnitSuffix(token: string): boolean {
  return token.length <= 4 && SCALED_UNIT.test(token);
}
