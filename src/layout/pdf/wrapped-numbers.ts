import { right, union } from './lines.js';
import type { PdfLine, Segment } from './types.js';

/** Lines closer than this (ems) cannot be two lines of one column: they are the offset lines of one table row. */
const OFFSET_EM = 0.8;
/** Edges of the pieces of one wrapped cell, aligned in the cell (points). */
const ALIGN = 3;
const NUMBER_ONLY = /^[\d \u00a0\u202f\u2009]+$/;
const isNumberOnly = (t: string) => NUMBER_ONLY.test(t) && /\d/.test(t);
const GROUPS = /\d[ \u00a0\u202f\u2009]+\d/;
/** A whole number in digit groups, any of the group spaces: "102 147 344". */
const WELL_FORMED = /^\d{1,3}(?:([ \u00a0\u202f\u2009])\d{3})*$/;

/**
 * Numbers wrapped inside a cell too narrow for them ("10 218" over "001", "102 147 34" over
 * "4"), beside cells of one line that the row centres vertically between the pieces: the
 * pieces are joined into one segment on the row's main line (the one with the most numbers),
 * when they stand in one column (right or left edges aligned, one font size) and exactly one
 * way of joining them gives a well-formed grouped number. Lines closer together than a line of
 * text are the offset lines of one row; only those are looked at. Returns the lines, with
 * each new line mapped to the lines it replaces.
 */
export function joinWrappedNumbers(lines: PdfLine[]): { lines: PdfLine[]; replaced: Map<PdfLine, PdfLine[]> } {
  const replaced = new Map<PdfLine, PdfLine[]>();
  const out: PdfLine[] = [];
  let i = 0;
  while (i < lines.length) {
    let j = i + 1;
    while (j < lines.length && lines[j - 1]!.baseline - lines[j]!.baseline < OFFSET_EM * Math.min(lines[j - 1]!.size, lines[j]!.size) && lines[j]!.page === lines[i]!.page) j++;
    const band = lines.slice(i, j);
    const joined = band.length >= 2 ? joinBand(band) : null;
    if (joined) {
      for (const l of joined) replaced.set(l, band);
      out.push(...joined);
    } else out.push(...band);
    i = j;
  }
  return { lines: out, replaced };
}

type Piece = { line: number; seg: Segment };

/** A trailing space drawn with a piece (pdfjs keeps it in the item) widens it by an unknown amount, up to most of an em. */
function slack(s: Segment): number {
  const last = s.parts[s.parts.length - 1]?.text ?? s.text;
  return last.length > last.trimEnd().length ? 0.7 * s.size : 0;
}

function joinBand(input: PdfLine[]): PdfLine[] | null {
  // Pieces of adjacent cells can run into one segment ("117 470 56" "112 478 9"): each run that
  // holds digit groups of its own is a piece (runs of single groups, "53" "529", are one number's).
  const several = (s: Segment) => s.parts.length > 1 && isNumberOnly(s.text) && s.parts.every((p) => isNumberOnly(p.text) && GROUPS.test(p.text));
  const band = input.map((l) => {
    if (!l.segments.some(several)) return l;
    const segments = l.segments.flatMap((s) => (several(s) ? s.parts.map((p) => ({ text: p.text, box: p.box, size: s.size, parts: [p] })) : [s]));
    return { ...l, segments };
  });
  const numbers = (l: PdfLine) => l.segments.filter((s) => isNumberOnly(s.text)).length;
  // The row's own line: the one line with its label beside numbers, else the most numbers,
  // and of equals the one nearest the band's middle.
  const labelled = band.map((l, k) => (numbers(l) > 0 && l.segments.some((s) => !isNumberOnly(s.text)) ? k : -1)).filter((k) => k >= 0);
  const score = (k: number) => numbers(band[k]!) * band.length - Math.abs(k - (band.length - 1) / 2);
  let main = 0;
  band.forEach((_, k) => {
    if (score(k) > score(main)) main = k;
  });
  if (labelled.length === 1) main = labelled[0]!;
  const pieces: Piece[] = band.flatMap((l, line) => (line === main ? [] : l.segments.filter((s) => isNumberOnly(s.text)).map((seg) => ({ line, seg }))));
  const moved = new Set<Segment>();
  const added: Segment[] = [];
  for (const upper of pieces) {
    if (moved.has(upper.seg)) continue;
    // The pieces below it in the same column, one per line.
    const stack: Piece[] = [upper];
    for (const p of pieces) {
      const last = stack[stack.length - 1]!;
      if (p.line <= last.line || moved.has(p.seg) || p.line !== last.line + (p.line > main && last.line < main ? 2 : 1)) continue;
      if (Math.abs(p.seg.size - last.seg.size) > 0.5) continue;
      const sameRight = Math.abs(right(p.seg.box) - right(last.seg.box)) <= ALIGN + slack(p.seg) + slack(last.seg);
      const sameLeft = Math.abs(p.seg.box.x - last.seg.box.x) <= ALIGN;
      if ((sameRight || sameLeft) && Math.min(right(p.seg.box), right(last.seg.box)) > Math.max(p.seg.box.x, last.seg.box.x)) stack.push(p);
    }
    if (stack.length < 2) continue;
    // The row's own line must lie between the pieces: a cell centred beside them.
    if (!(stack[0]!.line < main && stack[stack.length - 1]!.line > main)) continue;
    const text = joinNumber(stack.map((p) => p.seg.text));
    if (text === null) continue;
    for (const p of stack) moved.add(p.seg);
    const box = union(stack.map((p) => p.seg.box));
    added.push({ text, box, size: upper.seg.size, parts: [{ text, box }] });
  }
  if (added.length === 0) return null;
  return band.flatMap((l, k) => {
    const segments = l.segments.filter((s) => !moved.has(s));
    if (k === main) segments.push(...added);
    if (segments.length === 0) return [];
    segments.sort((a, b) => a.box.x - b.box.x);
    if (segments.length === l.segments.length && k !== main) return [input[k]!];
    return [{ ...l, segments, text: segments.map((s) => s.text).join(' '), box: union(segments.map((s) => s.box)) }];
  });
}

/** The pieces of one number, top to bottom, joined the one way that gives digit groups; null when none or both do. */
export function joinNumber(texts: string[]): string | null {
  let acc = texts[0]!.trim();
  for (const next of texts.slice(1).map((t) => t.trim())) {
    const sep = WELL_FORMED.exec(acc)?.[1] ?? /[ \u00a0\u202f\u2009]/.exec(acc)?.[0] ?? ' ';
    const spaced = `${acc}${sep}${next}`;
    const glued = `${acc}${next}`;
    const ok = [spaced, glued].filter((t) => WELL_FORMED.test(t));
    if (ok.length !== 1) return null;
    acc = ok[0]!;
  }
  return acc;
}
