import type { Document } from '../../model/document.js';
import type { Row, Table } from '../../model/table.js';

/**
 * Whether the document's text ends on the table's last row: a copy of a web page cut inside a
 * table (the last row's figures may stop mid-number, the last section's rows may go on past it).
 * A row's figures may stand on the line under its label, so the cells' lines count too.
 */
export function endsInside(doc: Document, table: Table): boolean {
  if (table.location.file !== doc.file) return false;
  const last = Math.max(0, ...table.rows.map(lastLine));
  if (last === 0) return false;
  return doc.lines.slice(last).every((l) => l.trim() === '');
}

/** Whether a row is the last of a table the copy ends inside: its figures may be cut. */
export function cutLastRow(doc: Document, table: Table, row: Row): boolean {
  return table.rows.at(-1) === row && endsInside(doc, table);
}

const lastLine = (r: Row): number => Math.max(r.location.line ?? 0, ...r.cells.map((c) => c.location.line ?? 0));
