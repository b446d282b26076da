import { Decimal } from 'decimal.js';
import { plainValue } from './plain-value.js';
import { PART_OF_COLUMN, TOTAL_OF_COLUMNS } from '../lexicon/phrases.js';

/**
 * A table pasted one cell a line that leaves its empty cells out gives no sign of which cells are
 * missing. Where one column is empty in every row (a group's part of a note that has no finance
 * leases, say), every row is one cell short of the header:
 *
 *   Belopp i mnkr
 *   Mark / Byggnader / Inventarier / Därav leasing / Summa      (five titles)
 *   Anskaffningsvärde   120   4 500   800   5 420               (four figures a row)
 *
 * A total column last ("Summa", "Totalt") says where the gap is: the total is the sum of the
 * columns that are no part of another ("Därav …", "varav …"), so the gap lies where the rows add up
 * only with it there. 120 + 4 500 + 800 = 5 420 puts it under "Därav leasing"; put under "Mark",
 * 5 420 would be a part and the sum 4 500 + 800 ≠ 5 420.
 */

/** The doubt on a figure placed past the empty column: the sums put it there, the page did not. */
export const EMPTY_COLUMN_DOUBT = 'empty column';

/** Rows that must add up before a gap is placed by them. */
const MIN_ROWS = 3;

const normalised = (title: string): string => title.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').replace(/\s+/g, ' ').trim();

/** The value column (index into `titles`) that totals the others: the last, titled as a total; else null. */
export function totalColumn(titles: readonly string[]): number | null {
  const last = titles.length - 1;
  return last >= 2 && TOTAL_OF_COLUMNS.test(normalised(titles[last]!)) ? last : null;
}

/** Whether the figures, in these columns, make the total column the sum of the columns that are no part of another. */
function addsUp(values: readonly Decimal[], columns: readonly number[], titles: readonly string[], total: number): boolean {
  let sum = new Decimal(0);
  let stated: Decimal | null = null;
  values.forEach((v, i) => {
    const c = columns[i]!;
    if (c === total) stated = v;
    else if (!PART_OF_COLUMN.test(titles[c]!)) sum = sum.plus(v);
  });
  return stated !== null && sum.eq(stated);
}

/**
 * The value column left empty in every row, when the rows (each one figure short of `titles`)
 * add up to the total column with the gap there alone; null when no total column says so, or
 * when the sums leave the choice open.
 */
export function emptyColumnBySums(titles: readonly string[], rows: readonly (readonly string[])[]): number | null {
  const total = totalColumn(titles);
  if (total === null || rows.length < MIN_ROWS) return null;
  const parsed = rows.map((r) => r.map(plainValue));
  if (parsed.some((r) => r.length !== titles.length - 1 || r.some((v) => v === null))) return null;
  const values = parsed as Decimal[][];
  const scores = titles.map((_, gap) => {
    if (gap === total) return -1;
    const columns = titles.map((__, c) => c).filter((c) => c !== gap);
    return values.filter((vals) => addsUp(vals, columns, titles, total)).length;
  });
  const best = Math.max(...scores);
  // Mostly adding up (a rounded figure may miss by one), at MIN_ROWS rows, and no other gap as well.
  if (best < MIN_ROWS || best * 3 < values.length * 2 || scores.filter((s) => s === best).length > 1) return null;
  return scores.indexOf(best);
}

/**
 * A row shorter still (only some columns filled) whose last figure is the sum of the others
 * ("-29", "-28", "-57" under a total column): its last figure is the total's. The value columns
 * of its figures, the others from the left; null when the last figure totals nothing.
 */
export function columnsWithTotalLast(titles: readonly string[], texts: readonly string[]): number[] | null {
  const total = totalColumn(titles);
  if (total === null || texts.length < 2 || texts.length >= titles.length) return null;
  const vals = texts.map(plainValue);
  if (vals.some((v) => v === null)) return null;
  const last = vals[vals.length - 1]!;
  const sum = vals.slice(0, -1).reduce((acc: Decimal, v) => acc.plus(v!), new Decimal(0));
  if (!sum.eq(last)) return null;
  return [...texts.slice(0, -1).map((_, i) => i), total];
}
