/**
 * Reads a rendered table back with kronkoll and scores it against what the generator knows:
 * the table found (one table, not split), cells exact (test/bench/field/match.ts pairs rows by
 * label or region and columns by agreement, as for the field corpus), rows with the right
 * region, a false error on the untouched table, and the mutant flagged.
 */
import { loadDocument } from '../../../src/document/load.js';
import type { Finding } from '../../../src/model/finding.js';
import { extractFindings, extractTables } from '../field/extract.js';
import type { Golden, GoldenRow } from '../field/golden.js';
import { findRow, scoreDocument } from '../field/match.js';
import { audit, newFindings } from '../pdf-tables/compare.js';
import type { TextTable } from './spec.js';

export function goldenOf(t: TextTable): Golden {
  const rows: GoldenRow[] = t.rows
    .filter((r) => r.kind !== 'heading')
    .map((r) => ({
      label: r.label,
      region: r.region,
      kind: r.kind as GoldenRow['kind'],
      values: r.cells.map((c) => (c.value === null ? null : c.value.mul(t.scale).toFixed())),
    }));
  return { tables: [{ caption: t.caption ?? '', unit: t.unit?.text ?? '', kind: 'table', columns: t.columns, rows }], defects: [], classes: [] };
}

export interface TableScore {
  /** Some table holds at least half of the rows. */
  found: boolean;
  /** One table holds every row, and no other table holds any. */
  whole: boolean;
  cells: number;
  exact: number;
  regionRows: number;
  regionRight: number;
  falseErrors: Finding[];
  /** How many tables kronkoll read in the file (0: the table is hidden in prose). */
  tablesRead: number;
  /** The audit reports rows of figures that look like a table but were not read as one. */
  reported: boolean;
  /** Null when the table has no mutant (no total to break). */
  flagged: boolean | null;
  notes: string[];
  readError?: string;
}

/** The words of the report of rows no reader took (format.unreadRows in src/messages/findings-sv.ts). */
const UNREAD_ROWS = /ser ut som en tabell men kunde inte läsas som en/;

const norm = (s: string): string => s.toLowerCase().replace(/\s+\|\s+/g, ' ').replace(/\s+/g, ' ').trim();

export async function scoreTable(t: TextTable, file: string, mutantFile: string | null): Promise<TableScore> {
  const golden = goldenOf(t);
  const g = golden.tables[0]!;
  const withNumbers = g.rows.filter((r) => r.values.some((v) => v !== null));
  const cells = withNumbers.reduce((a, r) => a + r.values.filter((v) => v !== null).length, 0);
  const regionRows = g.rows.filter((r) => r.region !== null).length;
  let doc;
  try {
    doc = await loadDocument(file);
  } catch (e) {
    return { found: false, whole: false, cells, exact: 0, regionRows, regionRight: 0, falseErrors: [], tablesRead: 0, reported: false, flagged: mutantFile ? false : null, notes: [], readError: e instanceof Error ? e.message : String(e) };
  }
  const extracted = extractTables(doc);
  const findings = await audit(doc);
  const s = scoreDocument(golden, extracted, extractFindings(findings));
  const holding = extracted.map((e) => withNumbers.filter((r) => findRow(r, e.rows) !== undefined).length);
  const most = Math.max(0, ...holding);
  const found = most * 2 >= withNumbers.length && most > 0;
  const whole = most === withNumbers.length && holding.filter((n) => n > 0).length === 1;
  const all = extracted.flatMap((e) => e.rows);
  const regionRight = g.rows.filter((r) => r.region !== null && all.some((e) => e.region === r.region && norm(e.label) === norm(r.label))).length;
  const notes: string[] = [];
  if (!whole) notes.push(`rows held by tables: ${holding.filter((n) => n > 0).join('+') || 'none'} of ${withNumbers.length}`);
  if (s.cellsExact < s.cells) notes.push(`cells ${s.cellsExact}/${s.cells} (row ${s.missRow}, column ${s.missColumn}, blank ${s.missBlank}, unit ${s.missScale}, value ${s.missValue}, table ${s.missTable + s.missElsewhere})`);
  const falseErrors = findings.filter((f) => f.severity === 'error');
  const reported = findings.some((f) => f.ruleId === 'format/unreadable' && UNREAD_ROWS.test(f.message));
  let flagged: boolean | null = null;
  if (mutantFile) {
    try {
      const m = await loadDocument(mutantFile);
      flagged = newFindings(await audit(m), findings).length > 0;
    } catch {
      flagged = false;
    }
  }
  return { found, whole, cells, exact: s.cellsExact, regionRows, regionRight, falseErrors, tablesRead: extracted.length, reported, flagged, notes };
}
