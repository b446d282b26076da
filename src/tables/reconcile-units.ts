import type { Table } from '../model/table.js';
import { TOTAL_HEADER } from './units.js';

/**
 * A header can name the allocation key rather than the unit: in seed 000, "BUP / Befolkning
 * 0–18 år" holds kronor distributed by population. When such columns add up, row by row,
 * exactly to a money total column, they are money.
 */

export function reconcileUnits(table: Table): void {
  const cols = table.columns;
  const total = cols.findIndex((c) => (c.unit === 'SEK' || c.unit === null) && TOTAL_HEADER.test(c.header[c.header.length - 1] ?? ''));
  if (total < 0) return;
  const parts = cols.map((_, i) => i).filter((i) => i !== total && cols[i]!.unit !== 'percent');
  if (parts.length < 2 || !parts.some((i) => cols[i]!.unit === 'persons' || cols[i]!.unit === 'count')) return;
  if (parts.some((i) => cols[i]!.scale !== cols[total]!.scale)) return;
  // Nearly every row must add up: one wrong row is a finding for the rules, not a reason to
  // read the columns as persons.
  let checked = 0;
  let matched = 0;
  for (const row of table.rows) {
    const t = row.cells[total]!.value;
    if (t === null || parts.some((i) => row.cells[i]!.value === null)) continue;
    const sum = parts.reduce((acc, i) => acc.plus(row.cells[i]!.value!), t.minus(t));
    checked++;
    if (sum.eq(t)) matched++;
  }
  if (matched < 3 || matched < 0.9 * checked) return;
  for (const i of parts) cols[i]!.unit = cols[total]!.unit ?? 'SEK';
}
