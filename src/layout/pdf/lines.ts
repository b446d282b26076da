import { SUPERSCRIPT } from '../clean-inline.js';
import type { Box } from '../../model/location.js';
import type { PdfLine, Run, Segment, Spacer } from './types.js';

/** Gap, in ems, above which two runs on one line belong to different segments (table columns). */
const SEGMENT_GAP_EM = 0.9;
/** Gap, in ems, below which two runs are glued without a space (a number split by kerning). */
const GLUE_GAP_EM = 0.1;

/** Groups runs into lines (same baseline), top to bottom, and each line into segments. */
export function buildLines(page: number, runs: Run[], allSpacers: Spacer[]): PdfLine[] {
  // Only spacers that drew a special space can change a separator; pdfjs's are plain spaces,
  // so this is usually empty and the per-gap search below costs nothing.
  const spacers = allSpacers.some((s) => SPECIAL_SPACE.test(s.text)) ? allSpacers : [];
  attachSuperscripts(runs);
  const sorted = runs.slice().sort((a, b) => b.baseline - a.baseline || a.x - b.x);
  const groups: Run[][] = [];
  for (const run of sorted) {
    const last = groups[groups.length - 1];
    const head = last?.[0];
    if (last && head && Math.abs(head.baseline - run.baseline) <= 0.35 * Math.min(head.size, run.size)) last.push(run);
    else groups.push([run]);
  }
  return groups.map((group) => toLine(page, group, spacers));
}

/** Text a footnote mark is set in: digits, brackets, stars, daggers, commas between digits. */
const NOTE_MARK = /^(?:[0-9]{1,2}(?:,[0-9]{1,2})*|\(?[0-9]{1,2}\)|\*{1,3}|[†‡])$/;
/** A superscript is at most this share of the size of the run it follows. */
const SUPER_SIZE = 0.85;
/** … raised by this share of that run's size at least and at most (LibreOffice, Word and Chromium raise a third). */
const SUPER_RAISE_MIN = 0.1;
const SUPER_RAISE_MAX = 0.7;
/** … and starts this close to its right edge, in ems of the run. */
const SUPER_GAP_EM = 0.25;

/**
 * Footnote marks set as superscripts ("50 250²", "Stockholm¹"): a smaller run raised above the
 * baseline of the run it follows. Left alone it makes a line of its own above the row (or pulls
 * the row's cells apart), and a table reads it as part of the cell under it ("2 50 250"). It is
 * put on the baseline of the run it follows, with its digits as superscript characters, which
 * every later reader takes for a note. Other small raised text (a word) is left as it is.
 */
function attachSuperscripts(runs: Run[]): void {
  let largest = 0;
  for (const r of runs) largest = Math.max(largest, r.size);
  for (const r of runs) {
    // Most pages set their text in one size: nothing is small enough to be a superscript.
    if (r.size > SUPER_SIZE * largest) continue;
    const text = r.text.trim();
    if (!NOTE_MARK.test(text)) continue;
    let host: Run | null = null;
    for (const q of runs) {
      if (q === r || r.size > SUPER_SIZE * q.size) continue;
      const raise = r.baseline - q.baseline;
      if (raise < SUPER_RAISE_MIN * q.size || raise > SUPER_RAISE_MAX * q.size) continue;
      if (Math.abs(r.x - (q.x + q.width)) > SUPER_GAP_EM * q.size) continue;
      if (!host || Math.abs(r.x - (q.x + q.width)) < Math.abs(r.x - (host.x + host.width))) host = q;
    }
    if (!host) continue;
    r.baseline = host.baseline;
    r.text = [...text].map((ch) => SUPERSCRIPT[ch] ?? ch).join('');
    // Flush against its host: no space between the number and its mark.
    r.x = Math.max(r.x, host.x + host.width);
  }
}

// Line and segment building runs once per text run of every page: plain loops over index
// ranges here, rather than closures, spreads and intermediate arrays per line.
function toLine(page: number, group: Run[], spacers: Spacer[]): PdfLine {
  group.sort((a, b) => a.x - b.x);
  const segments: Segment[] = [];
  let start = 0;
  for (let i = 1; i < group.length; i++) {
    const prev = group[i - 1]!;
    const run = group[i]!;
    const gap = run.x - (prev.x + prev.width);
    if (gap > SEGMENT_GAP_EM * Math.max(prev.size, run.size)) {
      segments.push(toSegment(group, start, i, spacers));
      start = i;
    }
  }
  if (group.length > 0) segments.push(toSegment(group, start, group.length, spacers));
  let text = '';
  let sum = 0;
  let size = -Infinity;
  for (let k = 0; k < segments.length; k++) text += k === 0 ? segments[k]!.text : ' ' + segments[k]!.text;
  for (const r of group) {
    sum += r.baseline;
    size = Math.max(size, r.size);
  }
  return { page, text, segments, baseline: sum / group.length, box: unionOf(segments), size };
}

/** The segment of runs[from..to). */
function toSegment(runs: Run[], from: number, to: number, spacers: Spacer[]): Segment {
  let text = '';
  let size = -Infinity;
  const parts: Segment['parts'] = [];
  for (let i = from; i < to; i++) {
    const run = runs[i]!;
    if (i > from) {
      const prev = runs[i - 1]!;
      const right = prev.x + prev.width;
      const gap = run.x - right;
      // The gap first: it is cheaper than the whitespace tests and usually decides.
      if (gap > GLUE_GAP_EM * Math.min(prev.size, run.size) && !(text.endsWith(' ') || /^\s/.test(run.text))) text += separator(spacers, right, run.x, run.baseline);
    }
    text += run.text;
    size = Math.max(size, run.size);
    parts.push({ text: run.text, box: runBox(run) });
  }
  return { text: singleSpaced(text).trim(), box: unionOf(parts), size, parts };
}

/** Runs of spaces as one; most texts have none, and a search for two is cheaper than the replace. */
export function singleSpaced(text: string): string {
  return text.includes('  ') ? text.replace(/ {2,}/g, ' ') : text;
}

const SPECIAL_SPACE = /[\u00a0\u202f\u2007\u2009]/;

/** The space character the PDF drew in a gap (NBSP, narrow NBSP), or a plain space. */
function separator(spacers: Spacer[], left: number, right: number, baseline: number): string {
  for (const s of spacers) {
    if (Math.abs(s.baseline - baseline) > 1) continue;
    if (s.x >= left - 0.5 && s.x + s.width <= right + 0.5) {
      const ch = s.text.trim() === '' ? s.text.replace(/[^\u00a0\u202f\u2007\u2009]/g, '') : '';
      return ch.length > 0 ? ch.charAt(0) : ' ';
    }
  }
  return ' ';
}

export function runBox(run: Run): Box {
  const bottom = run.baseline + run.descent * run.size;
  return { x: run.x, y: bottom, width: run.width, height: (run.ascent - run.descent) * run.size };
}

/** union() of the boxes of `items`, without an array of them. */
function unionOf(items: { box: Box }[]): Box {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const { box: b } of items) {
    x0 = Math.min(x0, b.x);
    y0 = Math.min(y0, b.y);
    x1 = Math.max(x1, b.x + b.width);
    y1 = Math.max(y1, b.y + b.height);
  }
  return boxOf(x0, y0, x1, y1);
}

export function union(boxes: Box[]): Box {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const b of boxes) {
    x0 = Math.min(x0, b.x);
    y0 = Math.min(y0, b.y);
    x1 = Math.max(x1, b.x + b.width);
    y1 = Math.max(y1, b.y + b.height);
  }
  return boxOf(x0, y0, x1, y1);
}

function boxOf(x0: number, y0: number, x1: number, y1: number): Box {
  if (!Number.isFinite(x0)) return { x: 0, y: 0, width: 0, height: 0 };
  return { x: round(x0), y: round(y0), width: round(x1 - x0), height: round(y1 - y0) };
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}

export const right = (b: Box): number => b.x + b.width;
export const top = (b: Box): number => b.y + b.height;
