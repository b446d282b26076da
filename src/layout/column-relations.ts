import type { Decimal } from 'decimal.js';

/**
 * Columns of which one is the sum of others in every row, as statistics tables print them: a
 * count of pupils in years 1–9 beside the count per year ("Antal elever åk 1-9" … "åk 1" … "åk 9"),
 * all dwellings beside the houses and the flats of each year ("Alla 2015 2016 | Småhus 2015 2016 |
 * Flerbostadshus 2015 2016"). When digit groups are spaced like the columns, a row may split into
 * values in several ways; the relations the table's other rows show tell which way it was printed.
 *
 * A relation is learnt only from rows whose digits split one way (no guess goes into it): it must
 * hold in every such row that has all its cells, in at least MIN_ROWS of them, and sum at least
 * MIN_SUM in one of them, so that small figures adding up by chance never make one. The parts are
 * a run of columns at an even step (next to each other, or every second column …).
 */
export interface ColumnRelation {
  /** The column that holds the sum. */
  sum: number;
  /** The columns it sums. */
  parts: number[];
}

const MIN_ROWS = 3;
const MIN_SUM = 100;
/** Relations kept at most: a table shows one or two; many would be figures that add up for another reason. */
const MAX_RELATIONS = 4;

type Values = readonly (Decimal | null)[];

/** Whether the relation holds in `values`: null when a cell it needs is blank. */
function holds(values: Values, r: ColumnRelation): boolean | null {
  const sum = values[r.sum];
  if (sum === null || sum === undefined) return null;
  let acc = sum.mul(0);
  for (const p of r.parts) {
    const v = values[p];
    if (v === null || v === undefined) return null;
    acc = acc.plus(v);
  }
  return acc.eq(sum);
}

/** The relations every row read one way shows (`certain` holds one list of values per such row). */
export function learnRelations(certain: readonly Values[], width: number): ColumnRelation[] {
  if (certain.length < MIN_ROWS) return [];
  // Numbers for the search, the exact values to confirm what it finds.
  const rows = certain.map((values) => values.map((v) => (v === null || v === undefined ? null : v.toNumber())));
  const found: ColumnRelation[] = [];
  for (let sum = 0; sum < width; sum++) {
    for (let step = 1; step < width; step++) {
      for (let first = 0; first < width; first++) {
        for (let count = 2; first + (count - 1) * step < width; count++) {
          const parts = Array.from({ length: count }, (_, k) => first + k * step);
          if (parts.includes(sum)) break;
          let shown = 0;
          let large = false;
          let broken = false;
          for (const values of rows) {
            const s = values[sum];
            if (s === null || s === undefined) continue;
            let acc = 0;
            let blank = false;
            for (const p of parts) {
              const v = values[p];
              if (v === null || v === undefined) blank = true;
              else acc += v;
            }
            if (blank) continue;
            if (Math.abs(acc - s) > 1e-9 * Math.max(1, Math.abs(s))) {
              broken = true;
              break;
            }
            shown++;
            if (Math.abs(s) >= MIN_SUM) large = true;
          }
          const r = { sum, parts };
          if (!broken && large && shown >= MIN_ROWS && certain.every((values) => holds(values, r) !== false)) found.push(r);
          if (found.length > MAX_RELATIONS) return [];
        }
      }
    }
  }
  return found;
}

/**
 * The one reading of a row that shows every relation it can be checked on (at least one), by
 * index into `readings`; null when none or several do.
 */
export function readingByRelations(readings: readonly Values[], relations: readonly ColumnRelation[]): number | null {
  if (relations.length === 0) return null;
  const passing: number[] = [];
  readings.forEach((values, i) => {
    const checks = relations.map((r) => holds(values, r)).filter((h): h is boolean => h !== null);
    if (checks.length > 0 && checks.every((h) => h)) passing.push(i);
  });
  return passing.length === 1 ? passing[0]! : null;
}
