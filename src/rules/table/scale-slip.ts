import { Decimal } from 'decimal.js';
import { compareSum, type Figure } from '../../compare/interval.js';
import type { Cell, Table } from '../../model/table.js';
import { namedTotalChecks, primaryChecks, type SumCheck } from '../../tables/structures.js';
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

function findings(table: Table): RuleFinding[] {
  const out: RuleFinding[] = [];
  table.columns.forEach((col, k) => {
    if (col.unit === 'percent' || col.rate) return;
    // The table's sum rows, and totals named for what they total where no row reads as a plain total.
    for (const check of [...primaryChecks(table, k), ...namedTotalChecks(table, k)]) {
      const slip = slipIn(check, k);
      if (!slip) continue;
      const written = figureText(slip.cell.value!, col.unit);
      const meant = figureText(slip.cell.value!.times(slip.factor), col.unit);
      const sum = check.stated.label;
      const header = col.header.join(' / ');
      const column = header ? t('table.inColumn', { header }) : '';
      if (slip.factor.lt(1)) {
        out.push({
          message: t('table.scaleSlip.large', { cell: slip.cell.raw, row: slip.label, sum, written, meant, column }),
          location: slip.cell.location,
          expected: slip.cell.value!.times(slip.factor).toFixed(),
          actual: slip.cell.value!.toFixed(),
        });
      } else {
        const first = table.rows.find((r) => r.kind === 'data' && r.cells[k]?.value != null)?.cells[k] ?? slip.cell;
        out.push({
          message: t('table.scaleSlip.small', { cell: slip.cell.raw, row: slip.label, sum, written, meant, column }),
          location: first.location,
          expected: slip.cell.value!.times(slip.factor).toFixed(),
          actual: slip.cell.value!.toFixed(),
        });
      }
    }
  });
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
      'large), that figure or that unit is reported. Which figure is wrong is a reading, so the finding is a warning.',
  },
  check(doc) {
    const out: RuleFinding[] = [];
    for (const table of doc.tables) {
      if (table.rows.some((r) => r.number !== undefined)) continue;
      for (const f of findings(table)) out.push(f);
    }
    return out;
  },
};
