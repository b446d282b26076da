import type { Figure } from '../../compare/interval.js';
import { compareSum } from '../../compare/interval.js';
import type { Row, Table } from '../../model/table.js';
import { differenceText, figureText } from '../figure-text.js';
import type { DocumentRule, RuleFinding } from '../types.js';

/**
 * Numbered "Varav" hierarchies (1, 1.1, 1.2, 1.2.1): the children of a row add up to it, and
 * the top-level rows add up to the total row. A single "varav" child is a part, not a
 * breakdown: it may not exceed its parent.
 */
function childrenOf(table: Table, parent: Row | null): Row[] {
  return table.rows.filter((r) => {
    if (r.number === undefined) return false;
    if (!parent) return r.level === 1;
    return r.level === (parent.level ?? 0) + 1 && r.number.startsWith(`${parent.number}.`);
  });
}

function check(table: Table, parent: Row, children: Row[], col: number): RuleFinding | null {
  const unit = table.columns[col]!.unit;
  const stated = parent.cells[col]!;
  if (stated.value === null) return null;
  const figures = children
    .map((r) => r.cells[col]!)
    .filter((c) => c.value !== null)
    .map((c): Figure => ({ value: c.value!, precision: c.precision }));
  if (figures.length === 0) return null;
  const c = compareSum(figures, { value: stated.value, precision: stated.precision });
  const name = parent.number ? `${parent.number} ${parent.label}` : parent.label;
  const parts = children.map((r) => r.number).join(' + ');
  if (figures.length === 1) {
    if (c.difference.lte(c.slack)) return null;
    return {
      severity: 'error',
      message: `delposten ${parts} (${figureText(c.computed, unit)}) är större än "${name}" (${figureText(c.stated, unit)})`,
      location: children[0]!.cells[col]!.location,
      expected: c.stated.toFixed(),
      actual: c.computed.toFixed(),
    };
  }
  if (c.verdict === 'exact') return null;
  return {
    severity: c.verdict === 'mismatch' ? 'error' : 'info',
    message:
      `${parts} summerar till ${figureText(c.computed, unit)}; "${name}" anger ${figureText(c.stated, unit)} (${differenceText(c.difference, c.slack, unit)})` +
      (c.verdict === 'within-rounding' ? ' — stämmer inom avrundningen' : ''),
    location: stated.location,
    related: children.map((r) => ({ message: `${r.number} ${r.label}`, location: r.cells[col]!.location })),
    expected: c.stated.toFixed(),
    actual: c.computed.toFixed(),
  };
}

export const hierarchy: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'table/hierarchy',
    description: 'Numrerade "Varav"-led summerar till sin överordnade rad',
    severity: 'error',
    docs:
      'In numbered tables (1, 1.1, 1.2, 1.2.1 …, as in agreements), the rows one level down add up to their parent, and the top-level rows add up to the total row. ' +
      'A lone "varav" row is a part and may not exceed its parent. Figures in millions are compared as intervals.',
  },
  check(doc) {
    const out: RuleFinding[] = [];
    for (const table of doc.tables) {
      if (!table.rows.some((r) => r.number !== undefined)) continue;
      for (let col = 0; col < table.columns.length; col++) {
        for (const row of table.rows) {
          if (row.number === undefined) continue;
          const kids = childrenOf(table, row);
          const f = kids.length > 0 ? check(table, row, kids, col) : null;
          if (f) out.push(f);
        }
        const top = childrenOf(table, null);
        for (const total of table.rows.filter((r) => r.kind === 'total')) {
          const f = top.length > 0 ? check(table, total, top, col) : null;
          if (f) out.push(f);
        }
      }
    }
    return out;
  },
};
