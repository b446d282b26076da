import { judgeSum } from '../../compare/certainty.js';
import { cellAlternatives, cellDoubts, columnReading, misgroupedCells } from '../../tables/column-reading.js';
import type { Figure } from '../../compare/interval.js';
import { compareSum } from '../../compare/interval.js';
import type { Document } from '../../model/document.js';
import type { Row, Table } from '../../model/table.js';
import { differenceText, figureText } from '../support/figure-text.js';
import type { DocumentRule, RuleFinding } from '../types.js';
import { t } from '../../messages/index.js';

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

function check(doc: Document, table: Table, parent: Row, children: Row[], col: number, complete: boolean): RuleFinding | null {
  // A total row is the sum of all top-level rows, even when there is only one.
  const isBreakdown = children.length > 1 || parent.kind === 'total';
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
  if (!isBreakdown) {
    if (complete && c.verdict === 'mismatch' && c.difference.isNegative()) {
      // Elsewhere this table breaks every post down in full; a lone child short of its parent is a lost row.
      return {
        severity: 'warning',
        message: t('table.hierarchy.loneChild', { name, parts, computed: figureText(c.computed, unit), stated: figureText(c.stated, unit) }),
        location: stated.location,
        expected: c.stated.toFixed(),
        actual: c.computed.toFixed(),
      };
    }
    if (c.difference.lte(c.slack)) return null;
    return {
      severity: 'error',
      message: t('table.hierarchy.childTooLarge', { name, parts, computed: figureText(c.computed, unit), stated: figureText(c.stated, unit) }),
      location: children[0]!.cells[col]!.location,
      expected: c.stated.toFixed(),
      actual: c.computed.toFixed(),
    };
  }
  const reading = columnReading(doc, table, col);
  const j = judgeSum({
    parts: figures,
    stated: { value: stated.value, precision: stated.precision },
    doubts: cellDoubts([...children, parent], col),
    misgrouped: misgroupedCells([...children, parent], col),
    alternatives: cellAlternatives(children.map((row) => ({ row, sign: 1 })), parent, col),
    rounding: reading.rounding,
    mayDiffer: reading.mayDiffer,
  });
  if (!j) return null;
  return {
    severity: j.severity,
    message: t('table.hierarchy.sum', { name, parts, computed: figureText(c.computed, unit), stated: figureText(c.stated, unit), difference: differenceText(c.difference, c.slack, unit) }) + j.suffix,
    location: stated.location,
    related: children.map((r) => ({ message: `${r.number} ${r.label}`, location: r.cells[col]!.location })),
    expected: c.stated.toFixed(),
    actual: c.computed.toFixed(),
  };
}

/** Some numbered post (not the total) has two or more children that add up to it exactly. */
function isComplete(table: Table, col: number): boolean {
  return table.rows.some((row) => {
    if (row.number === undefined || row.cells[col]!.value === null) return false;
    const kids = childrenOf(table, row).filter((k) => k.cells[col]!.value !== null);
    if (kids.length < 2) return false;
    const sum = kids.reduce((acc, k) => acc.plus(k.cells[col]!.value!), row.cells[col]!.value!.times(0));
    return sum.eq(row.cells[col]!.value!);
  });
}

/** Numbers one level down must run 1, 2, 3 … and every number must have its parent. */
function numberingGaps(table: Table): RuleFinding[] {
  const out: RuleFinding[] = [];
  const numbers = new Set(table.rows.map((r) => r.number).filter((n): n is string => n !== undefined));
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    if (row.number === undefined) continue;
    const parts = row.number.split('.');
    const parent = parts.slice(0, -1).join('.');
    const last = Number(parts[parts.length - 1]);
    const prev = seen.get(parent) ?? 0;
    seen.set(parent, last);
    if (parent !== '' && !numbers.has(parent)) {
      out.push({ severity: 'warning', message: t('table.hierarchy.noParent', { row: row.number, parent }), location: row.location });
    } else if (last !== prev + 1) {
      const missing = parent === '' ? String(prev + 1) : `${parent}.${prev + 1}`;
      out.push({ severity: 'warning', message: t('table.hierarchy.gap', { row: row.number, missing }), location: row.location });
    }
  }
  return out;
}

export const hierarchy: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'table/hierarchy',
    description: 'Numrerade "Varav"-led summerar till sin överordnade rad',
    severity: 'error',
    docs:
      'In numbered tables (1, 1.1, 1.2, 1.2.1 …, as in agreements), the rows one level down add up to their parent, and the top-level rows add up to the total row. ' +
      'A lone "varav" row is a part and may not exceed its parent. Figures in millions are compared as intervals. ' +
      'A figure that one space sets apart from its label as from its own digit groups ("1.1 Varav område 2 250") may end the label a group later: ' +
      'a sum that agrees only so is a warning naming it.',
  },
  check(doc) {
    const out: RuleFinding[] = [];
    for (const table of doc.tables) {
      if (!table.rows.some((r) => r.number !== undefined)) continue;
      out.push(...numberingGaps(table));
      for (let col = 0; col < table.columns.length; col++) {
        const complete = isComplete(table, col);
        for (const row of table.rows) {
          if (row.number === undefined) continue;
          const kids = childrenOf(table, row);
          const f = kids.length > 0 ? check(doc, table, row, kids, col, complete) : null;
          if (f) out.push(f);
        }
        const top = childrenOf(table, null);
        for (const total of table.rows.filter((r) => r.kind === 'total')) {
          const f = top.length > 0 ? check(doc, table, total, top, col, complete) : null;
          if (f) out.push(f);
        }
      }
    }
    return out;
  },
};
