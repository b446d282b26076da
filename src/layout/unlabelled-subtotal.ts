import { Decimal } from 'decimal.js';
import { plainValue } from './plain-value.js';

/**
 * A company's statement prints some subtotals as a row of figures without a label, right under
 * the rows it adds ("Övriga rörelseintäkter" / "15 563" / "21 495" / "474 342" / "508 408"):
 * pasted one cell a line, the figures stand where a label should. They are a row of their own
 * only when each is the sum of its column in the rows above, two or more, back to a heading or an
 * earlier such row; a dash there ("–") adds nothing. Figures that add up to nothing are no row.
 */
const DASH = /^[-–—]$/;

const valueOf = (text: string): Decimal | null => (DASH.test(text.trim()) ? new Decimal(0) : plainValue(text));

/** Whether `sums` (one text a column) is the sum of `rows` (each the same columns' texts). */
export function sumsRowsAbove(sums: readonly string[], rows: readonly (readonly string[])[]): boolean {
  if (rows.length < 2) return false;
  const want = sums.map(valueOf);
  if (want.some((v) => v === null)) return false;
  const acc = want.map(() => new Decimal(0));
  for (const row of rows) {
    if (row.length !== want.length) return false;
    const vals = row.map(valueOf);
    if (vals.some((v) => v === null)) return false;
    vals.forEach((v, c) => (acc[c] = acc[c]!.plus(v!)));
  }
  return acc.every((a, c) => a.eq(want[c]!));
}
