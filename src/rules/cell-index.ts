import type { Document } from '../model/document.js';
import type { CellRef } from '../model/finding.js';
import type { Location } from '../model/location.js';

/**
 * The table place of each location object in the model: a rule that reports at a cell's,
 * row's or table's own location (the same object, not a copy) points at that cell, row or
 * table. Lets reports mark the cell without looking anything up by position.
 */
export function cellIndex(docs: readonly Document[]): Map<Location, CellRef> {
  const out = new Map<Location, CellRef>();
  for (const doc of docs) {
    doc.tables.forEach((table, ti) => {
      out.set(table.location, { table: ti, row: null, column: null });
      table.rows.forEach((row, ri) => {
        out.set(row.location, { table: ti, row: ri, column: null });
        row.cells.forEach((cell, ci) => out.set(cell.location, { table: ti, row: ri, column: ci }));
      });
    });
  }
  return out;
}
