import { Decimal } from 'decimal.js';
import { bracketed } from '../layout/looks-numeric.js';
import type { Row } from '../model/table.js';

/**
 * A whole figure in parentheses ("(12)") is read as the number inside, as a guess: pages use
 * parentheses for a figure outside the sum, last year's figure or a negative amount, and do not
 * say which (interpret.ts). Accounts print negatives so ("Avvikelse" −12, 12, (12)). When a
 * column has one total row, no subtotal, and its rows add up to that total exactly only with
 * the bracketed figures negative, they are negative. The cells stay marked as a reading, so a
 * sum over them can still only warn.
 */
export function signBracketedByTotal(rows: Row[], columns: number): void {
  const totals = rows.filter((r) => r.kind === 'total');
  if (totals.length !== 1 || rows.some((r) => r.kind === 'subtotal')) return;
  const data = rows.filter((r) => r.kind === 'data');
  for (let c = 0; c < columns; c++) {
    const stated = totals[0]!.cells[c]?.value;
    // The parentheses first: most cells have none, and a Decimal comparison costs more than a look at the text.
    const inBrackets = data.map((r) => r.cells[c]).filter((cell) => cell?.value && bracketed(cell.raw) !== null && cell.value.gt(0));
    if (!stated || inBrackets.length === 0) continue;
    const sum = data.reduce((s, r) => s.plus(r.cells[c]?.value ?? 0), new Decimal(0));
    const negated = inBrackets.reduce((s, cell) => s.minus(cell!.value!.times(2)), sum);
    if (sum.eq(stated) || !negated.eq(stated)) continue;
    for (const cell of inBrackets) cell!.value = cell!.value!.neg();
  }
}
