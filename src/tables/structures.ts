import { Decimal } from 'decimal.js';
import type { Row, Table } from '../model/table.js';
import { t } from '../messages/index.js';

/**
 * The plausible ways a table's rows add up to its stated sums. Published tables are not one
 * flat block: a "Summa" closes a section and a grand total adds the sections; an adjustment
 * row ("Avgår …", "Minus tidigare beslutat …", a negative row) is netted by the next
 * subtotal; a subtotal is followed by more rows and a grand total ("Totalt", "SUMMA
 * TOTALT"); "varav" rows break out part of the row above; a total may be printed above its
 * parts. Each structure turns the rows into checks (this stated row = these rows, with
 * signs). The rules read the first structure as the table's reading and try the others only
 * when it does not reconcile; they never decide on their own what a table looks like.
 */
export type StructureName = 'flat' | 'adjustments' | 'sections' | 'chain' | 'implicit-subtotals' | 'other-rows' | 'total-above' | 'headed-sections';

export interface Part {
  row: Row;
  /** −1 for an adjustment row written as a positive amount ("Avgår 200"). */
  sign: 1 | -1;
}

export interface SumCheck {
  stated: Row;
  /** The rows summed, those without a value in the column included (a rule decides what an empty cell means). */
  parts: Part[];
  structure: StructureName;
}

/** What each structure is called in messages. */
export const STRUCTURE_TEXT: Record<StructureName, () => string> = {
  flat: () => t('structure.flat'),
  adjustments: () => t('structure.adjustments'),
  sections: () => t('structure.sections'),
  chain: () => t('structure.chain'),
  'implicit-subtotals': () => t('structure.implicitSubtotals'),
  'other-rows': () => t('structure.otherRows'),
  'total-above': () => t('structure.totalAbove'),
  'headed-sections': () => t('structure.headedSections'),
};

const ADJUSTMENT = /^(?:avgår|avgå|avdrag|minus|avräkning|återbetalning|återkrav|reducering|reduktion|[-−–]\s*\S)/i;
const VARAV = /^(?:\d+(?:\.\d+)*\.?\s+)?(?:varav|därav)\b/i;

const isSum = (r: Row): boolean => r.kind === 'total' || r.kind === 'subtotal';
const hasValue = (r: Row, col: number): boolean => r.cells[col]?.value != null;

/** An adjustment row: labelled as a deduction, or negative. */
export function isAdjustment(r: Row, col: number): boolean {
  return r.kind === 'data' && (ADJUSTMENT.test(r.label.trim()) || (r.cells[col]?.value?.isNegative() ?? false));
}

function part(row: Row, col: number, signed: boolean): Part {
  const v = row.cells[col]?.value;
  // A deduction written as a positive amount is subtracted; a negative one already is.
  const sign = signed && ADJUSTMENT.test(row.label.trim()) && v != null && v.isPositive() && !v.isZero() ? -1 : 1;
  return { row, sign };
}

/**
 * The reading kronkoll has always used: a subtotal sums the data rows since the previous
 * sum row, a total sums the subtotals since the previous total and the data rows after the
 * last of them. With `signed`, deductions are subtracted.
 */
function sequential(table: Table, col: number, signed: boolean, structure: StructureName, include: (r: Row) => boolean): SumCheck[] {
  const out: SumCheck[] = [];
  let data: Row[] = [];
  let subtotals: Row[] = [];
  for (const row of table.rows) {
    if (include(row)) data.push(row);
    if (!isSum(row)) continue;
    const parts = row.kind === 'total' && subtotals.length > 0 ? [...subtotals, ...data] : data;
    out.push({ stated: row, parts: parts.map((r) => part(r, col, signed && r.kind === 'data')), structure });
    if (row.kind === 'subtotal') subtotals.push(row);
    else subtotals = [];
    data = [];
  }
  return out;
}

const isData = (r: Row): boolean => r.kind === 'data';

/** Every sum row but the last total closes a section; the last total adds the sections and loose rows. */
function sections(table: Table, col: number): SumCheck[] {
  const lastTotal = [...table.rows].reverse().find((r) => r.kind === 'total');
  const out: SumCheck[] = [];
  let data: Row[] = [];
  const closed: Row[] = [];
  for (const row of table.rows) {
    if (isData(row)) data.push(row);
    if (!isSum(row)) continue;
    if (row === lastTotal) {
      out.push({ stated: row, parts: [...closed, ...data].map((r) => part(r, col, r.kind === 'data')), structure: 'sections' });
      continue;
    }
    out.push({ stated: row, parts: data.map((r) => part(r, col, true)), structure: 'sections' });
    closed.push(row);
    data = [];
  }
  return out;
}

/** A sum row is the sum row before it plus the data rows since (running subtotals). */
function chain(table: Table, col: number): SumCheck[] {
  const out: SumCheck[] = [];
  let previous: Row | null = null;
  let data: Row[] = [];
  for (const row of table.rows) {
    if (isData(row)) data.push(row);
    if (!isSum(row)) continue;
    if (previous) out.push({ stated: row, parts: [previous, ...data].map((r) => part(r, col, r.kind === 'data')), structure: 'chain' });
    previous = row;
    data = [];
  }
  return out;
}

/** Data rows that equal the sum of two or more data rows just above them are unlabelled subtotals. */
function implicitSubtotals(table: Table, col: number): SumCheck[] {
  const out: SumCheck[] = [];
  let data: Row[] = [];
  const closed: Row[] = [];
  for (const row of table.rows) {
    const v = row.cells[col]?.value;
    if (isData(row) && v != null && data.length >= 2) {
      const sum = data.reduce((acc, r) => acc.plus(r.cells[col]!.value!), v.times(0));
      if (sum.eq(v)) {
        closed.push(row);
        data = [];
        continue;
      }
    }
    if (isData(row) && v != null) data.push(row);
    if (!isSum(row)) continue;
    if (closed.length > 0) out.push({ stated: row, parts: [...closed, ...data].map((r) => part(r, col, false)), structure: 'implicit-subtotals' });
    closed.length = 0;
    data = [];
  }
  return out;
}

/** A sum row with no rows above it in its section sums the rows below it, up to the next sum row. */
function totalAbove(table: Table, col: number): SumCheck[] {
  const out: SumCheck[] = [];
  const rows = table.rows;
  rows.forEach((row, i) => {
    if (!isSum(row)) return;
    const before = rows.slice(0, i).reverse();
    const stop = before.findIndex(isSum);
    if ((stop < 0 ? before : before.slice(0, stop)).some((r) => isData(r) && hasValue(r, col))) return;
    const parts: Row[] = [];
    for (const r of rows.slice(i + 1)) {
      if (isSum(r)) break;
      if (isData(r)) parts.push(r);
    }
    out.push({ stated: row, parts: parts.map((r) => part(r, col, true)), structure: 'total-above' });
  });
  return out;
}

/**
 * Subtotals set above their sections (a table whose first figure is a subtotal): each sums the
 * data rows under it up to the next sum row; a subtotal with no rows under it is an item of
 * its own; a total sums the subtotals and items since the previous total.
 */
function headedSections(table: Table, col: number): SumCheck[] | null {
  const rows = table.rows;
  const first = rows.find((r) => hasValue(r, col));
  if (!first || first.kind !== 'subtotal') return null;
  const out: SumCheck[] = [];
  let top: Row[] = [];
  rows.forEach((row, i) => {
    if (row.kind === 'subtotal') {
      const parts: Row[] = [];
      for (const r of rows.slice(i + 1)) {
        if (isSum(r)) break;
        if (isData(r)) parts.push(r);
      }
      if (parts.length > 0) out.push({ stated: row, parts: parts.map((r) => part(r, col, true)), structure: 'headed-sections' });
      top.push(row);
    } else if (row.kind === 'total') {
      out.push({ stated: row, parts: top.map((r) => part(r, col, false)), structure: 'headed-sections' });
      top = [];
    }
  });
  return out;
}

/** How far a reading is from reconciling: the summed differences of its checks. */
function distance(checks: SumCheck[], col: number): Decimal {
  let d = new Decimal(0);
  for (const c of checks) {
    const stated = c.stated.cells[col]?.value;
    if (stated == null) continue;
    const sum = c.parts.reduce((acc, p) => acc.plus((p.row.cells[col]?.value ?? new Decimal(0)).times(p.sign)), new Decimal(0));
    d = d.plus(sum.minus(stated).abs());
  }
  return d;
}

/**
 * The table's first reading: sequential sums over data rows, or, when the table opens with a
 * subtotal, sections headed by their sums if that reading comes closer to reconciling: the
 * table's own figures say which way its sums run.
 */
export function primaryChecks(table: Table, col: number): SumCheck[] {
  const flat = sequential(table, col, false, 'flat', isData);
  const headed = headedSections(table, col);
  if (headed && distance(headed, col).lt(distance(flat.filter((c) => c.parts.some((p) => hasValue(p.row, col))), col))) return headed;
  return flat;
}

/** Other readings to try, in order, when the first does not reconcile. */
export function alternativeChecks(table: Table, col: number): SumCheck[] {
  const other = (r: Row): boolean => isData(r) || (r.kind === 'other' && !VARAV.test(r.label.trim()) && hasValue(r, col));
  return [
    ...sequential(table, col, true, 'adjustments', isData),
    ...sections(table, col),
    ...chain(table, col),
    ...implicitSubtotals(table, col),
    ...sequential(table, col, true, 'other-rows', other),
    ...totalAbove(table, col),
  ];
}

/**
 * Whether the table's structure leaves room for another reading: rows with values that are
 * neither data nor sums (and not "varav"), deductions, or more than one grand total.
 */
export function structureDoubts(table: Table, col: number): string[] {
  const out: string[] = [];
  // Sums above their sections were read so because the figures come closer that way: a reading, not a certainty.
  if (primaryChecks(table, col).some((c) => c.structure === 'headed-sections')) out.push(t('structure.doubtHeadedSections'));
  if (table.rows.some((r) => r.kind === 'other' && hasValue(r, col) && !VARAV.test(r.label.trim()))) out.push(t('structure.doubtOtherRows'));
  if (table.rows.some((r) => isAdjustment(r, col))) out.push(t('structure.doubtAdjustments'));
  if (table.rows.filter((r) => r.kind === 'total').length > 1) out.push(t('structure.doubtManyTotals'));
  return out;
}
