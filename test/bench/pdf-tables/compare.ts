/**
 * Reads a printed table back with kronkoll and compares it with its source, cell by cell;
 * audits the original and its mutant. Shared by the benchmark and the committed-sample test.
 */
import { loadRuleContext } from '../../../src/corpus/context.js';
import { loadDocument } from '../../../src/document/load.js';
import type { Document } from '../../../src/model/document.js';
import type { Finding } from '../../../src/model/finding.js';
import type { Table } from '../../../src/model/table.js';
import { runRules } from '../../../src/rules/engine.js';
import { ALL_RULES } from '../../../src/rules/index.js';

/** What the test and the benchmark need of a source: region codes, values, the total row. */
export interface Expected {
  rows: { code: string; values: string[] }[];
  total: string[];
}

export interface Comparison {
  cells: number;
  exact: number;
  /** Region tables found (1 when the table came out whole). */
  tables: number;
  /** Why cells differ, the first few, for reading. */
  notes: string[];
}

/** The document's region tables: those with a row that names a region. */
export function regionTables(doc: Document): Table[] {
  return doc.tables.filter((t) => t.rows.some((r) => r.region !== null));
}

export function compareTables(doc: Document, expected: Expected): Comparison {
  const tables = regionTables(doc);
  const width = expected.total.length;
  const cells = (expected.rows.length + 1) * width;
  const notes: string[] = [];
  if (tables.length !== 1) notes.push(`${tables.length} region tables`);
  const t = tables[0];
  if (!t) return { cells, exact: 0, tables: 0, notes };
  if (t.columns.length !== width) notes.push(`${t.columns.length} value columns, expected ${width}`);
  let exact = 0;
  const value = (r: Table['rows'][number] | undefined, k: number) => r?.cells[k]?.value?.toFixed() ?? null;
  for (const row of expected.rows) {
    const got = t.rows.find((r) => r.region?.code === row.code && r.kind === 'data');
    row.values.forEach((v, k) => {
      if (value(got, k) === v) exact++;
      else if (notes.length < 6) notes.push(`region ${row.code} column ${k + 1}: ${got ? JSON.stringify(got.cells[k]?.raw ?? null) : 'row missing'} for ${v}`);
    });
  }
  const total = t.rows.find((r) => r.kind === 'total');
  expected.total.forEach((v, k) => {
    if (value(total, k) === v) exact++;
    else if (notes.length < 6) notes.push(`total column ${k + 1}: ${total ? JSON.stringify(total.cells[k]?.raw ?? null) : 'row missing'} for ${v}`);
  });
  // Rows read that the source does not have (a header read as data, a row split in two).
  const extra = t.rows.filter((r) => r.kind === 'data' && !expected.rows.some((e) => e.code === r.region?.code)).length;
  if (extra > 0) notes.push(`${extra} extra data rows`);
  return { cells, exact: extra > 0 ? Math.max(0, exact - extra) : exact, tables: tables.length, notes };
}

export async function audit(doc: Document): Promise<Finding[]> {
  return runRules([doc], ALL_RULES, loadRuleContext([doc.file])).get(doc.file) ?? [];
}

const key = (f: Finding) => [f.ruleId, f.severity, f.expected ?? '', f.actual ?? ''].join('|');

/** Findings of the mutant, at error or warning, that the original does not have. */
export function newFindings(mutant: Finding[], original: Finding[]): Finding[] {
  const before = new Set(original.map(key));
  return mutant.filter((f) => f.severity !== 'info' && !before.has(key(f)));
}

export interface RoundTrip extends Comparison {
  falseErrors: Finding[];
  flagged: boolean;
  readError?: string;
}

export async function roundTrip(original: string, mutant: string, expected: Expected): Promise<RoundTrip> {
  let doc: Document;
  try {
    doc = await loadDocument(original);
  } catch (e) {
    const cells = (expected.rows.length + 1) * expected.total.length;
    return { cells, exact: 0, tables: 0, notes: [], falseErrors: [], flagged: false, readError: e instanceof Error ? e.message : String(e) };
  }
  const cmp = compareTables(doc, expected);
  const findings = await audit(doc);
  const falseErrors = findings.filter((f) => f.severity === 'error');
  let flagged = false;
  try {
    const m = await loadDocument(mutant);
    flagged = newFindings(await audit(m), findings).length > 0;
  } catch {
    flagged = false;
  }
  return { ...cmp, falseErrors, flagged };
}
