/**
 * Reads a rendered list back with kronkoll and scores it against what the generator knows: the
 * list read as one table (kind `list` or any other), its amounts exact (test/bench/field/match.ts
 * pairs rows by label or region, as for the field corpus), rows with the right region, a false
 * error on the untouched list, and the mutant (one item changed, the total as printed) flagged.
 */
import { loadDocument } from '../../../src/document/load.js';
import type { Finding } from '../../../src/model/finding.js';
import { extractFindings, extractTables } from '../field/extract.js';
import type { Golden } from '../field/golden.js';
import { findRow, scoreDocument } from '../field/match.js';
import { audit, newFindings } from '../pdf-tables/compare.js';
import type { AmountList } from './spec.js';

export function goldenOf(l: AmountList): Golden {
  const rows = l.items.map((i) => ({ label: i.label, region: i.region, kind: 'data' as const, values: [i.value.toFixed()] }));
  return { tables: [{ caption: l.leadIn, unit: l.unit.name, kind: 'list', columns: [['Mottagare'], ['Belopp']], rows }], defects: [], classes: [] };
}

export interface ListScore {
  /** One table holds every item, and no other table holds any. */
  whole: boolean;
  cells: number;
  exact: number;
  regionRows: number;
  regionRight: number;
  falseErrors: Finding[];
  tablesRead: number;
  /** Null when the list has no stated total to break. */
  flagged: boolean | null;
  notes: string[];
  readError?: string;
}

const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

export async function scoreList(l: AmountList, file: string, mutantFile: string | null): Promise<ListScore> {
  const golden = goldenOf(l);
  const g = golden.tables[0]!;
  const regionRows = g.rows.filter((r) => r.region !== null).length;
  let doc;
  try {
    doc = await loadDocument(file);
  } catch (e) {
    return { whole: false, cells: g.rows.length, exact: 0, regionRows, regionRight: 0, falseErrors: [], tablesRead: 0, flagged: mutantFile ? false : null, notes: [], readError: e instanceof Error ? e.message : String(e) };
  }
  const extracted = extractTables(doc);
  const findings = await audit(doc);
  const s = scoreDocument(golden, extracted, extractFindings(findings));
  const holding = extracted.map((e) => g.rows.filter((r) => findRow(r, e.rows) !== undefined).length);
  const whole = Math.max(0, ...holding) === g.rows.length && holding.filter((n) => n > 0).length === 1;
  const all = extracted.flatMap((e) => e.rows);
  const regionRight = g.rows.filter((r) => r.region !== null && all.some((e) => e.region === r.region && norm(e.label) === norm(r.label))).length;
  const notes: string[] = [];
  if (!whole) notes.push(`items held by tables: ${holding.filter((n) => n > 0).join('+') || 'none'} of ${g.rows.length}`);
  if (s.cellsExact < s.cells) notes.push(`amounts ${s.cellsExact}/${s.cells} (row ${s.missRow}, unit ${s.missScale}, value ${s.missValue})`);
  const falseErrors = findings.filter((f) => f.severity === 'error');
  let flagged: boolean | null = null;
  if (mutantFile) {
    try {
      flagged = newFindings(await audit(await loadDocument(mutantFile)), findings).length > 0;
    } catch {
      flagged = false;
    }
  }
  return { whole, cells: s.cells, exact: s.cellsExact, regionRows, regionRight, falseErrors, tablesRead: extracted.length, flagged, notes };
}
