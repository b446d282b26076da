import type { Document } from '../../model/document.js';
import type { Row, Table } from '../../model/table.js';
import { matchRegion } from '../../regions/match.js';

/**
 * Whether a copy of a page is cut inside the table, so that rows after the last one read may be
 * missing: in a table of regions, the text ends, after the last row and blank lines, on one short
 * line without a figure or a closing stop that names a region the rows have not named, the next
 * row's label alone ("Region Västernorrland"). A line that names no such region ("Läs mer",
 * "Dela") is page furniture after a whole table. A last row with fewer digits than the others
 * (cut-copy.ts's sign) is no evidence alone here: a small last amount is common. A sum of the rows
 * that falls short of a total stated elsewhere is then no disagreement the page shows.
 */
// A line this long or longer is prose, not a row's label cut from its figures.
const MAX_LABEL = 60;
// A label cut from its figures: letters, spaces and a few marks, no digit, no stop that closes a sentence.
const LABEL_ONLY = /^[^\d.!?:;]+$/u;

export function copyCutAfter(doc: Document, table: Table): boolean {
  if (table.rows.length === 0 || table.location.file !== doc.file) return false;
  const end = Math.max(0, ...table.rows.map(lastLine));
  if (end === 0) return false;
  const rest = doc.lines.slice(end).map((l) => l.trim()).filter((l) => l !== '');
  if (rest.length !== 1 || rest[0]!.length >= MAX_LABEL || !LABEL_ONLY.test(rest[0]!)) return false;
  const named = new Set(table.rows.flatMap((r) => (r.region ? [r.region.code] : [])));
  // A table of regions: most of its rows name one.
  if (named.size * 2 < table.rows.length) return false;
  const next = matchRegion(rest[0]!);
  return next !== null && !named.has(next.code);
}

const lastLine = (r: Row): number => Math.max(r.location.line ?? 0, ...r.cells.map((c) => c.location.line ?? 0));
