import type { Figure } from '../../compare/interval.js';
import { cellFigure, compareSum } from '../../compare/interval.js';
import type { Row, Table } from '../../model/table.js';
import { differenceText, figureText } from '../support/figure-text.js';
import type { DocumentRule, RuleFinding } from '../types.js';

/**
 * Data rows add up to the total row, column by column. With subtotal rows, the total is the
 * sum of the subtotals (and any data rows after the last one). Percent columns are left to
 * format/percent-total; numbered hierarchies to table/hierarchy.
 */
const figure = cellFigure;

function checkColumn(table: Table, col: number): RuleFinding[] {
  const out: RuleFinding[] = [];
  const unit = table.columns[col]!.unit;
  let data: Row[] = [];
  let subtotals: Row[] = [];
  for (const row of table.rows) {
    if (row.kind === 'data') data.push(row);
    if (row.kind !== 'subtotal' && row.kind !== 'total') continue;
    const parts = row.kind === 'total' && subtotals.length > 0 ? [...subtotals, ...data] : data;
    const stated = figure(row.cells[col]!);
    const figures = parts.map((r) => figure(r.cells[col]!)).filter((f): f is Figure => f !== null);
    if (stated && figures.length >= 2) {
      const c = compareSum(figures, stated);
      if (c.verdict !== 'exact') {
        const what = row.kind === 'total' ? 'summaraden' : `delsumman "${row.label}"`;
        const header = table.columns[col]!.header.join(' / ');
        out.push({
          severity: c.verdict === 'mismatch' ? 'error' : 'info',
          message:
            `${figures.length} rader summerar till ${figureText(c.computed, unit)}; ${what} anger ${figureText(c.stated, unit)} ` +
            `(${differenceText(c.difference, c.slack, unit)})${header ? ` i kolumnen "${header}"` : ''}` +
            (c.verdict === 'within-rounding' ? ' — stämmer inom avrundningen' : ''),
          location: row.cells[col]!.location,
          expected: c.stated.toFixed(),
          actual: c.computed.toFixed(),
        });
      }
    }
    if (row.kind === 'subtotal') subtotals.push(row);
    else subtotals = [];
    data = [];
  }
  return out;
}

export const columnTotal: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'table/column-total',
    description: 'Datarader summerar till summaraden, kolumn för kolumn',
    severity: 'error',
    docs:
      'For every value column, the data rows above a total row (Summa, Totalt, Riket …) must add up to it. ' +
      'Subtotal rows are checked against the rows since the previous subtotal, and the total against the subtotals. ' +
      'Rounded figures (tables in millions) are compared as intervals: a sum that matches only within the rounding is reported as info.',
  },
  check(doc) {
    const out: RuleFinding[] = [];
    for (const table of doc.tables) {
      if (table.rows.some((r) => r.number !== undefined)) continue;
      table.columns.forEach((c, i) => {
        if (c.unit !== 'percent') out.push(...checkColumn(table, i));
      });
    }
    return out;
  },
};
