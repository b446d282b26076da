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

function toLine(page: number, group: Run[], spacers: Spacer[]): PdfLine {
  group.sort((a, b) => a.x - b.x);
  const segments: Segment[] = [];
  let current: Run[] = [];
  const flush = () => {
    if (current.length > 0) segments.push(toSegment(current, spacers));
    current = [];
  };
  for (const run of group) {
    const prev = current[current.length - 1];
    if (prev) {
      const gap = run.x - (prev.x + prev.width);
      if (gap > SEGMENT_GAP_EM * Math.max(prev.size, run.size)) flush();
    }
    current.push(run);
  }
  flush();
  const box = union(segments.map((s) => s.box));
  const baseline = group.reduce((sum, r) => sum + r.baseline, 0) / group.length;
  const size = Math.max(...group.map((r) => r.size));
  return { page, text: segments.map((s) => s.text).join(' '), segments, baseline, box, size };
}

function toSegment(runs: Run[], spacers: Spacer[]): Segment {
  let text = '';
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    const prev = runs[i - 1];
    if (prev) {
      const right = prev.x + prev.width;
      const gap = run.x - right;
      const joined = text.endsWith(' ') || /^\s/.test(run.text);
      if (!joined && gap > GLUE_GAP_EM * Math.min(prev.size, run.size)) text += separator(spacers, right, run.x, run.baseline);
    }
    text += run.text;
  }
  const size = Math.max(...runs.map((r) => r.size));
  const boxes = runs.map(runBox);
  const parts = runs.map((r, k) => ({ text: r.text, box: boxes[k]! }));
  return { text: text.replace(/ {2,}/g, ' ').trim(), box: union(boxes), size, parts };
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
  if (!Number.isFinite(x0)) return { x: 0, y: 0, width: 0, height: 0 };
  return { x: round(x0), y: round(y0), width: round(x1 - x0), height: round(y1 - y0) };
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}

export const right = (b: Box): number => b.x + b.width;
export const top = (b: Box): number => b.y + b.height;
