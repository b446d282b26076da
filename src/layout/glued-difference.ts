import type { SourceLine } from './source-line.js';
import { toGridCell } from './source-line.js';
import type { Grid, GridCell, GridRow } from './types.js';
import { oncePerLine } from './once-per-line.js';

/**
 * A deviation table (outcome, forecast or budget, and the difference) copied from a web page
 * without cell separators: "Servicenämnd673235", "Ekonomiskt bistånd-11-10-1", under a header
 * glued the same way ("BokslutDelårsrapp jan-augAvvikelse"). Values under a thousand have no
 * digit groups to tell them apart, but the third column is the first minus the second (or the
 * second minus the first): 67 − 32 = 35. Each way to cut a row's digits into three values with
 * no leading zeros is tried; a row is read when exactly one cut fits the table's relation, the
 * relation being the one that reads most rows. A row no cut fits keeps its digits in its label,
 * as printed, with no values. Every value is a reading, `readBy: "glued"`: a sum over it warns.
 */
const MIN_ROWS = 3;
/** Rows the relation must read, of those the table has. */
const MIN_SHARE = 0.8;
const MAX_RUN = 18;
const MAX_LINE = 120;
/** Label (ending in a letter, ")" or "%") directly followed by digits and signs only. */
const ROW = /^(\s*\S.*?[\p{L})%.])\s?([-−–]?\d[\d\-−–]*)\s*$/u;
const VALUE = /^[-−–]?(?:0|[1-9]\d*)$/;
const HEADER_START = /(?<=[\p{Ll}\d)])(?=\p{Lu})/gu;

type Relation = 'a-b' | 'b-a';

interface GluedRow {
  src: SourceLine;
  labelEnd: number;
  runStart: number;
  run: string;
}

const rowOf = oncePerLine((src: SourceLine): GluedRow | null => {
  const raw = src.raw.trimEnd();
  const m = raw.length <= MAX_LINE && !raw.includes('\t') ? ROW.exec(raw) : null;
  const run = m?.[2];
  return m && run && run.replace(/\D/g, '').length >= 3 && run.length <= MAX_RUN && (m[1]!.match(/\p{L}/gu) ?? []).length >= 3 ? { src, labelEnd: m[1]!.length, runStart: raw.length - run.length, run } : null;
});

const toNumber = (s: string): number => Number(s.replace(/[−–]/, '-'));

/** Every cut of the run into three values, as offsets [0, i, j, end]. */
function cuts(run: string): [string, string, string][] {
  const out: [string, string, string][] = [];
  for (let i = 1; i < run.length - 1; i++) {
    for (let j = i + 1; j < run.length; j++) {
      const parts: [string, string, string] = [run.slice(0, i), run.slice(i, j), run.slice(j)];
      if (parts.every((p) => VALUE.test(p))) out.push(parts);
    }
  }
  return out;
}

function fits(parts: [string, string, string], relation: Relation): boolean {
  const [a, b, c] = parts.map(toNumber) as [number, number, number];
  return relation === 'a-b' ? a - b === c : b - a === c;
}

/** The one cut that fits, or null when none or several do. */
function readRun(run: string, relation: Relation): [string, string, string] | null {
  const fitting = cuts(run).filter((p) => fits(p, relation));
  return fitting.length === 1 ? fitting[0]! : null;
}

/** Cheap test at every line: a label glued to a run of three or more digits and signs. */
export function mayStartGluedDifference(lines: SourceLine[], i: number): boolean {
  return rowOf(lines[i]!) !== null || (i + 1 < lines.length && rowOf(lines[i + 1]!) !== null);
}

function headerCells(file: string, src: SourceLine): GridCell[] | null {
  const raw = src.raw.trimEnd();
  if (raw.trim() === '' || raw.length > MAX_LINE || /\d{3}/.test(raw)) return null;
  const from = raw.length - raw.trimStart().length;
  const starts = [from, ...[...raw.matchAll(HEADER_START)].map((m) => m.index).filter((k) => k > from)];
  if (starts.length !== 3) return null;
  return [{ ...toGridCell(file, src, from, from), text: '', header: true }, ...starts.map((s, k) => ({ ...toGridCell(file, src, s, starts[k + 1] ?? raw.length), header: true }))];
}

export function detectGluedDifference(file: string, lines: SourceLine[], start: number): { grid: Grid; end: number } | null {
  const head = rowOf(lines[start]!) === null ? headerCells(file, lines[start]!) : null;
  const first = head ? start + 1 : start;
  const rows: GluedRow[] = [];
  for (let k = first; k < lines.length; k++) {
    const r = rowOf(lines[k]!);
    if (!r) break;
    rows.push(r);
  }
  if (rows.length < MIN_ROWS || (!head && first !== start)) return null;
  // The relation that reads most rows; the table is this class only when it reads nearly all.
  const readBy = (rel: Relation): ([string, string, string] | null)[] => rows.map((r) => readRun(r.run, rel));
  const [ab, ba] = [readBy('a-b'), readBy('b-a')];
  const count = (xs: unknown[]): number => xs.filter((x) => x !== null).length;
  const best = count(ab) >= count(ba) ? ab : ba;
  if (count(best) < MIN_ROWS || count(best) < rows.length * MIN_SHARE) return null;
  const gridRows: GridRow[] = rows.map((r, k) => {
    const label = toGridCell(file, r.src, 0, r.labelEnd);
    const parts = best[k];
    let at = r.runStart;
    const values: GridCell[] = parts
      ? parts.map((p) => {
          const cell = toGridCell(file, r.src, at, at + p.length);
          at += p.length;
          cell.readBy = 'glued';
          return cell;
        })
      : [{ ...label, text: '' }, { ...label, text: '' }, { ...label, text: '' }];
    // A row no cut reads keeps its digits in its label, as printed: shown, never guessed.
    if (!parts) label.text = `${label.text} ${r.run}`;
    return { cells: [label, ...values], location: label.location };
  });
  if (head) gridRows.unshift({ cells: head, location: head[1]!.location });
  return { grid: { kind: 'grid', source: 'glued', caption: null, rows: gridRows, headerRows: head ? 1 : 0 }, end: first + rows.length };
}
