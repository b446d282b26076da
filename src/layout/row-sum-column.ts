import type { Decimal } from 'decimal.js';

/**
 * A column that holds each row's sum ("Totalt" after the parts, or before them), found by the
 * rows themselves. Statistics tables often print one:
 *
 *   Inkomst- Kostnads- Regleringspost Totalt
 *   Ort A -3 969 -486 157 -4 298
 *   Ort B 12 045 1 200 157 13 402
 *
 * When digit groups are spaced like the columns, a row's digits may split into values in several
 * ways; the one way whose last (or first) value is the sum of the others is the row as printed.
 * The relation is taken as the table's only when most rows that can be read in full show it, so
 * one chance agreement never decides a table.
 */

/** Where the sum column stands. */
export type RowSumSide = 'last' | 'first';

const MIN_ROWS = 3;
/** Share of the rows read in full that must show the relation. */
const MIN_SHARE = 0.8;
/** Fewer rows decide when each row that splits several ways shows a sum of more than this many parts. */
const MIN_PARTS = 4;
const MIN_AMBIGUOUS_ROWS = 2;

/** Does this reading of a row hold its sum on `side`? Blank cells and rows of fewer than three values never do. */
export function holdsRowSum(values: readonly (Decimal | null)[], side: RowSumSide): boolean {
  if (values.length < 3 || values.some((v) => v === null)) return false;
  const vs = values as Decimal[];
  const sum = side === 'last' ? vs[vs.length - 1]! : vs[0]!;
  const parts = side === 'last' ? vs.slice(0, -1) : vs.slice(1);
  // All zeros prove nothing.
  if (parts.every((p) => p.isZero())) return false;
  return parts.reduce((a, b) => a.plus(b), parts[0]!.mul(0)).eq(sum);
}

/**
 * The side of the table's row-sum column, or null. `readings` holds, per row, every way the row
 * can be read in full (one list of values per way); rows with no full reading are left out.
 */
export function rowSumSide(readings: readonly (readonly (readonly (Decimal | null)[])[])[]): RowSumSide | null {
  const rows = readings.filter((r) => r.length > 0);
  if (rows.length < MIN_ROWS) return null;
  for (const side of ['last', 'first'] as const) {
    const showing = rows.filter((r) => r.some((vals) => holdsRowSum(vals, side))).length;
    if (showing >= MIN_ROWS && showing >= rows.length * MIN_SHARE) return side;
  }
  // A short table whose other rows are of another measure ("Andel, procent" under two rows of
  // mnkr with a Summa column): every row that splits more than one way shows the sum of many
  // parts, which no chance agreement gives; the rows that split one way need no choosing.
  const ambiguous = readings.filter((r) => r.length > 1);
  if (ambiguous.length >= MIN_AMBIGUOUS_ROWS && rows.length >= MIN_ROWS - 1) {
    for (const side of ['last', 'first'] as const) {
      if (ambiguous.every((r) => r.some((vals) => vals.length > MIN_PARTS && holdsRowSum(vals, side)))) return side;
    }
  }
  return null;
}

/** The readings of one row that hold its sum, by index into `readings`. */
export function readingsWithRowSum(readings: readonly (readonly (Decimal | null)[])[], side: RowSumSide): number[] {
  const out: number[] = [];
  readings.forEach((vals, i) => {
    if (holdsRowSum(vals, side)) out.push(i);
  });
  return out;
}

/** Rows that must show the relation only with one more column (an exact sum of many values does not hold by chance). */
const MIN_WIDER_ROWS = 1;

/**
 * Whether the table has one column more than the digits require: its rows hold a row sum, and
 * some rows hold it only when read with one more value (a column most rows leave empty, such as
 * an "Extra-region" with figures in two rows, makes the digits of those rows read one short).
 * `at` and `wider` are, per row, the full readings at the column count and at one more.
 */
export function sumNeedsOneMoreColumn(at: readonly (readonly (readonly (Decimal | null)[])[])[], wider: readonly (readonly (readonly (Decimal | null)[])[])[]): boolean {
  // The relation is the table's when most rows show it at either count.
  const side = rowSumSide(at.map((r, i) => [...r, ...(wider[i] ?? [])]));
  if (side === null) return false;
  const rows = at.filter((r, i) => !r.some((v) => holdsRowSum(v, side)) && (wider[i] ?? []).some((v) => holdsRowSum(v, side)));
  return rows.length >= MIN_WIDER_ROWS;
}
