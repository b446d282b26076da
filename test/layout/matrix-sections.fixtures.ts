import { Decimal } from 'decimal.js';
import type { Document } from '../../src/model/document.js';
import type { Finding } from '../../src/model/finding.js';
import type { Unit } from '../../src/model/amount.js';
import type { Table } from '../../src/model/table.js';
import { runRules } from '../../src/rules/engine.js';
import { ALL_RULES } from '../../src/rules/index.js';
import { loadRuleContext } from '../../src/corpus/context.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * The class × layout matrix for sectioned tables, cells with notes and units stated outside the
 * table: small tables written here (invented figures, real county names, sums worked out by hand),
 * each printed by the renderers below in the ways a web page or a PDF copied out as text prints
 * it, and a mutant of each with one cell changed so that a sum no longer holds.
 */

export interface SourceRow {
  /** Label then value cells as printed; a heading row has its label only. */
  cells: string[];
  /** What a person reads in each value cell, in the column's unit (null for a blank). */
  values?: (string | null)[];
  /** County code of a region row. */
  region?: string;
  heading?: boolean;
  bold?: boolean;
}

export interface Source {
  id: string;
  /** Lines printed before the table (caption, sentence), one paragraph each. */
  before: string[];
  head: string[];
  rows: SourceRow[];
  /** Lines printed under the table. */
  after?: string[];
  /** Per value column: the unit and the scale a person reads. */
  units: { unit: Unit; scale: number }[];
  /** The mutant: one cell changed (row index into rows, value column index) so that a sum no longer holds. */
  mutant: { row: number; col: number; raw: string };
}

export interface Layout {
  name: string;
  file: string;
  render: (s: Source) => string;
}

const valueCells = (s: Source, r: SourceRow): string[] => (r.heading ? s.head.slice(1).map(() => '') : r.cells.slice(1));

const para = (lines: readonly string[]): string => (lines.length ? lines.join('\n\n') + '\n\n' : '');

function gfm(s: Source): string {
  const row = (cells: string[]): string => '| ' + cells.join(' | ') + ' |';
  const lines = [row(s.head), '|' + s.head.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|') + '|'];
  for (const r of s.rows) {
    const label = r.bold ? `**${r.cells[0]}**` : r.cells[0]!;
    lines.push(row([label, ...valueCells(s, r)]));
  }
  return para(s.before) + lines.join('\n') + '\n' + (s.after?.length ? '\n' + para(s.after) : '');
}

const esc = (x: string): string => x.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function html(s: Source): string {
  const out = ['<html><body>', ...s.before.map((b) => `<p>${esc(b)}</p>`), '<table>', '<thead><tr>' + s.head.map((h) => `<th>${esc(h)}</th>`).join('') + '</tr></thead>', '<tbody>'];
  for (const r of s.rows) {
    const label = r.bold ? `<strong>${esc(r.cells[0]!)}</strong>` : esc(r.cells[0]!);
    out.push('<tr><td>' + label + '</td>' + valueCells(s, r).map((c) => `<td>${esc(c)}</td>`).join('') + '</tr>');
  }
  out.push('</tbody></table>', ...(s.after ?? []).map((a) => `<p>${esc(a)}</p>`), '</body></html>');
  return out.join('\n') + '\n';
}

/** A page break as pdftotext prints it: the page number, a form feed and the next page's running header. */
const RUNNING_HEAD = 'Bidrag och fördelning 2025';
const PAGE_BREAK = ['', '                                              7', '\f' + RUNNING_HEAD, ''];

/** Where a page break falls: after the middle row. */
const breakAt = (s: Source): number => Math.floor(s.rows.length / 2);

/** A text copied out of a PDF starts with the first page's running head. */
const runningHead = (pageBreak: boolean): string => (pageBreak ? RUNNING_HEAD + '\n\n' : '');

function lineRows(s: Source, rows: string[][], pageBreak: boolean): string[][] {
  if (!pageBreak) return rows;
  const at = breakAt(s) + (rows.length - s.rows.length);
  return [...rows.slice(0, at), ...PAGE_BREAK.map((l) => [l]), ...rows.slice(at)];
}

function tab(s: Source, pageBreak = false): string {
  const rows = [s.head, ...s.rows.map((r) => (r.heading ? [r.cells[0]!] : r.cells))];
  return runningHead(pageBreak) + para(s.before) + lineRows(s, rows, pageBreak).map((r) => r.join('\t')).join('\n') + '\n' + (s.after?.length ? '\n' + para(s.after) : '');
}

function widths(s: Source, head: string[][]): number[] {
  const all = [...head, ...s.rows.map((r) => r.cells)];
  return s.head.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
}

function spacedLine(w: number[], cells: string[]): string {
  return cells
    .map((c, i) => (i === 0 ? c.padEnd(w[0]!) : c.padStart(w[i]! + 4)))
    .join('')
    .trimEnd();
}

/** Header cells of more than one word wrapped over two lines: the last word on the second line. */
function wrappedHead(head: string[]): string[][] {
  const split = head.map((h) => {
    const cut = h.lastIndexOf(' ');
    return cut > 0 && h.length > 6 ? [h.slice(0, cut), h.slice(cut + 1)] : ['', h];
  });
  return [split.map((x) => x[0]!), split.map((x) => x[1]!)];
}

function spaced(s: Source, opts: { rule?: boolean; wrap?: boolean; pageBreak?: boolean } = {}): string {
  const head = opts.wrap ? wrappedHead(s.head) : [s.head];
  const w = widths(s, head);
  const lines = head.map((h) => [spacedLine(w, h)]);
  if (opts.rule) lines.push(['-'.repeat(w.reduce((a, b) => a + b + 4, -4))]);
  const body = s.rows.map((r) => [spacedLine(w, r.heading ? [r.cells[0]!] : r.cells)]);
  const rows = lineRows(s, [...lines, ...body], opts.pageBreak ?? false);
  return runningHead(opts.pageBreak ?? false) + para(s.before) + rows.map((r) => r[0]).join('\n') + '\n' + (s.after?.length ? '\n' + para(s.after) : '');
}

/** One cell per line, as a web table copied out of a browser gives it; an empty cell is an empty line. */
function cells(s: Source, opts: { sep: 'none' | 'cells' | 'rows'; wrap?: boolean; pageBreak?: boolean }): string {
  const cellSep = opts.sep === 'cells' ? '\n\n' : '\n';
  const rowSep = opts.sep === 'none' ? '\n' : '\n\n';
  const headCells = opts.wrap ? s.head.map((h, i) => (i > 0 && h.includes(' ') ? wrappedHead([h]).map((x) => x[0]).filter(Boolean).join('\n') : h)) : s.head;
  const rows = [headCells, ...s.rows.map((r) => (r.heading ? [r.cells[0]!, ...valueCells(s, r)] : r.cells))].map((r) => [r.join(cellSep)]);
  const all = lineRows(s, rows, opts.pageBreak ?? false);
  return runningHead(opts.pageBreak ?? false) + para(s.before) + all.map((r) => r[0]).join(rowSep) + '\n' + (s.after?.length ? '\n' + para(s.after) : '');
}

export const LAYOUTS: readonly Layout[] = [
  { name: 'gfm', file: 'case.md', render: gfm },
  { name: 'html', file: 'case.html', render: html },
  { name: 'tab', file: 'case.txt', render: (s) => tab(s) },
  { name: 'tab, page break', file: 'case.txt', render: (s) => tab(s, true) },
  { name: 'spaced', file: 'case.txt', render: (s) => spaced(s) },
  { name: 'spaced, rule line', file: 'case.txt', render: (s) => spaced(s, { rule: true }) },
  { name: 'spaced, wrapped header', file: 'case.txt', render: (s) => spaced(s, { wrap: true }) },
  { name: 'spaced, page break', file: 'case.txt', render: (s) => spaced(s, { rule: true, pageBreak: true }) },
  { name: 'cell per line', file: 'case.txt', render: (s) => cells(s, { sep: 'none' }) },
  { name: 'cell per line, blank between cells', file: 'case.txt', render: (s) => cells(s, { sep: 'cells' }) },
  { name: 'cell per line, blank between rows', file: 'case.txt', render: (s) => cells(s, { sep: 'rows' }) },
  { name: 'cell per line, wrapped header', file: 'case.txt', render: (s) => cells(s, { sep: 'cells', wrap: true }) },
  { name: 'cell per line, page break', file: 'case.txt', render: (s) => cells(s, { sep: 'cells', pageBreak: true }) },
];

export function mutate(s: Source): Source {
  const rows = s.rows.map((r, i) => (i === s.mutant.row ? { ...r, cells: r.cells.map((c, j) => (j === s.mutant.col + 1 ? s.mutant.raw : c)) } : r));
  return { ...s, id: s.id + ' (mutant)', rows };
}

/** The plain reading of a printed number: spaces out, decimal comma to point, any minus sign to "-". */
export const plain = (raw: string): string => raw.replace(/[\s\u00a0]/g, '').replace(',', '.').replace(/^[−–]/, '-');

export interface Reading {
  label: string;
  region: string | null;
  values: (string | null)[];
}

/** What a person reads in the source: every row with a value, in base units. */
export function expectedReading(s: Source): { rows: Reading[]; units: { unit: Unit; scale: number }[] } {
  const rows = s.rows
    .filter((r) => !r.heading)
    .map((r) => ({
      label: r.cells[0]!,
      region: r.region ?? null,
      values: (r.values ?? r.cells.slice(1).map(plain)).map((v, i) => (v === null ? null : new Decimal(v).times(s.units[i]!.scale).toFixed())),
    }));
  return { rows, units: s.units };
}

/** The table kronkoll read for the source: the one holding most of its row labels. */
export function tableFor(doc: Document, s: Source): Table | undefined {
  const labels = new Set(s.rows.filter((r) => !r.heading).map((r) => r.cells[0]!));
  let best: Table | undefined;
  let score = 0;
  for (const t of doc.tables) {
    const n = t.rows.filter((r) => labels.has(r.label.replace(/\*\*/g, ''))).length;
    if (n > score) [best, score] = [t, n];
  }
  return best;
}

export function actualReading(t: Table | undefined): { rows: Reading[]; units: { unit: Unit | null; scale: number }[] } {
  if (!t) return { rows: [], units: [] };
  const rows = t.rows
    .filter((r) => r.cells.some((c) => c.value !== null || c.raw !== ''))
    .map((r) => ({ label: r.label.replace(/\*\*/g, ''), region: r.region?.code ?? null, values: r.cells.map((c) => c.value?.toFixed() ?? null) }));
  return { rows, units: t.columns.map((c) => ({ unit: c.unit, scale: c.scale })) };
}

export function auditOf(doc: Document): Finding[] {
  return [...runRules([doc], ALL_RULES, loadRuleContext([doc.file])).values()].flat();
}

const key = (f: Finding): string => `${f.ruleId} ${f.severity} ${f.message}`;

/** Findings at warning or error in the mutant that the correct table does not give. */
export function flagged(correct: readonly Finding[], mutant: readonly Finding[]): Finding[] {
  const seen = new Set(correct.map(key));
  return mutant.filter((f) => f.severity !== 'info' && !seen.has(key(f)));
}

export function renderDoc(s: Source, l: Layout): Document {
  return docOf({ file: l.file, text: l.render(s) });
}
