import type { Box } from '../../model/location.js';
import type { GridCell, GridRow } from '../types.js';
import { cell, row, spanHeaderRows, type FoundGrid } from './grid-parts.js';
import { joinWrapped } from './join-wrapped.js';
import { cutRun, OVER_COLUMNS, withoutTrailingSpace } from './cut-run.js';
import { right as rightOf, singleSpaced } from './lines.js';
import { isNumericCell } from './numeric.js';
import type { PdfLine, Ruling } from './types.js';
import { isYearTitleRow } from './year-titles.js';

/** Rules closer than this (points) are the same rule: line widths, per-cell borders. */
const SNAP = 2;
/** A table needs at least this many vertical and horizontal rules (two columns, two rows). */
const MIN_RULES = 3;
const MAX_RULES = 5000;

interface HRule {
  y: number;
  x1: number;
  x2: number;
}
interface VRule {
  x: number;
  y1: number;
  y2: number;
}

interface Piece {
  text: string;
  box: Box;
  baseline: number;
  size: number;
}

/**
 * Tables drawn with borders: columns and rows from the rules, not from text alignment, so
 * centred or left-aligned numbers and headers wrapped inside their cells come out right.
 * A rule missing between two cells of a row joins them (colspan). Boxes without numbers
 * (a framed note) are left to the other readers.
 */
export function ruledTables(file: string, page: number, lines: PdfLine[], rulings: Ruling[]): { grids: FoundGrid[]; used: Set<PdfLine> } {
  const grids: FoundGrid[] = [];
  const used = new Set<PdfLine>();
  if (rulings.length === 0 || rulings.length > MAX_RULES) return { grids, used };
  const hs = mergeH(rulings.filter((r) => Math.abs(r.y1 - r.y2) < 0.5).map((r) => ({ y: r.y1, x1: Math.min(r.x1, r.x2), x2: Math.max(r.x1, r.x2) })));
  const vs = mergeV(rulings.filter((r) => Math.abs(r.x1 - r.x2) < 0.5).map((r) => ({ x: r.x1, y1: Math.min(r.y1, r.y2), y2: Math.max(r.y1, r.y2) })));
  for (const [h, v] of components(hs, vs)) {
    const found = buildGrid(file, page, lines, h, v, used);
    if (found) grids.push(found);
  }
  return { grids, used };
}

function mergeH(rules: HRule[]): HRule[] {
  rules.sort((a, b) => a.y - b.y || a.x1 - b.x1);
  const out: HRule[] = [];
  for (const r of rules) {
    const last = out.find((o) => Math.abs(o.y - r.y) <= SNAP / 2 && r.x1 <= o.x2 + SNAP && r.x2 >= o.x1 - SNAP);
    if (last) {
      last.x1 = Math.min(last.x1, r.x1);
      last.x2 = Math.max(last.x2, r.x2);
    } else out.push({ ...r });
  }
  return out;
}

function mergeV(rules: VRule[]): VRule[] {
  rules.sort((a, b) => a.x - b.x || a.y1 - b.y1);
  const out: VRule[] = [];
  for (const r of rules) {
    const last = out.find((o) => Math.abs(o.x - r.x) <= SNAP / 2 && r.y1 <= o.y2 + SNAP && r.y2 >= o.y1 - SNAP);
    if (last) {
      last.y1 = Math.min(last.y1, r.y1);
      last.y2 = Math.max(last.y2, r.y2);
    } else out.push({ ...r });
  }
  return out;
}

const crosses = (h: HRule, v: VRule) => v.x >= h.x1 - SNAP && v.x <= h.x2 + SNAP && h.y >= v.y1 - SNAP && h.y <= v.y2 + SNAP;

/** Groups of rules that touch each other: one drawn table each. */
function components(hs: HRule[], vs: VRule[]): [HRule[], VRule[]][] {
  const parent = Array.from({ length: hs.length + vs.length }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  hs.forEach((h, i) => vs.forEach((v, j) => {
    if (crosses(h, v)) parent[find(i)] = find(hs.length + j);
  }));
  const groups = new Map<number, [HRule[], VRule[]]>();
  const group = (i: number) => {
    const k = find(i);
    let g = groups.get(k);
    if (!g) groups.set(k, (g = [[], []]));
    return g;
  };
  hs.forEach((h, i) => group(i)[0].push(h));
  vs.forEach((v, j) => group(hs.length + j)[1].push(v));
  return [...groups.values()].filter(([h, v]) => h.length >= MIN_RULES - 1 && v.length >= MIN_RULES - 1);
}

/** Distinct positions, rules within SNAP of each other counted once. */
function positions(values: number[]): number[] {
  const sorted = values.slice().sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of sorted) if (out.length === 0 || v - out[out.length - 1]! > SNAP) out.push(v);
  return out;
}

function buildGrid(file: string, page: number, lines: PdfLine[], hs: HRule[], vs: VRule[], used: Set<PdfLine>): FoundGrid | null {
  const xs = positions(vs.map((v) => v.x));
  const ys = positions(hs.map((h) => h.y)).reverse();
  if (xs.length < MIN_RULES || ys.length < MIN_RULES) return null;
  const left = xs[0]!;
  const right = xs[xs.length - 1]!;
  const top = ys[0]!;
  const bottom = ys[ys.length - 1]!;
  const cols = xs.length - 1;
  const bands = ys.length - 1;

  // Text pieces inside the frame, each in the band of its baseline and the column of its centre.
  const inside = lines.filter((l) => l.baseline < top && l.baseline > bottom && l.box.x >= left - SNAP && l.box.x + l.box.width <= right + SNAP);
  if (inside.length === 0) return null;
  const pieces: Piece[][][] = Array.from({ length: bands }, () => Array.from({ length: cols }, () => []));
  const colOf = (x: number) => {
    let k = 0;
    while (k < cols - 1 && x > xs[k + 1]!) k++;
    return k;
  };
  const bandOf = (y: number) => {
    let k = 0;
    while (k < bands - 1 && y < ys[k + 1]!) k++;
    return k;
  };
  const inner = xs.slice(1, -1);
  for (const line of inside) {
    const band = bandOf(line.baseline);
    for (const seg of line.segments) {
      const first = colOf(seg.box.x + 0.5);
      const last = colOf(seg.box.x + seg.box.width - 0.5);
      // A segment that runs over a rule is two cells set close together: split it at its runs.
      // One run over a rule is cut at the rule when it is numbers; otherwise it is kept whole
      // and marked, never read as one value.
      const parts = first === last ? [{ text: seg.text, box: seg.box }] : seg.parts.map(withoutTrailingSpace).flatMap((p) => (colOf(p.box.x + 0.5) === colOf(rightOf(p.box) - 0.5) ? [p] : (cutRun(p, inner, seg.size, true) ?? [marked(p)])));
      for (const p of parts) pieces[band]![colOf(p.box.x + p.box.width / 2)]!.push({ text: p.text, box: p.box, baseline: line.baseline, size: seg.size });
    }
  }

  // A rule between two columns that does not run through a band joins the cells there.
  // The rules at each column edge are found once, not again for every band.
  const rulesAt = xs.map((x) => vs.filter((v) => Math.abs(v.x - x) <= SNAP));
  const ruleAt = (k: number, band: number) => {
    const mid = (ys[band]! + ys[band + 1]!) / 2;
    return rulesAt[k]!.some((v) => v.y1 <= mid && v.y2 >= mid);
  };
  const rows: { cells: { text: string; boxes: Box[]; span: number }[]; boxes: Box[] }[] = [];
  for (let b = 0; b < bands; b++) {
    const cells: { text: string; boxes: Box[]; span: number }[] = [];
    for (let c = 0; c < cols; ) {
      let end = c;
      while (end + 1 < cols && !ruleAt(end + 1, b)) end++;
      const ps = pieces[b]!.slice(c, end + 1).flat();
      cells.push({ text: cellText(ps), boxes: ps.map((p) => p.box), span: end - c + 1 });
      c = end + 1;
    }
    if (cells.some((x) => x.text !== '')) rows.push({ cells, boxes: cells.flatMap((x) => x.boxes) });
  }
  // Header rows: those above the first row with a number beside its label.
  // Years over the columns ("Region | 2025 | 2026 | Summa") are titles, not a row's figures.
  const headerRows = rows.findIndex((r, i) => r.cells.slice(1).some((x) => isNumericCell(x.text)) && !isYearTitleRow(r.cells.map((x) => x.text).filter((t, k) => k === 0 || t.trim() !== ''), rows[i + 1]?.cells.map((x) => x.text)));
  if (headerRows < 0) return null;
  for (const l of inside) used.add(l);
  const gridRows: GridRow[] = rows.map((r, k) => {
    const header = k < headerRows;
    const cells: GridCell[] = r.cells.map((x) => cell(file, page, x.text, x.boxes, header, x.span));
    return row(file, page, cells, r.boxes);
  });
  spanHeaderRows(gridRows, headerRows);
  return {
    grid: { kind: 'grid', source: 'pdf', caption: null, rows: gridRows, headerRows },
    page,
    top: Math.max(top, ...inside.map((l) => l.box.y + l.box.height)),
    columnRights: xs.slice(2),
    headerRows,
  };
}

const marked = (p: { text: string; box: Box }) => (/\d/.test(p.text) && /^[-−–\d\s,.%]+$/.test(p.text) ? { text: `${p.text} ${OVER_COLUMNS}`, box: p.box } : p);

/** Pieces of one cell in reading order: lines top to bottom, wrapped lines joined. */
function cellText(ps: Piece[]): string {
  if (ps.length === 0) return '';
  const sorted = ps.slice().sort((a, b) => b.baseline - a.baseline || a.box.x - b.box.x);
  const lines: string[] = [];
  let current: Piece[] = [];
  const flush = () => {
    if (current.length > 0) lines.push(singleSpaced(current.map((p) => p.text).join(' ')).trim());
    current = [];
  };
  for (const p of sorted) {
    const head = current[0];
    if (head && Math.abs(head.baseline - p.baseline) > 0.35 * Math.min(head.size, p.size)) flush();
    current.push(p);
  }
  flush();
  return joinWrapped(lines);
}

