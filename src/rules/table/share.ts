import { Decimal } from 'decimal.js';
import type { Row, Table } from '../../model/table.js';
import type { DocumentRule, RuleFinding } from '../types.js';
import { num, t } from '../../messages/index.js';

/**
 * A percent column that states each row's share of another column ("Andel befolkning" next
 * to "Befolkning") must agree with that column: share = value / total × 100, within the
 * share's rounding. The basis column is found from the data: the one that explains the
 * shares of nearly every row. Rows that break the pattern are reported.
 */
const MIN_FIT = 0.8;
const HUNDRED = new Decimal(100);

interface Basis {
  col: number;
  total: Decimal;
  fits: boolean[];
}

function totalOf(table: Table, col: number, data: Row[]): Decimal | null {
  const totalRow = table.rows.find((r) => r.kind === 'total' && r.cells[col]!.value !== null);
  if (totalRow) return totalRow.cells[col]!.value;
  let sum = new Decimal(0);
  for (const r of data) if (r.cells[col]!.value !== null) sum = sum.plus(r.cells[col]!.value!);
  return sum;
}

function fitsRow(row: Row, share: number, col: number, total: Decimal): boolean | null {
  const s = row.cells[share]!;
  const v = row.cells[col]!.value;
  if (s.value === null || v === null) return null;
  const expected = v.div(total).times(HUNDRED);
  // The written share is rounded; allow its half-unit plus a hair for the division.
  return expected.minus(s.value).abs().lte(s.precision.plus(new Decimal('0.0001')));
}

/** The column a percent column's shares are shares of, if the data show one (of a section's sum row, when given). */
export function findBasis(table: Table, share: number, data: Row[], sum?: Row): Basis | null {
  let best: Basis | null = null;
  let bestFit = 0;
  table.columns.forEach((c, col) => {
    if (col === share || c.unit === 'percent') return;
    const total = sum ? sum.cells[col]?.value ?? null : totalOf(table, col, data);
    if (!total || total.isZero()) return;
    const strict = data.map((r) => fitsRow(r, share, col, total));
    // A share rounded up or down so that the shares make 100 (largest remainders) follows from the column too.
    const rounded = roundedToWhole(data, strict, share, col, total);
    const fits = data.map((r, i) => (strict[i] === false ? rounded.has(r) : strict[i]!));
    const judged = fits.filter((f) => f !== null);
    const n = judged.filter((f) => f).length;
    if (judged.length >= 4 && n / judged.length >= MIN_FIT && n > bestFit) {
      bestFit = n;
      best = { col, total, fits: strict.map((f) => f !== false) };
    }
  });
  return best;
}

/**
 * The sections of a table whose percent column closes each with a sum row of 100 % ("Summa
 * kostnader 8 241 100 %", then "Summa intäkter 8 288 100 %"): the data rows since the sum row
 * before, each a whole of its own. Null unless two or more sum rows print 100 % and every data
 * row stands in one of their sections.
 */
export function hundredSections(table: Table, share: number): { rows: Row[]; sum: Row }[] | null {
  const out: { rows: Row[]; sum: Row }[] = [];
  let rows: Row[] = [];
  for (const r of table.rows) {
    if (r.kind === 'data') rows.push(r);
    if (r.kind !== 'total' && r.kind !== 'subtotal') continue;
    const c = r.cells[share];
    if (c?.value == null || c.value.minus(HUNDRED).abs().gt(c.precision)) return null;
    out.push({ rows, sum: r });
    rows = [];
  }
  return out.length >= 2 && rows.length === 0 && out.every((x) => x.rows.length > 0) ? out : null;
}

/**
 * Which printed shares a largest-remainder rounding gives: each exact share rounded down, and as
 * many of them up by one unit as the rounded-down shares fall short of the whole (100 %), those
 * with the largest remainders (ties either way). A publisher that rounds so that the shares add
 * up to 100 prints them so. Per row: true where the printed share is such a rounding, false where
 * it is not. Null where no such rounding can be tried: a row without both figures, shares of
 * other precisions, or basis figures that do not make the total. Where every share is printed
 * within a unit, the rows rounded up must also be exactly as many as the whole needs.
 */
export function largestRemainder(rows: readonly Row[], share: number, basis: number, total: Decimal): boolean[] | null {
  if (rows.length === 0) return null;
  const unit = rows[0]!.cells[share]!.precision.times(2);
  if (unit.isZero()) return null;
  let basisSum = new Decimal(0);
  let slack = new Decimal(0);
  let floors = new Decimal(0);
  const quotas: { floor: Decimal; rest: Decimal; units: Decimal }[] = [];
  for (const r of rows) {
    const s = r.cells[share];
    const v = r.cells[basis];
    if (s?.value == null || v?.value == null || !s.precision.times(2).eq(unit)) return null;
    basisSum = basisSum.plus(v.value);
    slack = slack.plus(v.precision);
    const quota = v.value.div(total).times(HUNDRED).div(unit);
    const floor = quota.floor();
    floors = floors.plus(floor);
    quotas.push({ floor, rest: quota.minus(floor), units: s.value.div(unit) });
  }
  if (basisSum.minus(total).abs().gt(slack)) return null;
  const k = HUNDRED.div(unit).minus(floors).toNumber();
  if (!Number.isInteger(k) || k < 0 || k > rows.length) return null;
  const rests = quotas.map((q) => q.rest).sort((x, y) => y.comparedTo(x));
  // The k-th largest remainder and the one after it: a row rounded up needs at least the first, one rounded down at most the second.
  const lowestUp = k > 0 ? rests[k - 1]! : null;
  const highestDown = k < rows.length ? rests[k]! : null;
  const out = quotas.map((q) => {
    if (q.units.eq(q.floor.plus(1))) return lowestUp !== null && q.rest.gte(lowestUp);
    if (q.units.eq(q.floor)) return highestDown !== null && q.rest.lte(highestDown);
    return false;
  });
  const near = quotas.every((q) => q.units.eq(q.floor) || q.units.eq(q.floor.plus(1)));
  if (near && quotas.filter((q) => q.units.eq(q.floor.plus(1))).length !== k) return out.map(() => false);
  return out;
}

/** The rows whose share misses the exact one but is its largest-remainder rounding, among the rows with both figures (`strict` not null). */
function roundedToWhole(data: readonly Row[], strict: readonly (boolean | null)[], share: number, basis: number, total: Decimal): Set<Row> {
  if (!strict.some((f) => f === false)) return new Set();
  const rows = data.filter((r, i) => strict[i] !== null && r.cells[share]?.value != null && r.cells[basis]?.value != null);
  const explained = largestRemainder(rows, share, basis, total);
  return new Set(rows.filter((r, j) => explained?.[j] === true && strict[data.indexOf(r)] === false));
}

export const share: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'table/share',
    description: 'Andelskolumner stämmer med kolumnen de är andelar av',
    severity: 'error',
    docs:
      'For a percent column, kronkoll looks for the column whose values explain the shares (value / total × 100, within the rounding of the printed share) on at least 80 % of the rows. ' +
      'Rows whose share does not follow from that column are reported with the computed share. ' +
      'Where two or more sum rows print 100 %, each closes a section whose shares are checked against that sum row (a reading, so a warning). ' +
      'Shares rounded so that they add up to 100 (the largest remainders rounded up) are an info, not a mismatch.',
  },
  check(doc) {
    const out: RuleFinding[] = [];
    for (const table of doc.tables) {
      table.columns.forEach((c, col) => {
        if (c.unit !== 'percent') return;
        const sections = hundredSections(table, col);
        const groups = sections ?? [{ rows: table.rows.filter((r) => r.kind === 'data'), sum: undefined }];
        for (const g of groups) out.push(...checkShares(table, col, g.rows, g.sum, sections !== null));
      });
    }
    return out;
  },
};

/** The findings of one percent column over one group of rows (the table's data rows, or a section's). */
function checkShares(table: Table, col: number, data: Row[], sum: Row | undefined, section: boolean): RuleFinding[] {
  const out: RuleFinding[] = [];
  const c = table.columns[col]!;
  const basis = findBasis(table, col, data, sum);
  if (!basis) return out;
  const basisName = table.columns[basis.col]!.header.join(' / ');
  const rounded = roundedToWhole(data, basis.fits.map((f) => (f ? true : false)), col, basis.col, basis.total);
  data.forEach((row, i) => {
    if (basis.fits[i]) return;
    const byRemainder = rounded.has(row);
    const v = row.cells[basis.col]!.value!;
    const computed = v.div(basis.total).times(HUNDRED);
    const stated = row.cells[col]!;
    const values = {
      row: row.label,
      share: num(stated.value!),
      column: c.header.join(' / '),
      value: num(v),
      total: num(basis.total),
      computed: num(computed.toDecimalPlaces(2)),
      basis: basisName,
    };
    out.push({
      ...(byRemainder ? { severity: 'info' as const } : section ? { severity: 'warning' as const } : {}),
      message: byRemainder ? t('table.shareRoundedToWhole', values) : section ? `${t('table.share', values)} — ${t('table.shareSection', { sum: sum!.label })}` : t('table.share', values),
      location: stated.location,
      related: [{ message: basisName, location: row.cells[basis.col]!.location }],
      // expected: the printed share; actual: the share computed from the column, rounded as printed.
      expected: stated.value!.toFixed(),
      actual: computed.toDecimalPlaces(stated.precision.isZero() ? 0 : stated.precision.times(2).log(10).neg().round().toNumber()).toFixed(),
    });
  });
  return out;
}
