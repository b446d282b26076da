import { Decimal } from 'decimal.js';
import type { SumRange } from './sum-range.js';

/**
 * Many short rows over one sum row (a flattened web table that leaves each empty cell out): their
 * placements together are too many to try one by one (ten rows of nine figures in ten columns are
 * 10^10), but a sum row fixes every column. So the rows are placed column by column, left to
 * right: at each column every row either puts its next figure there or leaves the cell empty, a
 * row with as many figures left as columns left must put one, and only the choices whose column
 * adds up to the sum row's figure go on. A figure hidden below a bound adds its range; a column
 * adds up when the sum lies within the range of what it holds.
 *
 * Readings that place every figure other than nothing alike are one reading (a dash may stand in
 * either of two empty cells). Returns every reading that adds up in every column, each as the index
 * of its placement in each row's list; null where the search went past its budget or a reading is
 * not among the rows' listed placements: then nothing is known.
 */

/** Readings kept after one column, at most: past it the rows place too freely for the sums to decide. */
const MAX_READINGS = 256;

export interface ColumnWalkRow {
  values: readonly SumRange[];
  /** The placements listed for the row: the columns of its figures, in order. */
  placements: readonly (readonly number[])[];
}

interface Reading {
  /** Figures placed so far, per row. */
  placed: number[];
  /** Columns of the placed figures, per row. */
  columns: number[][];
}

export function fitsColumnByColumn(sum: readonly Decimal[], fixed: readonly SumRange[], rows: readonly ColumnWalkRow[], budget: { left: number }): number[][] | null {
  const width = sum.length;
  // Whole numbers in the smallest unit any figure shows: exact in a double below 2^53.
  const places = Math.max(0, ...[...sum, ...fixed.flatMap((r) => [r.lo, r.hi]), ...rows.flatMap((r) => r.values.flatMap((v) => [v.lo, v.hi]))].map((d) => d.decimalPlaces()));
  const unit = new Decimal(10).pow(places);
  const whole = (d: Decimal): number | null => {
    const n = d.mul(unit).toNumber();
    return Number.isSafeInteger(n) ? n : null;
  };
  const target = sum.map(whole);
  const base = fixed.map((r) => [whole(r.lo), whole(r.hi)] as const);
  const lo = rows.map((r) => r.values.map((v) => whole(v.lo)));
  const hi = rows.map((r) => r.values.map((v) => whole(v.hi)));
  if ([...target, ...base.flat(), ...lo.flat(), ...hi.flat()].some((n) => n === null)) return null;
  const nothing = rows.map((_, r) => lo[r]!.map((l, k) => l === 0 && hi[r]![k] === 0));

  let readings = new Map<string, Reading>([['', { placed: rows.map(() => 0), columns: rows.map(() => []) }]]);
  for (let c = 0; c < width; c++) {
    const next = new Map<string, Reading>();
    for (const reading of readings.values()) {
      let accLo = base[c]![0]!;
      let accHi = base[c]![1]!;
      const forced: number[] = [];
      const free: number[] = [];
      rows.forEach((row, r) => {
        const left = row.values.length - reading.placed[r]!;
        if (left === 0) return;
        if (left === width - c) forced.push(r);
        else free.push(r);
      });
      for (const r of forced) {
        accLo += lo[r]![reading.placed[r]!]!;
        accHi += hi[r]![reading.placed[r]!]!;
      }
      // What the free rows left may still add, at least and at most: a search that cannot reach the sum stops.
      const minLeft = new Array<number>(free.length + 1).fill(0);
      const maxLeft = new Array<number>(free.length + 1).fill(0);
      for (let i = free.length - 1; i >= 0; i--) {
        const r = free[i]!;
        minLeft[i] = minLeft[i + 1]! + Math.min(0, lo[r]![reading.placed[r]!]!);
        maxLeft[i] = maxLeft[i + 1]! + Math.max(0, hi[r]![reading.placed[r]!]!);
      }
      const t = target[c]!;
      const chosen: number[] = [];
      const walk = (i: number, l: number, h: number): boolean => {
        if (--budget.left < 0) return false;
        if (t < l + minLeft[i]! || t > h + maxLeft[i]!) return true;
        if (i === free.length) {
          if (l > t || h < t) return true;
          const placed = [...reading.placed];
          const columns = reading.columns.map((cols) => [...cols]);
          for (const r of [...forced, ...chosen]) {
            columns[r]!.push(c);
            placed[r]!++;
          }
          // One reading per place of every figure other than nothing.
          const key = placed.join(',') + '|' + columns.map((cols, r) => cols.filter((_, k) => !nothing[r]![k]).join(',')).join(';');
          if (!next.has(key)) next.set(key, { placed, columns });
          return next.size <= MAX_READINGS;
        }
        const r = free[i]!;
        chosen.push(r);
        const k = reading.placed[r]!;
        const goOn = walk(i + 1, l + lo[r]![k]!, h + hi[r]![k]!);
        chosen.pop();
        return goOn && walk(i + 1, l, h);
      };
      if (!walk(0, accLo, accHi)) return null;
    }
    readings = next;
    if (readings.size === 0) return [];
  }
  const fits: number[][] = [];
  for (const reading of readings.values()) {
    const fit = rows.map((row, r) => row.placements.findIndex((p) => p.length === reading.columns[r]!.length && p.every((c, k) => c === reading.columns[r]![k])));
    if (fit.some((n) => n < 0)) return null;
    fits.push(fit);
  }
  return fits;
}
