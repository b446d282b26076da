import { Decimal } from 'decimal.js';
import { isTotalLabelText } from './total-label.js';
import { plainValue } from './plain-value.js';
import type { GridCell, GridRow } from './types.js';

/**
 * Where a row short of values stands, as the total row under it decides: of the placements that
 * fit the look of the columns, the one (and only one) with which every column of the rows from
 * the last total (or the table's top) down to the next total row adds up to that total, exactly.
 * Every other row of that run must fill each column with a plain figure; a second short row, a
 * row of words or no total row below leaves the sums undecided (null).
 *
 *   Område   2021  2022  2023
 *   Skola      10    12    14
 *   Vård        8     9              ← 8 and 9 under 2022 and 2023: 15 = 10 + 5, 26 = 12 + 8 + 6, 30 = 14 + 9 + 7
 *   Omsorg      5     6     7
 *   Summa      15    26    30
 *
 * `ways` are placements of the row's filled cells (label first) among `width` columns.
 */
const filled = (c: GridCell | undefined): boolean => c !== undefined && c.text.trim() !== '';
/** A row whose label opens with a total word ("Summa", "Totalt"). */
const isTotal = (row: GridRow): boolean => isTotalLabelText(row.cells[0]?.text.trim().split(/\s+/)[0] ?? '');

export function placementByTotal(body: readonly GridRow[], target: GridRow, ways: readonly number[][], width: number): number[] | null {
  const at = body.indexOf(target);
  if (at < 0 || ways.length === 0) return null;
  let end = at + 1;
  while (end < body.length && !isTotal(body[end]!)) end++;
  if (end >= body.length) return null;
  let start = at;
  while (start > 0 && !isTotal(body[start - 1]!)) start--;
  const figures = (row: GridRow): Decimal[] | null => {
    const vals = row.cells.slice(1, width).map((c) => (filled(c) ? plainValue(c.text) : null));
    return vals.length === width - 1 && vals.every((v) => v !== null) ? (vals as Decimal[]) : null;
  };
  const total = figures(body[end]!);
  if (total === null) return null;
  const sums = new Array<Decimal>(width - 1).fill(new Decimal(0));
  for (let r = start; r < end; r++) {
    if (r === at) continue;
    const vals = figures(body[r]!);
    if (vals === null) return null;
    vals.forEach((v, c) => (sums[c] = sums[c]!.plus(v)));
  }
  const values = target.cells.filter(filled).map((c) => plainValue(c.text));
  // The label first, then figures only.
  if (values.length < 2 || values[0] !== null || values.slice(1).some((v) => v === null)) return null;
  const adds = ways.filter((cols) => {
    if (cols[0] !== 0) return false;
    return total.every((t, c) => {
      const k = cols.indexOf(c + 1);
      return sums[c]!.plus(k > 0 ? values[k]! : 0).eq(t);
    });
  });
  return adds.length === 1 ? adds[0]! : null;
}
