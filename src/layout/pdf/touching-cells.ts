import { right, singleSpaced, union } from './lines.js';
import { isNumericCell, isValueCell } from './numeric.js';
import type { PdfLine, Segment } from './types.js';

/** Edges this close (points) are one: the cells of one column are drawn from one x. */
const EDGE = 1;
/** Lines at most this many ems apart are one block (padded table rows stand far apart). */
const BLOCK_EM = 3;
/** An edge is a column's when this many lines of a block have a value drawn at it. */
const MIN_LINES = 3;

type Part = Segment['parts'][number];

/**
 * Cells of a tight table that touch (no wider gap between them than a word space: HTML printed
 * without cell padding) come as one segment: "Region Uppsala" and "455 200 kr", or "1 779 625"
 * and "1 500 000" of two flush-left columns. Where three lines or more of a block have a value
 * drawn from one left edge (flush-left cells) or to one right edge (right-aligned cells), a
 * segment is cut before its run that stands at that edge, between runs only: after a label, or
 * after another number when the two make no one well-formed number ("1 779 625 1 500 000";
 * "1 250" and "980 000" may be one number drawn in two runs, and stay as they are). Returns the
 * lines, with each new line mapped to the line it replaces.
 */
export function cutTouchingCells(lines: PdfLine[]): { lines: PdfLine[]; replaced: Map<PdfLine, PdfLine[]> } {
  const replaced = new Map<PdfLine, PdfLine[]>();
  // Most lines are one segment of one run: nothing to cut.
  if (!lines.some((l) => l.segments.some((s) => s.parts.length >= 2))) return { lines, replaced };
  const out: PdfLine[] = [];
  let i = 0;
  while (i < lines.length) {
    let j = i + 1;
    while (j < lines.length && lines[j]!.page === lines[i]!.page && lines[j - 1]!.baseline - lines[j]!.baseline <= BLOCK_EM * Math.max(lines[j - 1]!.size, lines[j]!.size)) j++;
    const block = lines.slice(i, j);
    if (block.length >= MIN_LINES) {
      for (const line of cutBlock(block)) {
        out.push(line.cut);
        if (line.cut !== line.from) replaced.set(line.cut, [line.from]);
      }
    } else out.push(...block);
    i = j;
  }
  return { lines: out, replaced };
}

const isValueRun = (p: Part) => /\d/.test(p.text) && isValueCell(p.text);

function cutBlock(block: PdfLine[]): { from: PdfLine; cut: PdfLine }[] {
  const lefts: { x: number; line: number }[] = [];
  const rights: { x: number; line: number }[] = [];
  block.forEach((line, li) => {
    for (const s of line.segments) {
      for (const p of s.parts) {
        if (!isValueRun(p)) continue;
        lefts.push({ x: p.box.x, line: li });
        rights.push({ x: right(p.box), line: li });
      }
    }
  });
  const leftEdges = sharedEdges(lefts);
  const rightEdges = sharedEdges(rights);
  const at = (x: number, edges: number[]) => edges.some((e) => Math.abs(e - x) <= EDGE);
  return block.map((line) => {
    if (!line.segments.some((s) => s.parts.length >= 2)) return { from: line, cut: line };
    const segments = line.segments.flatMap((s) => {
      const pieces: Part[][] = [[s.parts[0]!]];
      for (let k = 1; k < s.parts.length; k++) {
        const p = s.parts[k]!;
        const prev = s.parts[k - 1]!;
        const standsAtEdge = isValueRun(p) && (at(p.box.x, leftEdges) || at(right(p.box), rightEdges));
        if (standsAtEdge && apart(prev, p, at(prev.box.x, leftEdges) || at(right(prev.box), rightEdges), s.size)) pieces.push([]);
        pieces[pieces.length - 1]!.push(p);
      }
      return pieces.length === 1 ? [s] : pieces.map((ps) => segmentOf(ps, s.size));
    });
    if (segments.length === line.segments.length) return { from: line, cut: line };
    return { from: line, cut: { ...line, segments, text: segments.map((s) => s.text).join(' ') } };
  });
}

/**
 * Whether a run before a value run is another cell: a label (it ends in no digit), a number
 * that with it makes no one well-formed number, or a number at a column edge of its own when
 * the run after it cannot be the last digit group of one number drawn in runs (it has groups
 * of its own, or stands further off than a group space: half an em).
 */
function apart(prev: Part, p: Part, prevAtEdge: boolean, size: number): boolean {
  const before = prev.text.trim();
  if (!/\d$/.test(before)) return /\p{L}|\)/u.test(before);
  if (!isValueRun(prev)) return false;
  if (!isNumericCell(`${before} ${p.text.trim()}`)) return true;
  return prevAtEdge && (!/^\d{3}$/.test(p.text.trim()) || p.box.x - right(prev.box) > 0.5 * size);
}

/** The x's at which runs of MIN_LINES lines or more stand (within EDGE of each other). */
function sharedEdges(xs: { x: number; line: number }[]): number[] {
  const sorted = xs.slice().sort((a, b) => a.x - b.x);
  const out: number[] = [];
  let k = 0;
  while (k < sorted.length) {
    let m = k + 1;
    while (m < sorted.length && sorted[m]!.x - sorted[m - 1]!.x <= EDGE && sorted[m]!.x - sorted[k]!.x <= 2 * EDGE) m++;
    const lines = new Set(sorted.slice(k, m).map((e) => e.line));
    if (lines.size >= MIN_LINES) out.push((sorted[k]!.x + sorted[m - 1]!.x) / 2);
    k = m;
  }
  return out;
}

/** A segment of the given runs: a space where the gap is one, glued where they touch. */
function segmentOf(parts: Part[], size: number): Segment {
  let text = '';
  parts.forEach((p, k) => {
    const prev = parts[k - 1];
    if (prev && p.box.x - right(prev.box) > 0.1 * size) text += ' ';
    text += p.text;
  });
  return { text: singleSpaced(text).trim(), box: union(parts.map((p) => p.box)), size, parts };
}
