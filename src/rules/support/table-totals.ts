import type { Figure } from '../../compare/interval.js';
import { sumFigures } from '../../compare/interval.js';
import type { ProseAmount } from '../../model/amount.js';
import type { Document } from '../../model/document.js';
import type { Location } from '../../model/location.js';
import type { Table } from '../../model/table.js';

/** What a table says it adds up to in one money column. */
export interface TableTotal {
  table: Table;
  column: number;
  figure: Figure;
  /** `row`: stated in a total row; `sum`: the data rows added up, for a table without one. */
  source: 'row' | 'sum';
  /** Number of data rows added, for `sum`. */
  rows: number;
  location: Location;
}

/**
 * The totals of a table's money columns: the last total row's cell (the grand total), or,
 * when the table has no total row, the sum of its data rows. Tables with subtotals,
 * "varav" rows or numbered hierarchies have no sum that can be formed safely.
 */
export function tableTotals(table: Table): TableTotal[] {
  const out: TableTotal[] = [];
  const totalRows = table.rows.filter((r) => r.kind === 'total');
  const nested = table.rows.some((r) => r.kind === 'subtotal' || r.number !== undefined || (r.kind === 'other' && r.cells.some((c) => c.value !== null)));
  table.columns.forEach((col, i) => {
    if (col.unit !== 'SEK') return;
    const stated = [...totalRows].reverse().find((r) => r.cells[i]?.value != null)?.cells[i];
    if (stated && stated.value !== null) {
      out.push({ table, column: i, figure: { value: stated.value, precision: stated.precision }, source: 'row', rows: 0, location: stated.location });
      return;
    }
    if (totalRows.length > 0 || nested) return;
    const parts: Figure[] = [];
    for (const r of table.rows) {
      const c = r.cells[i];
      if (r.kind === 'data' && c && c.value !== null) parts.push({ value: c.value, precision: c.precision });
    }
    if (parts.length >= 2) out.push({ table, column: i, figure: sumFigures(parts), source: 'sum', rows: parts.length, location: table.location });
  });
  return out;
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Whether a prose amount stands in the table's caption (captions are also read as prose). */
export function inCaption(table: Table, a: ProseAmount): boolean {
  if (!table.caption || !table.captionLocation) return false;
  if (!squash(table.caption).includes(squash(a.context))) return false;
  const c = table.captionLocation;
  if (c.line !== undefined && a.location.line !== undefined) {
    return a.location.line >= c.line && (table.location.line === undefined || a.location.line <= table.location.line);
  }
  return c.page === a.location.page;
}

export function captionTable(doc: Document, a: ProseAmount): Table | null {
  return doc.tables.find((t) => inCaption(t, a)) ?? null;
}

/** Amounts of money worth comparing: kronor, stated without "cirka" or "drygt", not trifles. */
export const MIN_AMOUNT = 10_000;
export function isPlainMoney(a: ProseAmount): boolean {
  // A decrease ("minskar med 15 mnkr") is the size of a change, never a total or a figure a table gives.
  return a.unit === 'SEK' && a.qualifier === 'exact' && a.change === undefined && a.value.abs().gte(MIN_AMOUNT);
}
