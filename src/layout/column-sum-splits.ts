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
  for (const r of rows) if ((count *= r.ways.length) > MAX_COMBINATIONS) return solveBySums(rows, width);
  const pick: number[] = new Array(rows.length).fill(0);
  let found: number[] | null = null;
  let matches = 0;
  // A column with a blank cell ("..", ". .") says nothing of the split: it is passed over, and the
  // reading holds when every other column adds up, one at least (blank-sum-columns in the tests).
  const holds = (): boolean => {
    const total = rows[rows.length - 1]!.ways[pick[rows.length - 1]!]!;
    let checked = 0;
    for (let c = 0; c < width; c++) {
      const want = total[c];
      if (want === undefined) return false;
      if (want === null) continue;
      let sum = new Decimal(0);
      let blank = false;
      for (let r = 0; r < rows.length - 1 && !blank; r++) {
        const v = rows[r]!.ways[pick[r]!]![c];
        if (v === undefined) return false;
        if (v === null) blank = true;
        else sum = sum.plus(v);
      }
      if (blank) continue;
      if (!sum.eq(want)) return false;
      checked++;
    }
    return checked > 0;
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

/** Partial sums kept at most while one column is solved: beyond it the table is left to the sizes. */
const MAX_PARTIALS = 20_000;
/** Ways of filling one column followed at most before the search gives up. */
const MAX_BRANCHES = 64;

/**
 * The same choice for a table of any size, column by column: for each column the rows' values
 * (over the readings still possible) must add up to the total row's, found by keeping the partial
 * sums row by row; each way a column adds up narrows the readings for the next. Per row the
 * index of its reading when exactly one assignment of values holds in every column; null when
 * none or several, or the search grows too large. Blank cells never sum.
 */
export function solveBySums(rows: SumRow[], width: number): number[] | null {
  if (rows.length < 3 || !rows[rows.length - 1]!.total || rows.some((r) => r.ways.length === 0)) return null;
  const alive0 = rows.map((r) => r.ways.map((_, k) => k));
  const found: number[][][] = [];
  let aborted = false;
  const search = (c: number, alive: number[][]): void => {
    if (aborted || found.length > 1) return;
    if (c === width) {
      found.push(alive);
      return;
    }
    // Per row, its possible values in this column and the readings giving each.
    const options = rows.map((r, i) => {
      const byValue = new Map<string, { v: Decimal; ks: number[] }>();
      for (const k of alive[i]!) {
        const v = r.ways[k]![c];
        if (v === null || v === undefined) continue;
        const key = v.toString();
        const o = byValue.get(key);
        if (o) o.ks.push(k);
        else byValue.set(key, { v, ks: [k] });
      }
      return [...byValue.values()];
    });
    if (options.some((o) => o.length === 0)) return;
    // Per total value, the partial sums over the summed rows that can still reach it (bounded by
    // the least and most the rows left can add), each with up to two choices that reach it.
    const last = rows.length - 1;
    const lo: Decimal[] = new Array(last + 1).fill(new Decimal(0));
    const hi: Decimal[] = new Array(last + 1).fill(new Decimal(0));
    for (let i = last - 1; i >= 0; i--) {
      lo[i] = lo[i + 1]!.plus(Decimal.min(...options[i]!.map((o) => o.v)));
      hi[i] = hi[i + 1]!.plus(Decimal.max(...options[i]!.map((o) => o.v)));
    }
    let branches = 0;
    for (let jt = 0; jt < options[last]!.length && !aborted; jt++) {
      const target = options[last]![jt]!.v;
      if (target.lt(lo[0]!) || target.gt(hi[0]!)) continue;
      let partials = new Map<string, { sum: Decimal; picks: number[][] }>([['0', { sum: new Decimal(0), picks: [[]] }]]);
      for (let i = 0; i < last && partials.size > 0; i++) {
        const next = new Map<string, { sum: Decimal; picks: number[][] }>();
        for (const p of partials.values()) {
          options[i]!.forEach((o, j) => {
            const sum = p.sum.plus(o.v);
            if (sum.plus(lo[i + 1]!).gt(target) || sum.plus(hi[i + 1]!).lt(target)) return;
            const key = sum.toString();
            const e = next.get(key);
            // Two choices reaching one sum are kept (to tell a unique reading from an ambiguous one), no more.
            const picks = p.picks.slice(0, 2).map((pk) => [...pk, j]);
            if (e) e.picks = e.picks.concat(picks).slice(0, 2);
            else next.set(key, { sum, picks });
          });
        }
        if (next.size > MAX_PARTIALS) {
          aborted = true;
          return;
        }
        partials = next;
      }
      const hit = partials.get(target.toString());
      if (!hit) continue;
      for (const pk of hit.picks) {
        if (++branches > MAX_BRANCHES) {
          aborted = true;
          return;
        }
        search(c + 1, rows.map((_, i) => options[i]![i === last ? jt : pk[i]!]!.ks));
      }
    }
  };
  search(0, alive0);
  if (aborted || found.length !== 1) return null;
  // Two readings of one row that give the same values are one assignment but no single reading.
  if (found[0]!.some((ks) => ks.length !== 1)) return null;
  return found[0]!.map((ks) => ks[0]!);
}
