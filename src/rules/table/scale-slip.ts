import { Decimal } from 'decimal.js';
import { compareSum, type Figure } from '../../compare/interval.js';
import type { Cell, Column, Row, Table } from '../../model/table.js';
import { cashFlowSums, evidentSums, namedTotalChecks, primaryChecks, type EvidentSum, type SumCheck } from '../../tables/structures.js';
import type { Document } from '../../model/document.js';
import { indentation, withoutEvidentParts } from '../support/evident-parts.js';
import { figureText } from '../support/figure-text.js';
import type { DocumentRule, RuleFinding } from '../types.js';
import { t } from '../../messages/index.js';

/**
 * A sum that does not add up, but would if one of its figures were a thousand times smaller or
 * larger: the signature of a figure written in the wrong unit ("202.000" among thousands of
 * kronor where 202 was meant), or of a unit a thousand times off for the other figures ("45 243
 * milj kr" beside "6,5 milj kr", where the total only comes out with 6 500 of the others'
 * unit). A thousandfold slip that lands within the rounding of the printed figures is no chance,
 * but which figure is wrong is a reading, so the finding is a warning. A figure too large stands
 * at that cell; a figure too small questions the others' unit, and stands at the column's
 * first figure, where a reader meets that unit.
 */
const THOUSAND = new Decimal(1000);

function figure(c: Cell | undefined, sign: number, factor: Decimal = new Decimal(1)): Figure | null {
  if (!c || c.value === null) return null;
  const v = c.value.times(factor);
  return { value: sign < 0 ? v.negated() : v, precision: c.precision.times(factor) };
}

interface Slip {
  cell: Cell;
  label: string;
  factor: Decimal;
}

/** The one part whose value, a thousand times smaller or larger, makes the check add up. */
function slipIn(check: SumCheck, col: number): Slip | null {
  const stated = check.stated.cells[col];
  if (!stated || stated.value === null) return null;
  const total = { value: stated.value, precision: stated.precision };
  const parts = check.parts.filter((p) => p.row.cells[col]?.value != null);
  if (parts.length < 2) return null;
  const plain = parts.map((p) => figure(p.row.cells[col], p.sign)!);
  if (compareSum(plain, total).verdict !== 'mismatch') return null;
  const found: Slip[] = [];
  for (const factor of [new Decimal(1).div(THOUSAND), THOUSAND]) {
    parts.forEach((p, i) => {
      const cell = p.row.cells[col]!;
      if (cell.value!.isZero()) return;
      const figs = plain.map((f, k) => (k === i ? figure(cell, p.sign, factor)! : f));
      if (compareSum(figs, total).verdict !== 'mismatch') found.push({ cell, label: p.row.label, factor });
    });
  }
  return found.length === 1 ? found[0]! : null;
}

const summable = (col: Column): boolean => col.unit !== 'percent' && !col.rate;
/** The table's sum rows, and totals named for what they total where no row reads as a plain total. */
const checksOf = (table: Table, k: number): SumCheck[] => [...primaryChecks(table, k), ...namedTotalChecks(table, k)];

const plainFigures = (check: SumCheck, k: number): Figure[] =>
  check.parts.flatMap((p) => {
    const f = figure(p.row.cells[k], p.sign);
    return f ? [f] : [];
  });

/** Whether one of `checks` adds up to the cell of `stated` in column k, within rounding. */
function anyReconciles(checks: readonly SumCheck[], k: number, stated: Row): boolean {
  const cell = stated.cells[k]!;
  return checks.some((c) => {
    const figs = plainFigures(c, k);
    return figs.length >= 2 && compareSum(figs, { value: cell.value!, precision: cell.precision }).verdict !== 'mismatch';
  });
}

/** A sum row that a cash flow statement's sections make (cash-flow.ts): the sum over every row above was the wrong reading, no slip. */
const addsUpAsCashFlow = (table: Table, k: number, stated: Row): boolean =>
  anyReconciles(cashFlowSums(table).filter((c) => c.stated === stated), k, stated);

/**
 * A sum that adds up once a row over its own parts stands for them (column-total.ts reads it so):
 * the sum over every row was the wrong reading, no slip.
 */
const addsUpWithoutParts = (check: SumCheck, k: number, evident: readonly EvidentSum[]): boolean =>
  anyReconciles(withoutEvidentParts([check], evident), k, check.stated);

/** Whether every check of the column adds up, or would with one slip; and the slips. Null when one does neither. */
function explained(table: Table, k: number, evident: readonly EvidentSum[]): { check: SumCheck; slip: Slip }[] | null {
  const out: { check: SumCheck; slip: Slip }[] = [];
  for (const check of checksOf(table, k)) {
    const stated = check.stated.cells[k];
    if (!stated || stated.value === null) continue;
    const plain = plainFigures(check, k);
    if (plain.length === 0 || compareSum(plain, { value: stated.value, precision: stated.precision }).verdict !== 'mismatch') continue;
    if (addsUpAsCashFlow(table, k, check.stated) || addsUpWithoutParts(check, k, evident)) continue;
    const slip = slipIn(check, k);
    if (!slip) return null;
    out.push({ check, slip });
  }
  return out;
}

/** The table with the lone figure of `row` moved from column `from` to column `to`. */
function moved(table: Table, row: Row, from: number, to: number): Table {
  const cells = [...row.cells];
  [cells[from], cells[to]] = [cells[to]!, cells[from]!];
  return { ...table, rows: table.rows.map((r) => (r === row ? { ...r, cells } : r)) };
}

interface Move {
  row: Row;
  from: number;
  to: number;
  table: Table;
  slips: Map<number, { check: SumCheck; slip: Slip }[]>;
}

/**
 * A row with one figure, which the reader put in a column by guess (one cell a line), can be the
 * reason no slip shows: 12 593 read under 2019 where the sums want it under 2020. When two
 * columns both fail to add up even with a slip, and moving that one figure between them makes
 * both add up with a slip (or without one), and no other move does, the slips are reported
 * with the move they need.
 */
function slipsWithMove(table: Table, unexplained: Set<number>, evident: readonly EvidentSum[]): Move | null {
  const found: Move[] = [];
  for (const row of table.rows) {
    const filled = row.cells.flatMap((c, k) => (c.value !== null ? [k] : []));
    if (filled.length !== 1 || !row.cells[filled[0]!]!.placedByGuess) continue;
    const from = filled[0]!;
    if (!unexplained.has(from) || !summable(table.columns[from]!)) continue;
    for (const to of unexplained) {
      if (to === from || row.cells[to]?.value != null || row.cells[to]?.raw.trim() || !summable(table.columns[to]!)) continue;
      const t2 = moved(table, row, from, to);
      const a = explained(t2, from, evident);
      const b = explained(t2, to, evident);
      if (!a || !b || a.length + b.length === 0) continue;
      found.push({ row, from, to, table: t2, slips: new Map([[from, a], [to, b]]) });
    }
  }
  return found.length === 1 ? found[0]! : null;
}

function slipFinding(table: Table, k: number, check: SumCheck, slip: Slip, move: Move | null): RuleFinding {
  const col = table.columns[k]!;
  const written = figureText(slip.cell.value!, col.unit);
  const meant = figureText(slip.cell.value!.times(slip.factor), col.unit);
  const sum = check.stated.label;
  const header = col.header.join(' / ');
  const column = header ? t('table.inColumn', { header }) : '';
  const suffix = move
    ? t('table.scaleSlip.moved', { row: move.row.label, cell: move.row.cells[move.from]!.raw, column: move.table.columns[move.to]!.header.join(' / ') })
    : '';
  if (slip.factor.lt(1)) {
    return {
      message: t('table.scaleSlip.large', { cell: slip.cell.raw, row: slip.label, sum, written, meant, column }) + suffix,
      location: slip.cell.location,
      expected: slip.cell.value!.times(slip.factor).toFixed(),
      actual: slip.cell.value!.toFixed(),
    };
  }
  const first = table.rows.find((r) => r.kind === 'data' && r.cells[k]?.value != null)?.cells[k] ?? slip.cell;
  return {
    message: t('table.scaleSlip.small', { cell: slip.cell.raw, row: slip.label, sum, written, meant, column }) + suffix,
    location: first.location,
    expected: slip.cell.value!.times(slip.factor).toFixed(),
    actual: slip.cell.value!.toFixed(),
  };
}

function findings(doc: Document, table: Table): RuleFinding[] {
  const out: RuleFinding[] = [];
  const unexplained = new Set<number>();
  const evident = evidentSums(table, indentation(doc));
  table.columns.forEach((col, k) => {
    if (!summable(col)) return;
    for (const check of checksOf(table, k)) {
      const slip = slipIn(check, k);
      if (slip && !addsUpAsCashFlow(table, k, check.stated) && !addsUpWithoutParts(check, k, evident)) out.push(slipFinding(table, k, check, slip, null));
    }
    if (explained(table, k, evident) === null) unexplained.add(k);
  });
  // Columns that no slip explains: perhaps a lone figure stands in the wrong one of them.
  const move = unexplained.size >= 2 ? slipsWithMove(table, unexplained, evident) : null;
  if (move) {
    for (const [k, slips] of [...move.slips.entries()].sort(([a], [b]) => a - b)) {
      for (const { check, slip } of slips) out.push(slipFinding(move.table, k, check, slip, move));
    }
  }
  return out;
}

export const scaleSlip: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'table/scale-slip',
    description: 'En summa som stämmer först om ett av talen är tusen gånger mindre eller större',
    severity: 'warning',
    docs:
      'When a column does not add up to its sum row, but would within rounding if exactly one of its figures were a thousand ' +
      'times smaller (a figure written in kronor among thousands) or larger (the other figures in a unit a thousand times too ' +
      'large), that figure or that unit is reported. When two columns fail even so, a row with one figure whose column the reader ' +
      'guessed is tried in the other column, and the slips it brings out are reported with that move. A sum that adds up once a row ' +
      'over its own parts stands for them (as table/column-total reads it) is no slip. Which figure is wrong is a ' +
      'reading, so the finding is a warning.',
  },
  check(doc) {
    const out: RuleFinding[] = [];
    for (const table of doc.tables) {
      if (table.rows.some((r) => r.number !== undefined)) continue;
      for (const f of findings(doc, table)) out.push(f);
    }
    return out;
  },
};
