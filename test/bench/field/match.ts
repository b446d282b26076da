/**
 * How the field benchmark compares kronkoll's reading of a document with its golden file.
 *
 * 1. Tables: each golden table is paired with at most one extracted table, the one sharing the most
 *    rows with it (a row is shared when both have the same region code, or, for non-region rows, the
 *    same label after lower-casing, collapsing spaces, dropping a footnote mark ("*", "¹") that closes
 *    it, and reading kronkoll's " | " between two label
 *    columns as a space); a caption that matches adds one point. A label printed more than once in
 *    a table ("Summa" closing each section) pairs by order: the second golden "Summa" with the
 *    second extracted one.
 *    Pairs are taken best first, so each extracted table serves one golden table.
 * 2. Columns: within a pair, each golden column is mapped to the extracted column whose values agree
 *    with it on the most shared rows (best agreement first, one to one). This forgives a code column
 *    or a label split into two columns without guessing at positions.
 * 3. Cells exact: a golden cell with a number counts as exact when the shared row's cell in the mapped
 *    column holds the same decimal value. Golden blanks are not counted.
 * 4. Region rows exact: a golden region row whose shared row exists and whose every golden number is exact.
 * 5. Findings: a finding lands on a golden defect when its line is one of the defect's lines, or lies
 *    on an extracted row of the table paired with the defect's table (from the row's label line to its
 *    last cell's line: a table pasted one cell per line has its cells below the label) that covers one
 *    of the defect's lines. A defect line above the paired table's first row (a header, the caption,
 *    the unit: the table as a whole) is covered by any finding inside the table's line span. A defect
 *    on a row kronkoll did not read is covered only by a finding on one of its lines: a finding
 *    elsewhere in the table (a region missing because the table was cut short) does not flag it.
 *    An error finding is true when it lands on a golden defect whose severity is "error"; otherwise it
 *    is false, so an error on a difference that rounding explains is false. A golden defect is missed
 *    when no warning or error lands on it.
 * 6. Rounding differences (golden defects of kind "rounding": a total that differs from its rounded
 *    parts by what their rounding allows) are not disagreements of the published numbers: DESIGN.md
 *    makes a check that passes only within rounding an `info`. They are counted apart, as noted when
 *    any finding (info included) lands on them, and never as defects missed.
 */
import { Decimal } from 'decimal.js';
import type { Golden, GoldenDefect, GoldenTable } from './golden.js';

/** What the benchmark needs of an extracted table: plain data, so the matching is testable alone. */
export interface ExtractedRow {
  label: string;
  region: string | null;
  /** Decimal strings in base units, null where kronkoll read no number. */
  values: (string | null)[];
  line: number | null;
  /** First and last source line of the row (label and cells); the label's line alone when absent. */
  lines?: [number, number];
}
export interface ExtractedTable {
  caption: string | null;
  rows: ExtractedRow[];
  /** First and last source line the table covers (caption or first row to last row). */
  span: [number, number] | null;
}
export interface ExtractedFinding {
  severity: 'error' | 'warning' | 'info';
  ruleId: string;
  line: number | null;
}

export interface Score {
  cells: number;
  cellsExact: number;
  regionRows: number;
  regionRowsExact: number;
  errorsTrue: number;
  errorsFalse: number;
  defects: number;
  defectsMissed: number;
  roundings: number;
  roundingsNoted: number;
  /** Why a golden cell is not exact: its table was not read; its table was not paired, but one
   *  extracted table holds at least half of its numbers (merged into another table's reading, or
   *  no row label recognised); its row was not read; its column maps to no extracted column; the
   *  extracted cell is blank; the value is the golden's times a power of ten (a unit read wrong);
   *  or another value. */
  missTable: number;
  missElsewhere: number;
  /** Golden tables with a number, and those of them whose numbers kronkoll read in no table. */
  tables: number;
  tablesUnread: number;
  /** Of the unread tables: those whose digits (any scale) one extracted table holds at least half of,
   *  and those whose row labels one extracted table holds at least half of (a table read, not paired). */
  unreadDigits: number;
  unreadLabels: number;
  missRow: number;
  missColumn: number;
  missBlank: number;
  missScale: number;
  missValue: number;
}

export const emptyScore = (): Score => ({
  cells: 0, cellsExact: 0, regionRows: 0, regionRowsExact: 0, errorsTrue: 0, errorsFalse: 0, defects: 0, defectsMissed: 0, roundings: 0, roundingsNoted: 0,
  missTable: 0, missElsewhere: 0, tables: 0, tablesUnread: 0, unreadDigits: 0, unreadLabels: 0, missRow: 0, missColumn: 0, missBlank: 0, missScale: 0, missValue: 0,
});

export function addScore(into: Score, s: Score): void {
  for (const k of Object.keys(into) as (keyof Score)[]) into[k] += s[k];
}

// kronkoll joins a label printed over two label columns with " | " ("Enskilt företag | Man"); a person reads it as words.
// A footnote mark closing a label ("Summa*", "Bidrag¹") is print beside the words: goldens write labels as
// printed, kronkoll keeps the mark apart (the row's note), and both name the same row. A dash opening a label
// stays: "– Eget kapital" under the heading "Eget kapital" is another row.
const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/\s+\|\s+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(?<=\p{L})\s?(?:\*{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)$/u, '');

function sameValue(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  try {
    return new Decimal(a).equals(new Decimal(b));
  } catch {
    return false;
  }
}

/** True when `read` is `golden` times ten to a non-zero power: the digits right, the unit wrong. */
function scaled(golden: string, read: string): boolean {
  try {
    const g = new Decimal(golden);
    const r = new Decimal(read);
    if (g.isZero() || r.isZero()) return false;
    const q = r.div(g).abs();
    return !q.equals(1) && q.equals(new Decimal(10).pow(Math.round(Math.log10(q.toNumber()))));
  } catch {
    return false;
  }
}

type MissKey = 'missTable' | 'missElsewhere' | 'missRow' | 'missColumn' | 'missBlank' | 'missScale' | 'missValue';

function missCause(golden: string, e: ExtractedTable | undefined, er: ExtractedRow | undefined, ec: number | undefined): MissKey {
  if (!e) return 'missTable';
  if (!er) return 'missRow';
  if (ec === undefined) return 'missColumn';
  const read = er.values[ec] ?? null;
  if (read === null) return 'missBlank';
  return scaled(golden, read) ? 'missScale' : 'missValue';
}

/** A number as its value ("1200"), or as its digits whatever the scale ("12" for 1 200 and 0,12). */
const valueKey = (v: string): string | null => {
  try {
    return new Decimal(v).toString();
  } catch {
    return null;
  }
};
const digitsKey = (v: string): string | null => {
  try {
    const d = new Decimal(v).abs();
    return d.isZero() ? '0' : d.toFixed().replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  } catch {
    return null;
  }
};

/** Whether one extracted table holds at least half of the golden table's numbers (by `key`). */
function numbersReadElsewhere(g: GoldenTable, extracted: readonly ExtractedTable[], key: (v: string) => string | null = valueKey): boolean {
  const want = g.rows.flatMap((r) => r.values).map((v) => (v === null ? null : key(v))).filter((k): k is string => k !== null);
  if (want.length === 0) return false;
  return extracted.some((e) => {
    const have = new Map<string, number>();
    for (const r of e.rows) for (const v of r.values) {
      const k = v === null ? null : key(v);
      if (k !== null) have.set(k, (have.get(k) ?? 0) + 1);
    }
    let n = 0;
    for (const k of want) {
      const left = have.get(k) ?? 0;
      if (left > 0) {
        n++;
        have.set(k, left - 1);
      }
    }
    return 2 * n >= want.length;
  });
}

/** Whether one extracted table holds at least half of the golden table's row labels, one within the other. */
function labelsReadElsewhere(g: GoldenTable, extracted: readonly ExtractedTable[]): boolean {
  const want = g.rows.map((r) => norm(r.label)).filter((l) => l.length >= 3);
  if (want.length === 0) return false;
  return extracted.some((e) => {
    const have = e.rows.map((r) => norm(r.label));
    const n = want.filter((w) => have.some((h) => h.includes(w) || (h.length >= 3 && w.includes(h)))).length;
    return 2 * n >= want.length;
  });
}

const rowKey = (r: { label: string; region: string | null }): string => (r.region !== null ? `region ${r.region}` : `label ${norm(r.label)}`);

/**
 * The extracted row that stands for a golden row: same region, or same label for non-region rows.
 * A label printed more than once ("Summa" closing each section) pairs by order: the golden's
 * `nth` row with that key (from 0) with the extracted table's `nth` one.
 */
export function findRow(g: { label: string; region: string | null }, rows: readonly ExtractedRow[], nth = 0): ExtractedRow | undefined {
  const label = norm(g.label);
  const same = g.region !== null ? (r: ExtractedRow) => r.region === g.region : (r: ExtractedRow) => norm(r.label) === label;
  let seen = 0;
  for (const r of rows) if (same(r) && seen++ === nth) return r;
  return undefined;
}

/** Each golden row's order among the golden rows with the same key (0 for the first). */
function occurrences(rows: readonly { label: string; region: string | null }[]): number[] {
  const count = new Map<string, number>();
  return rows.map((r) => {
    const key = rowKey(r);
    const n = count.get(key) ?? 0;
    count.set(key, n + 1);
    return n;
  });
}

function tableScore(g: GoldenTable, e: ExtractedTable): number {
  let n = 0;
  const nth = occurrences(g.rows);
  g.rows.forEach((row, i) => {
    if (findRow(row, e.rows, nth[i])) n++;
  });
  if (n > 0 && e.caption !== null && norm(e.caption) === norm(g.caption)) n++;
  return n;
}

/** Golden table index → extracted table index, best shared-row count first, each used once. */
export function pairTables(golden: readonly GoldenTable[], extracted: readonly ExtractedTable[]): Map<number, number> {
  const pairs: { g: number; e: number; s: number }[] = [];
  golden.forEach((g, gi) => extracted.forEach((e, ei) => {
    const s = tableScore(g, e);
    if (s > 0) pairs.push({ g: gi, e: ei, s });
  }));
  pairs.sort((a, b) => b.s - a.s || a.g - b.g || a.e - b.e);
  const out = new Map<number, number>();
  const used = new Set<number>();
  for (const p of pairs) {
    if (out.has(p.g) || used.has(p.e)) continue;
    out.set(p.g, p.e);
    used.add(p.e);
  }
  return out;
}

/** Golden column index → extracted column index, by the most agreeing shared rows, one to one. */
export function mapColumns(g: GoldenTable, e: ExtractedTable): Map<number, number> {
  const width = Math.max(0, ...e.rows.map((r) => r.values.length));
  const pairs: { gc: number; ec: number; n: number }[] = [];
  const gWidth = Math.max(0, ...g.rows.map((r) => r.values.length));
  const nth = occurrences(g.rows);
  const found = g.rows.map((row, i) => findRow(row, e.rows, nth[i]));
  for (let gc = 0; gc < gWidth; gc++) {
    for (let ec = 0; ec < width; ec++) {
      let n = 0;
      g.rows.forEach((row, i) => {
        const er = found[i];
        if (er && sameValue(row.values[gc] ?? null, er.values[ec] ?? null)) n++;
      });
      if (n > 0) pairs.push({ gc, ec, n });
    }
  }
  pairs.sort((a, b) => b.n - a.n || a.gc - b.gc || a.ec - b.ec);
  const out = new Map<number, number>();
  const used = new Set<number>();
  for (const p of pairs) {
    if (out.has(p.gc) || used.has(p.ec)) continue;
    out.set(p.gc, p.ec);
    used.add(p.ec);
  }
  return out;
}

function rowLines(r: ExtractedRow): [number, number] | null {
  return r.lines ?? (r.line === null ? null : [r.line, r.line]);
}

function lands(f: ExtractedFinding, d: GoldenDefect, pairs: Map<number, number>, extracted: readonly ExtractedTable[]): boolean {
  const line = f.line;
  if (line === null) return false;
  if (d.lines.includes(line)) return true;
  if (d.table === null) return false;
  const ei = pairs.get(d.table);
  if (ei === undefined) return false;
  const table = extracted[ei]!;
  const extents = table.rows.map(rowLines).filter((x): x is [number, number] => x !== null);
  const within = (l: number, [a, b]: [number, number]): boolean => l >= a && l <= b;
  // On the row that shows the defect.
  if (extents.some((e) => d.lines.some((l) => within(l, e)) && within(line, e))) return true;
  // A defect above the first row (header, caption, unit) is about the table as a whole.
  const first = Math.min(...extents.map((e) => e[0]));
  const aboveRows = d.lines.some((l) => l < first);
  return aboveRows && table.span !== null && within(line, table.span);
}

/** Score one document: its golden file against kronkoll's tables and findings. */
export function scoreDocument(golden: Golden, extracted: readonly ExtractedTable[], findings: readonly ExtractedFinding[]): Score {
  const s = emptyScore();
  const pairs = pairTables(golden.tables, extracted);
  golden.tables.forEach((g, gi) => {
    const ei = pairs.get(gi);
    const e = ei === undefined ? undefined : extracted[ei];
    const elsewhere = e === undefined && numbersReadElsewhere(g, extracted);
    if (g.rows.some((r) => r.values.some((v) => v !== null))) {
      s.tables++;
      if (e === undefined && !elsewhere) {
        s.tablesUnread++;
        if (numbersReadElsewhere(g, extracted, digitsKey)) s.unreadDigits++;
        if (labelsReadElsewhere(g, extracted)) s.unreadLabels++;
      }
    }
    const cols = e ? mapColumns(g, e) : new Map<number, number>();
    const nth = occurrences(g.rows);
    for (const [i, row] of g.rows.entries()) {
      const er = e ? findRow(row, e.rows, nth[i]) : undefined;
      let all = true;
      row.values.forEach((v, gc) => {
        if (v === null) return;
        s.cells++;
        const ec = cols.get(gc);
        const ok = er !== undefined && ec !== undefined && sameValue(v, er.values[ec] ?? null);
        if (ok) s.cellsExact++;
        else {
          all = false;
          s[elsewhere ? 'missElsewhere' : missCause(v, e, er, ec)]++;
        }
      });
      if (row.region !== null) {
        s.regionRows++;
        if (er && all) s.regionRowsExact++;
      }
    }
  });
  for (const f of findings) {
    if (f.severity !== 'error') continue;
    if (golden.defects.some((d) => d.severity === 'error' && lands(f, d, pairs, extracted))) s.errorsTrue++;
    else s.errorsFalse++;
  }
  for (const d of golden.defects) {
    if (d.kind === 'rounding') {
      s.roundings++;
      if (findings.some((f) => lands(f, d, pairs, extracted))) s.roundingsNoted++;
      continue;
    }
    s.defects++;
    if (!findings.some((f) => f.severity !== 'info' && lands(f, d, pairs, extracted))) s.defectsMissed++;
  }
  return s;
}
