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

/** A run that is a number (with its unit at most); the cheap test first, most runs are words. */
const isValueRun = (p: Part) => LEADS_NUMBER.test(p.text) && /\d/.test(p.text) && isValueCell(p.text);
const LEADS_NUMBER = /^\s*[-−–+\d]/;

function cutBlock(block: PdfLine[]): { from: PdfLine; cut: PdfLine }[] {
  // Each run is tested once; edges are looked up only for runs that may be cut before.
  const values = new Map<Part, boolean>();
  const isValue = (p: Part) => {
    let v = values.get(p);
    if (v === undefined) values.set(p, (v = isValueRun(p)));
    return v;
  };
  // Only a run after the first of a segment can be cut before: without one that is a value, no
  // edges need finding (most blocks are prose).
  if (!block.some((l) => l.segments.some((s) => s.parts.length >= 2 && s.parts.some((p, k) => k > 0 && isValue(p))))) return block.map((line) => ({ from: line, cut: line }));
  /** Whether MIN_LINES lines of the block or more have a value run starting (or ending) within EDGE of x. */
  const shared = (x: number, left: boolean) => {
    let n = 0;
    for (const line of block) {
      if (line.segments.some((s) => s.parts.some((p) => Math.abs((left ? p.box.x : right(p.box)) - x) <= EDGE && isValue(p))) && ++n >= MIN_LINES) return true;
    }
    return false;
  };
  const atEdge = (p: Part) => shared(p.box.x, true) || shared(right(p.box), false);
  return block.map((line) => {
    if (!line.segments.some((s) => s.parts.length >= 2)) return { from: line, cut: line };
    const segments = line.segments.flatMap((s) => {
      const pieces: Part[][] = [[s.parts[0]!]];
      for (let k = 1; k < s.parts.length; k++) {
        const p = s.parts[k]!;
        const prev = s.parts[k - 1]!;
        // What a cut needs is told from the two runs first: most runs after another are digit groups of one number.
        const needs = isValue(p) ? cutNeeds(prev, p, s.size) : 'nothing';
        if (needs !== 'nothing' && atEdge(p) && (needs === 'edge' || atEdge(prev))) pieces.push([]);
        pieces[pieces.length - 1]!.push(p);
      }
      return pieces.length === 1 ? [s] : pieces.map((ps) => segmentOf(ps, s.size));
    });
    if (segments.length === line.segments.length) return { from: line, cut: line };
    return { from: line, cut: { ...line, segments, text: segments.map((s) => s.text).join(' ') } };
  });
}

/**
 * What it takes for a run before a value run to be another cell: the value at a column edge
 * ('edge') after a label (a run that ends in no digit) or after a number the two make no one
 * well-formed number with; both at column edges of their own ('edges') after a number when the
 * value cannot be the last digit group of one number drawn in runs (it has groups of its own, or
 * stands further off than a group space: half an em); else it is not ('nothing').
 */
function cutNeeds(prev: Part, p: Part, size: number): 'edge' | 'edges' | 'nothing' {
  const before = prev.text.trim();
  if (!/\d$/.test(before)) return /\p{L}|\)/u.test(before) ? 'edge' : 'nothing';
  if (!isValueRun(prev)) return 'nothing';
  if (!isNumericCell(`${before} ${p.text.trim()}`)) return 'edge';
  return !/^\d{3}$/.test(p.text.trim()) || p.box.x - right(prev.box) > 0.5 * size ? 'edges' : 'nothing';
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
