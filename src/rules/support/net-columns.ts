import { judgeSum } from '../../compare/certainty.js';
import type { Figure } from '../../compare/interval.js';
import type { Document } from '../../model/document.js';
import type { Cell, Column, Table } from '../../model/table.js';
import { columnReading } from '../../tables/column-reading.js';
import { differenceText, figureText } from './figure-text.js';
import type { RuleFinding } from '../types.js';
import { t } from '../../messages/index.js';
import { judgeRowDifference, signedFigure, summable } from './row-difference.js';

/**
 * A net column beside the income and cost columns it nets, the way operating statements
 * print them ("Intäkter 2021", "Kostnader 2021", "Nettokostnad 2021"; "Inkomster", "Utgifter",
 * "Netto"): in every row the net is income plus costs when costs are written negative, income
 * less costs when they are written positive; which, most rows show. The operands are found by
 * their headers and, when the headers carry years, by the same year, so a mismatch is a warning
 * that says so, never an error; a match within rounding is an info.
 */
const NET = /^(?:netto\p{L}*|resultat|saldo)\b/iu;
const INCOME = /^(?:intäkter|inkomster)\b/i;
const EXPENSE = /^(?:kostnader|utgifter)\b/i;
const YEAR = /\b(?:19|20)\d\d\b/g;

const title = (c: Column): string => c.header.join(' ').replace(/\s+/g, ' ').trim();
const years = (c: Column): string => (title(c).match(YEAR) ?? []).join(' ');

/** The one column whose title matches `re` and carries the same years as the net column. */
function operand(table: Table, re: RegExp, net: Column): number | null {
  const found = table.columns.flatMap((c, k) => (re.test(title(c)) && years(c) === years(net) && summable(c) && c.unit === net.unit ? [k] : []));
  return found.length === 1 ? found[0]! : null;
}

const figure = signedFigure;

function fits(a: Figure, b: Figure, stated: Cell): boolean {
  const j = judgeSum({ parts: [a, b], stated: { value: stated.value!, precision: stated.precision }, doubts: [], rounding: [] });
  return j === null || j.severity === 'info';
}

export function netColumns(doc: Document, table: Table): RuleFinding[] {
  const out: RuleFinding[] = [];
  table.columns.forEach((col, n) => {
    if (!NET.test(title(col)) || !summable(col)) return;
    const ki = operand(table, INCOME, col);
    const ke = operand(table, EXPENSE, col);
    if (ki === null || ke === null) return;
    const ops = table.rows.flatMap((row) => {
      const stated = row.cells[n];
      const inc = row.cells[ki];
      const exp = row.cells[ke];
      return stated?.value != null && inc?.value != null && exp?.value != null ? [{ row, stated, inc, exp }] : [];
    });
    // Costs added (written negative) or subtracted (written positive): what at least half the rows show.
    const added = ops.filter((o) => fits(figure(o.inc, 1)!, figure(o.exp, 1)!, o.stated)).length;
    const subtracted = ops.filter((o) => fits(figure(o.inc, 1)!, figure(o.exp, -1)!, o.stated)).length;
    const best = Math.max(added, subtracted);
    if (ops.length < 2 || best * 2 < ops.length || added === subtracted) return;
    const sign: 1 | -1 = added > subtracted ? 1 : -1;
    const reading = columnReading(doc, table, n);
    const [income, expense, column] = [title(table.columns[ki]!), title(table.columns[ke]!), title(col)];
    for (const { row, stated, inc, exp } of ops) {
      const j = judgeRowDifference(row, [ki, ke, n], figure(inc, 1)!, figure(exp, sign)!, stated, reading, t('table.difference.netDoubt', { column, income, expense }));
      if (!j) continue;
      const c = j.comparison;
      out.push({
        severity: j.severity,
        message:
          t('table.difference.net', {
            row: row.label,
            income,
            expense,
            computed: figureText(c.computed, col.unit),
            column,
            stated: figureText(c.stated, col.unit),
            difference: differenceText(c.difference, c.slack, col.unit),
          }) + j.suffix,
        location: stated.location,
        expected: c.stated.toFixed(),
        actual: c.computed.toFixed(),
      });
    }
  });
  return out;
}
