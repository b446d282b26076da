import { Decimal } from 'decimal.js';

/**
 * A small table whose rows split into columns more than one way ("Män 100 200 300" under two
 * columns is "100 200 | 300" or "100 | 200 300", or one value and an empty cell), closed by a total
 * row: the one way of reading every row whose columns add up to the total row is how the table
 * was printed. Still a reading (the caller marks its cells uncertain), so a sum over it can only
 * warn; but the columns are no longer guessed by size alone.
 */
export interface SumRow {
  total: boolean;
  /** Every way the row reads as the table's full width of values. */
  ways: (Decimal | null)[][];
}

/** Combinations tried at most: small tables only; a large one has rows enough to size its columns. */
const MAX_COMBINATIONS = 4096;

/** Per row, the index of its reading in the one combination whose columns sum to the total; null when none or several. */
export function chooseBySums(rows: SumRow[], width: number): number[] | null {
  const totals = rows.filter((r) => r.total).length;
  if (totals !== 1 || !rows[rows.length - 1]!.total || rows.length < 3) return null;
  if (rows.some((r) => r.ways.length === 0) || rows.every((r) => r.ways.length === 1)) return null;
  let count = 1;
  for (const r of rows) if ((count *= r.ways.length) > MAX_COMBINATIONS) return null;
  const pick: number[] = new Array(rows.length).fill(0);
  let found: number[] | null = null;
  let matches = 0;
  const holds = (): boolean => {
    const total = rows[rows.length - 1]!.ways[pick[rows.length - 1]!]!;
    for (let c = 0; c < width; c++) {
      const want = total[c];
      if (want === null || want === undefined) return false;
      let sum = new Decimal(0);
      for (let r = 0; r < rows.length - 1; r++) {
        const v = rows[r]!.ways[pick[r]!]![c];
        if (v === null || v === undefined) return false;
        sum = sum.plus(v);
      }
      if (!sum.eq(want)) return false;
    }
    return true;
  };
  for (let n = 0; n < count; n++) {
    let rest = n;
    for (let r = rows.length - 1; r >= 0; r--) {
      pick[r] = rest % rows[r]!.ways.length;
      rest = Math.floor(rest / rows[r]!.ways.length);
    }
    if (!holds()) continue;
    if (++matches > 1) return null;
    found = [...pick];
  }
  return found;
}
