import { Decimal } from 'decimal.js';
import type { Row, Table } from '../../model/table.js';

/**
 * A percent column that is each row's ratio of two other figures in that row, such as an
 * occupancy ("Platser 1116, Belagda 1037, Beläggningsgrad 92,92%": 1037 / 1116), is a rate, not a
 * column of shares: its total row states the whole table's ratio (2186 / 2282 = 95,79 %), which
 * need not be 100. One pair of columns must give every row's percentage within its rounding.
 */
const HUNDRED = new Decimal(100);
const MIN_ROWS = 2;

const rowsWith = (table: Table, col: number): Row[] => table.rows.filter((r) => (r.kind === 'data' || r.kind === 'total') && r.cells[col]?.value != null);

/** True when one pair of the table's other (non-percent) columns gives every row's value in `col` as their ratio. */
export function isRateColumn(table: Table, col: number): boolean {
  const rows = rowsWith(table, col);
  if (rows.length < MIN_ROWS) return false;
  const others = table.columns.map((c, i) => i).filter((i) => i !== col && table.columns[i]!.unit !== 'percent');
  for (const num of others) {
    for (const den of others) {
      if (num === den) continue;
      const fits = rows.every((r) => {
        const a = r.cells[num]?.value;
        const b = r.cells[den]?.value;
        const v = r.cells[col]!;
        if (a == null || b == null || b.isZero()) return false;
        return a.div(b).times(HUNDRED).minus(v.value!).abs().lte(v.precision);
      });
      if (fits) return true;
    }
  }
  return false;
}
