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

/**
 * Whether a row is the last of a table the copy ends inside and shows the cut: its last figure has
 * fewer digits than that column's figure in every other row ("46 523 23 596 2"), or cells the
 * other rows fill stand empty after it ("Södermanland 1 377").
 */
export function cutLastRow(doc: Document, table: Table, row: Row): boolean {
  if (table.rows.at(-1) !== row || !endsInside(doc, table)) return false;
  const filled = row.cells.flatMap((c, k) => (c.value === null ? [] : [k]));
  const last = filled.at(-1);
  if (last === undefined) return false;
  const others = table.rows.filter((r) => r !== row && r.kind === 'data');
  const inColumn = others.filter((r) => r.cells[last]?.value != null);
  const short = inColumn.length >= 2 && inColumn.every((r) => digits(r.cells[last]!.raw) > digits(row.cells[last]!.raw));
  // Cells left blank after it, not a printed mark such as "." or "–", where every other row has a figure.
  const emptyAfter = row.cells.slice(last + 1).some((c, i) => c.raw.trim() === '' && others.length >= 2 && others.every((r) => r.cells[last + 1 + i]?.value != null));
  return short || emptyAfter;
}

const digits = (raw: string): number => raw.replace(/\D/g, '').length;

const lastLine = (r: Row): number => Math.max(r.location.line ?? 0, ...r.cells.map((c) => c.location.line ?? 0));
