import { looksValue } from './looks-numeric.js';
import { isTitledYearLine } from './titled-years.js';
import type { SourceLine } from './source-line.js';

/**
 * A table whose rows stand one a line, save one line that holds several rows run together (a
 * copy that lost some line breaks, a row pasted after another):
 *
 *   Region	Belopp
 *   Blekinge	12 300
 *   Dalarna 25 100 Gotland 5 400        ← two rows
 *   Gävleborg	18 200
 *
 * The rows around the line give the table's layout (tabs, or cells set apart by two spaces or
 * more) and its number of value columns. The line is cut where a capitalised word follows a
 * figure, and only when every piece then holds as many values as the table has columns in one
 * way only: a piece's figures are grouped into values (a lead group of one to three digits, then
 * groups of three), and a tab or a wide gap between two figures always parts two values. Each
 * piece is written again in the table's layout, keeping the line's number and its own column.
 *
 * A line that reads as several rows (capitalised labels, each with figures) but cannot be cut so
 * is left as it is, and named as a doubt, so the table it stands in reports it.
 */
const MAX_NEIGHBOURS = 3;
const MIN_NEIGHBOURS = 2;
const MIN_PIECES = 2;
/** A figure token: a number, one of its digit groups, a lone dash (an empty cell). */
const FIGURE = /^(?:[-−–]?\d+(?:,\d+)?%?|[-−–])$/;
const OPENS_LABEL = /^[A-ZÅÄÖ]/;
const LETTERS = /\p{L}/u;
const SEGMENT = /\S(?:\S| (?! ))*/g;
/** A cheap test: a figure, space, then a capital. */
const MAY_RUN = /\d[ \t]+[A-ZÅÄÖ]/;

export interface Shape {
  layout: 'tab' | 'aligned';
  values: number;
  /** Aligned: each value's right edge on the line (column-wise, from the line's start). */
  ends: number[];
}

/** The shape of a table row: a label, then only values, set apart by tabs or wide gaps. */
export function rowShape(raw: string): Shape | null {
  if (raw.includes('\t')) {
    const cells = raw.split('\t').map((c) => c.trim());
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    if (cells.length < 2 || !LETTERS.test(cells[0]!) || !cells.slice(1).every((c) => c !== '' && looksValue(c))) return null;
    return { layout: 'tab', values: cells.length - 1, ends: [] };
  }
  if (!/\S {2,}\S/.test(raw)) return null;
  const segs = [...raw.matchAll(SEGMENT)];
  if (segs.length < 2 || !LETTERS.test(segs[0]![0]) || !segs.slice(1).every((s) => looksValue(s[0]))) return null;
  return { layout: 'aligned', values: segs.length - 1, ends: segs.slice(1).map((s) => s.index + s[0].length) };
}

/** The table's shape by the rows around line i, when they agree (no blank line between). */
export function tableShape(lines: SourceLine[], i: number): Shape | null {
  const shapes: Shape[] = [];
  for (const dir of [-1, 1]) {
    for (let k = 1; k <= MAX_NEIGHBOURS; k++) {
      const l = lines[i + dir * k];
      if (l === undefined || l.raw.trim() === '') break;
      const s = rowShape(l.raw);
      if (s) shapes.push(s);
    }
  }
  if (shapes.length < MIN_NEIGHBOURS) return null;
  const first = shapes[0]!;
  return shapes.every((s) => s.layout === first.layout && s.values === first.values) ? first : null;
}

interface Token {
  text: string;
  from: number;
  /** A tab or two spaces or more before it: a cell boundary. */
  hard: boolean;
}

function tokens(raw: string): Token[] {
  const out: Token[] = [];
  for (const m of raw.matchAll(/\S+/g)) {
    let at = m.index;
    while (at > 0 && /\s/.test(raw[at - 1]!)) at--;
    const gap = raw.slice(at, m.index);
    out.push({ text: m[0], from: m.index, hard: gap.includes('\t') || gap.length >= 2 });
  }
  return out;
}

const LEAD_GROUP = /^[-−–]?\d{1,3}$/;
const ZERO_LEAD = /^[-−–]?0/;
const GROUP = /^\d{3}$/;
const LAST_GROUP = /^\d{3}(?:,\d+)?%?$/;

/** Whether figures [a, b) make one value. */
function oneValue(figs: readonly { text: string; hard: boolean }[], a: number, b: number): boolean {
  if (b - a === 1) return true;
  // A figure of several digit groups never opens with a zero ("000 000", "0 500"): such a lead is the end of the figure before it.
  if (!LEAD_GROUP.test(figs[a]!.text) || ZERO_LEAD.test(figs[a]!.text)) return false;
  for (let j = a + 1; j < b; j++) {
    if (figs[j]!.hard) return false;
    if (!(j === b - 1 ? LAST_GROUP : GROUP).test(figs[j]!.text)) return false;
  }
  return true;
}

/** The ways (up to two) to group a piece's figures into n values; each way as the values' bounds. */
export type Bounds = [number, number];

export function groupings(figs: readonly { text: string; hard: boolean }[], n: number): Bounds[][] {
  const found: Bounds[][] = [];
  const walk = (at: number, acc: Bounds[]): void => {
    if (found.length > 1) return;
    if (acc.length === n) {
      if (at === figs.length) found.push(acc);
      return;
    }
    for (let b = at + 1; b <= figs.length; b++) if (oneValue(figs, at, b)) walk(b, [...acc, [at, b]]);
  };
  walk(0, []);
  return found;
}

interface Piece {
  label: Token[];
  figures: Token[];
}

/** The line as label-and-figures pieces, cut where a label word follows a figure; null when it is not such a run. */
function pieces(raw: string): Piece[] | null {
  const out: Piece[] = [];
  for (const t of tokens(raw)) {
    const figure = FIGURE.test(t.text);
    const last = out[out.length - 1];
    if (figure) {
      if (!last) return null;
      last.figures.push(t);
    } else if (!last || last.figures.length > 0) {
      if (!OPENS_LABEL.test(t.text)) return null;
      out.push({ label: [t], figures: [] });
    } else last.label.push(t);
  }
  return out.length >= MIN_PIECES && out.every((p) => p.figures.length > 0) ? out : null;
}

export interface RunTogetherResult {
  lines: SourceLine[];
  /** Lines that read as several rows of the table around them but could not be cut in one way. */
  doubts: SourceLine[];
  /** Source lines cut into rows: where one row ended and the next began was not printed. */
  cut: Set<number>;
}

/** Cuts every such line into its rows; other lines are handed on as they are. */
export function splitRunTogetherRows(lines: SourceLine[]): RunTogetherResult {
  let out: SourceLine[] | null = null;
  const doubts: SourceLine[] = [];
  const cut = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const src = lines[i]!;
    let rows: SourceLine[] | null = null;
    // A header whose titles each end in a year ("Mnkr  Budget 2024  Plan 2025"), over the rows and under none, is no run of rows (titled-years.ts).
    const header = isTitledYearLine(src.raw) && (i === 0 || rowShape(lines[i - 1]!.raw) === null);
    if (MAY_RUN.test(src.raw) && rowShape(src.raw) === null && !header) {
      const ps = pieces(src.raw);
      const shape = ps ? tableShape(lines, i) : null;
      if (ps && shape) {
        rows = written(src, ps, shape);
        if (rows) cut.add(src.line);
        else doubts.push(src);
      }
    }
    if (rows && !out) out = lines.slice(0, i);
    if (out) out.push(...(rows ?? [src]));
  }
  return { lines: out ?? lines, doubts, cut };
}

/** The pieces written as rows in the table's layout, or null when one of them does not group into its values in one way. */
function written(src: SourceLine, ps: Piece[], shape: Shape): SourceLine[] | null {
  const rows: SourceLine[] = [];
  for (const p of ps) {
    const ways = groupings(p.figures, shape.values);
    if (ways.length !== 1) return null;
    const label = src.raw.slice(p.label[0]!.from, p.label[p.label.length - 1]!.from + p.label[p.label.length - 1]!.text.length);
    const values = ways[0]!.map(([a, b]) => src.raw.slice(p.figures[a]!.from, p.figures[b - 1]!.from + p.figures[b - 1]!.text.length));
    let raw: string;
    if (shape.layout === 'tab') raw = [label, ...values].join('\t');
    else {
      // Each value set right at its column's right edge, as the rows around it stand.
      raw = label;
      for (const [k, v] of values.entries()) raw = raw.padEnd(Math.max(raw.length + 2, shape.ends[k]! - v.length)) + v;
    }
    rows.push({ raw, line: src.line, column: (src.column ?? 1) + p.label[0]!.from });
  }
  return rows;
}
