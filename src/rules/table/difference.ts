import { judgeSum } from '../../compare/certainty.js';
import type { Document } from '../../model/document.js';
import type { Cell, Row, Table } from '../../model/table.js';
import { cellDoubts, columnReading, misgroupedCells } from '../../tables/column-reading.js';
import { differenceText, figureText } from '../support/figure-text.js';
import { netColumns } from '../support/net-columns.js';
import { changeColumns } from '../support/change-columns.js';
import type { DocumentRule, RuleFinding } from '../types.js';
import { t } from '../../messages/index.js';
import { columnDifferenceFinding, judgeRowDifference, lastTitle, signedFigure, summable } from '../support/row-difference.js';

/**
 * Differences a table states by its labels: a difference column ("Avvikelse", "Differens",
 * "Förändring") is the column before it less the one before that, and a balance row ("Saldo",
 * "Budgetsaldo") is the income row ("Inkomster", "Intäkter") less the expense row ("Utgifter",
 * "Kostnader"), or their sum when expenses are written negative. Which way a difference column
 * runs (outcome less budget, or budget less outcome) is what most of its rows show. The
 * operands are read from labels and positions, never printed as a sum, so a mismatch is a
 * warning that says so; a match within the rounding of the printed figures is an info.
 */
const DIFFERENCE_HEADER = /^(?:avvikelse|differens|skillnad|förändring|diff\.?)(?:\s|$|,)/i;
const BALANCE = /saldo\b/i;
const INCOME = /^(?:totala\s+|summa\s+)?(?:inkomster|intäkter)\b/i;
const EXPENSE = /^(?:totala\s+|summa\s+)?(?:utgifter|kostnader)\b/i;

const last = lastTitle;
const figure = signedFigure;

interface Operation {
  /** The two operands and the stated result, as cells, with the sign each operand takes. */
  a: Cell | undefined;
  b: Cell | undefined;
  stated: Cell | undefined;
}

function fits(op: Operation, signA: 1 | -1, signB: 1 | -1): boolean {
  const a = figure(op.a, signA);
  const b = figure(op.b, signB);
  if (!a || !b || !op.stated || op.stated.value === null) return false;
  const j = judgeSum({ parts: [a, b], stated: { value: op.stated.value, precision: op.stated.precision }, doubts: [], rounding: [] });
  return j === null || j.severity === 'info';
}

/** The sign convention most of the operations show: a − b, or b − a; null when neither is shown by at least half. */
function direction(ops: readonly Operation[]): [1 | -1, 1 | -1] | null {
  const complete = ops.filter((o) => o.a?.value != null && o.b?.value != null && o.stated?.value != null);
  if (complete.length === 0) return null;
  const forward = complete.filter((o) => fits(o, 1, -1)).length;
  const backward = complete.filter((o) => fits(o, -1, 1)).length;
  const best = Math.max(forward, backward);
  if (best * 2 < complete.length || (forward === backward && forward < complete.length)) return null;
  return forward >= backward ? [1, -1] : [-1, 1];
}

function differenceColumns(doc: Document, table: Table): RuleFinding[] {
  const out: RuleFinding[] = [];
  table.columns.forEach((col, d) => {
    if (d < 2 || !DIFFERENCE_HEADER.test(last(col)) || !summable(col)) return;
    const [ia, ib] = [d - 2, d - 1];
    const [ca, cb] = [table.columns[ia]!, table.columns[ib]!];
    if (!summable(ca) || !summable(cb) || DIFFERENCE_HEADER.test(last(ca)) || DIFFERENCE_HEADER.test(last(cb))) return;
    if (ca.unit !== col.unit || cb.unit !== col.unit) return;
    const rows = table.rows.filter((r) => r.kind !== 'other' || r.cells[d]?.value != null);
    const ops = rows.map((r) => ({ a: r.cells[ia], b: r.cells[ib], stated: r.cells[d] }));
    const dir = direction(ops);
    if (!dir) return;
    const reading = columnReading(doc, table, d);
    const names = [ca, cb].map((c) => c.header.join(' / '));
    const [first, second] = dir[0] > 0 ? names : [names[1]!, names[0]!];
    rows.forEach((row, i) => {
      const op = ops[i]!;
      const a = figure(op.a, dir[0]);
      const b = figure(op.b, dir[1]);
      if (!a || !b || !op.stated || op.stated.value === null) return;
      const j = judgeRowDifference(row, [ia, ib, d], a, b, op.stated, reading, t('table.difference.columnDoubt', { first: first!, second: second! }));
      if (j) out.push(columnDifferenceFinding(row, j, { first: first!, second: second!, column: col.header.join(' / ') }, col.unit, op.stated.location));
    });
  });
  return out;
}

function only(rows: readonly Row[], re: RegExp, before: number): Row | null {
  const found = rows.slice(0, before).filter((r) => r.kind !== 'other' && re.test(r.label.trim()));
  return found.length === 1 ? found[0]! : null;
}

function balanceRows(doc: Document, table: Table): RuleFinding[] {
  const out: RuleFinding[] = [];
  table.rows.forEach((row, i) => {
    if (!BALANCE.test(row.label)) return;
    const income = only(table.rows, INCOME, i);
    const expense = only(table.rows, EXPENSE, i);
    if (!income || !expense) return;
    // Expenses written as negative amounts are added; written as positive, subtracted. The row as a whole says which:
    // a difference column in it may well be negative while the expenses are not.
    const signs = expense.cells.filter((c) => c.value !== null && !c.value.isZero()).map((c) => c.value!.isNegative());
    const expSign: 1 | -1 = signs.filter((n) => n).length * 2 > signs.length ? 1 : -1;
    table.columns.forEach((col, k) => {
      if (!summable(col)) return;
      const inc = income.cells[k];
      const exp = expense.cells[k];
      const stated = row.cells[k];
      if (inc?.value == null || exp?.value == null || stated?.value == null) return;
      const reading = columnReading(doc, table, k);
      const j = judgeSum({
        parts: [figure(inc, 1)!, figure(exp, expSign)!],
        stated: { value: stated.value, precision: stated.precision },
        doubts: [...cellDoubts([income, expense, row], k), t('table.difference.balanceDoubt', { income: income.label, expense: expense.label })],
        misgrouped: misgroupedCells([income, expense, row], k),
        rounding: reading.rounding,
        mayDiffer: reading.mayDiffer,
      });
      if (!j) return;
      const c = j.comparison;
      const header = col.header.join(' / ');
      out.push({
        severity: j.severity,
        message:
          t('table.difference.balance', {
            row: row.label,
            income: income.label,
            expense: expense.label,
            computed: figureText(c.computed, col.unit),
            stated: figureText(c.stated, col.unit),
            difference: differenceText(c.difference, c.slack, col.unit),
            column: header ? t('table.inColumn', { header }) : '',
          }) + j.suffix,
        location: stated.location,
        expected: c.stated.toFixed(),
        actual: c.computed.toFixed(),
      });
    });
  });
  return out;
}

export const difference: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'table/difference',
    description: 'Differenskolumner och saldorader stämmer med det de är skillnaden mellan',
    severity: 'warning',
    docs:
      'A difference column (header Avvikelse, Differens, Skillnad, Förändring) must equal the column before it less the one before ' +
      'that, in the direction most of its rows show (outcome less budget, or budget less outcome); a balance row (Saldo, Budgetsaldo) ' +
      'must equal the income row (Inkomster, Intäkter) less the expense row (Utgifter, Kostnader), or their sum when expenses are ' +
      'negative; a net column (Netto…, Nettokostnad, Resultat, Saldo) likewise nets the income and cost columns of the same year. Percent and rate columns are left out. The operands are read from labels and positions, so a mismatch is a warning ' +
      'that says so; a difference within the rounding of the printed figures is an info.',
  },
  check(doc) {
    const out: RuleFinding[] = [];
    for (const table of doc.tables) {
      for (const f of differenceColumns(doc, table)) out.push(f);
      for (const f of balanceRows(doc, table)) out.push(f);
      for (const f of netColumns(doc, table)) out.push(f);
      for (const f of changeColumns(doc, table)) out.push(f);
    }
    return out;
  },
};
