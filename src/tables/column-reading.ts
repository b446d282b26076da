import { Decimal } from 'decimal.js';
import type { Document } from '../model/document.js';
import type { Cell, Column, Row, Table } from '../model/table.js';
import { t } from '../messages/index.js';
import { roundingNotes, type RoundingNote } from '../prose/rounding.js';
import { readingDoubt, type Alternative, type Rounding } from '../compare/certainty.js';
import type { Misgrouped } from '../compare/misgrouped.js';

/**
 * How certain the reading of one column is: which cells in a summed range are not certain
 * numbers, whether the unit is known, and what rounding the figures may carry (declared by
 * the document, or evident from the figures themselves).
 */
const notesCache = new WeakMap<Document, RoundingNote[]>();

export function documentRounding(doc: Document): RoundingNote[] {
  let notes = notesCache.get(doc);
  if (!notes) {
    notes = roundingNotes(doc.sentences.map((s) => s.text));
    notesCache.set(doc, notes);
  }
  return notes;
}

const TEN = new Decimal(10);

function applies(note: RoundingNote, col: Column): boolean {
  if (note.applies === 'all') return true;
  if (note.applies === 'count') return col.unit === 'persons' || col.unit === 'count';
  return col.unit === 'SEK' || col.unit === 'EUR' || col.unit === null;
}

/** The value as written in the column's unit ("87" in a column of millions). */
function written(c: Cell, col: Column): Decimal | null {
  return c.value === null ? null : c.value.div(col.scale);
}

/** Fewest trailing zeros among the column's whole written values; 0 when any has decimals. */
export function trailingZeros(values: Decimal[]): number {
  let min = Infinity;
  for (const v of values) {
    if (!v.isInteger()) return 0;
    if (v.isZero()) continue;
    let z = 0;
    let x = v.abs();
    while (x.mod(10).isZero()) {
      x = x.div(10);
      z++;
    }
    min = Math.min(min, z);
  }
  return min === Infinity ? 0 : min;
}

export interface ColumnReading {
  rounding: Rounding[];
  /** The sentence that says the column's sums may differ, if any. */
  mayDiffer: string | null;
}

/** Rounding the column's figures may carry, with the reason in words. */
export function columnReading(doc: Document, table: Table, col: number): ColumnReading {
  const column = table.columns[col]!;
  const values = table.rows.map((r) => r.cells[col]!).map((c) => written(c, column)).filter((v): v is Decimal => v !== null);
  const zeros = trailingZeros(values);
  const rounding: Rounding[] = [];
  let mayDiffer: string | null = null;
  for (const note of documentRounding(doc)) {
    if (!applies(note, column)) continue;
    if (note.mayDiffer) {
      // "… varför summan kan avvika": the document itself says not to expect the sum; that is the doubt to name.
      mayDiffer ??= note.text;
      continue;
    }
    const step = note.step ?? TEN.pow(Math.max(zeros, 0)).times(column.scale);
    rounding.push({ step, reason: `"${note.text}"`, declared: note.step !== null });
  }
  if (zeros >= 3 && values.filter((v) => !v.isZero()).length >= 2) {
    rounding.push({ step: TEN.pow(zeros).times(column.scale), reason: t('reading.roundedZeros', { zeros: '0'.repeat(zeros) }), declared: false });
  }
  // Whole numbers with no stated unit might be rounded to the unit they are written in.
  if (column.unit === null || column.unitGuessed) {
    if (values.every((v) => v.isInteger())) rounding.push({ step: new Decimal(column.scale), reason: t('reading.noUnit'), declared: false });
  }
  return { rounding, mayDiffer };
}

/** Cells in a summed range printed with digit groups of the wrong width ("1 00 000"), read run together. */
export function misgroupedCells(rows: readonly Row[], col: number): Misgrouped[] {
  const out: Misgrouped[] = [];
  for (const r of rows) {
    const c = r.cells[col];
    if (!c || c.value === null || c.uncertain !== undefined || c.readBy) continue;
    for (const a of c.anomalies) if (a.kind === 'digit-grouping') out.push({ doubt: t('reading.anomalyCell', { message: a.message, row: r.label }), value: c.value });
  }
  return out;
}

/**
 * The other readings of a sum's cells where a line's split between label and value is in doubt
 * (`Cell.alternative`): `parts` in the order their figures are summed (cells without a value
 * give no figure and take no index), each with its sign; the stated cell at index -1.
 */
export function cellAlternatives(parts: readonly { row: Row; sign: number }[], stated: Row, col: number): Alternative[] {
  const out: Alternative[] = [];
  const add = (r: Row, at: number, sign: number): void => {
    const c = r.cells[col];
    const alt = c?.alternative;
    if (!c || !alt) return;
    out.push({ at, figure: { value: sign < 0 ? alt.value.negated() : alt.value, precision: alt.precision }, doubt: t('sum.doubtOtherSplit', { cell: c.raw, row: r.label, other: alt.raw }) });
  };
  let at = 0;
  for (const p of parts) {
    if (p.row.cells[col]?.value == null) continue;
    add(p.row, at++, p.sign);
  }
  add(stated, -1, 1);
  return out;
}

/**
 * A label that ends in a figure written in digit groups ("Summa kostnader 5 897"), or a total's
 * label that ends in a number other than a year ("Summa kostnader 909"): no one names a row so; the
 * figure is likely a value the reading left in the label, so the row's cells may stand in the wrong
 * columns.
 */
const GROUP = /^\d{3}$/;
const LAST_GROUP = /^\d{3}(?:,\d+)?$/;
const HEAD = /^\d{1,2}$/;
const NUMBER = /^\d+(?:,\d+)?$/;
const YEAR = /^(?:1[89]|20)\d\d$/;

/** Tokens are compared one by one (no pattern runs over the whole label, whatever its length). */
function figureInLabel(r: Row): boolean {
  const toks = r.label.trim().split(/\s+/);
  if (toks.length < 2) return false;
  let k = toks.length - 1;
  if (LAST_GROUP.test(toks[k]!)) {
    let groups = 1;
    for (k--; k > 0 && GROUP.test(toks[k]!); k--) groups++;
    // "5 897": a head of one or two digits before the groups, or a three-digit head and one group or more.
    if ((k > 0 && HEAD.test(toks[k]!)) || groups >= 2) return true;
  }
  if (r.kind !== 'total' && r.kind !== 'subtotal') return false;
  const last = toks[toks.length - 1]!;
  return NUMBER.test(last) && !YEAR.test(last);
}

/** Cells in a summed range that are not certain numbers, in words. */
/** Cells read the same way (single-spaced, glued, OCR) named one by one up to this many; more are counted. */
const MAX_NAMED_READINGS = 3;

export function cellDoubts(rows: readonly Row[], col: number): string[] {
  const out: string[] = [];
  const readings = new Map<string, number>();
  const after = new Map<string, number>();
  for (const r of rows) {
    const c = r.cells[col];
    if (!c) continue;
    if (c.uncertain !== undefined) out.push(t(c.placedByGuess ? 'reading.placedCell' : 'reading.uncertainCell', { cell: c.uncertain, row: r.label }));
    else if (c.readBy) {
      const n = (readings.get(c.readBy) ?? 0) + 1;
      readings.set(c.readBy, n);
      if (n <= MAX_NAMED_READINGS) out.push(readingDoubt(c.raw, r.label, c.readBy));
      if (n === MAX_NAMED_READINGS) after.set(c.readBy, out.length);
    }
    // A data row with no figure at all is a region whose figures are not given (coded-blank-rows.ts): blank too.
    else if (c.value === null && r.kind === 'data' && (r.cells.some((x) => x.value !== null) || r.cells.every((x) => x.uncertain === undefined))) out.push(t('reading.blankCell', { row: r.label }));
    else if (figureInLabel(r)) out.push(t('reading.figureInLabel', { row: r.label }));
  }
  // A whole column read one way is one doubt, not a line per cell: the first cells, then how many more, after them.
  const more = [...after].filter(([k]) => readings.get(k)! > MAX_NAMED_READINGS).sort((a, b) => b[1] - a[1]);
  for (const [k, at] of more) out.splice(at, 0, t('reading.moreCells', { count: String(readings.get(k)! - MAX_NAMED_READINGS) }));
  return out;
}
