import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Ruling } from '../layout/pdf/types.js';

type Matrix = [number, number, number, number, number, number];

/** Path drawing codes inside a constructPath argument (pdfjs DrawOPS). */
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUAD = 3;
const CLOSE = 4;

/** Thickest filled rectangle still read as a drawn line (table borders are often thin fills). */
const MAX_THICKNESS = 3;

const STROKES = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
const FILLS = new Set<number>([OPS.fill, OPS.eoFill]);

/** Horizontal and vertical lines drawn on a page (strokes and thin filled rectangles), in user space. */
export function rulingsFromOperatorList(fnArray: number[], argsArray: unknown[]): Ruling[] {
  const out: Ruling[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform && args) ctm = multiply(ctm, args as Matrix);
    else if (fn === OPS.paintFormXObjectBegin && args) {
      stack.push(ctm);
      const m = args[0] as Matrix | null;
      if (m) ctm = multiply(ctm, m);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.constructPath && args) {
      const paint = args[0] as number;
      const data = (args[1] as (ArrayLike<number> | null)[] | undefined)?.[0];
      if (!data) continue;
      if (STROKES.has(paint)) strokes(data, ctm, out);
      else if (FILLS.has(paint)) fills(data, ctm, out);
    }
  }
  return out;
}

function strokes(d: ArrayLike<number>, m: Matrix, out: Ruling[]): void {
  let start: [number, number] | null = null;
  let cur: [number, number] | null = null;
  for (let i = 0; i < d.length; ) {
    const op = d[i++];
    if (op === MOVE) {
      cur = apply(m, d[i]!, d[i + 1]!);
      start = cur;
      i += 2;
    } else if (op === LINE) {
      const next = apply(m, d[i]!, d[i + 1]!);
      if (cur) push(out, cur, next);
      cur = next;
      i += 2;
    } else if (op === CURVE) {
      cur = apply(m, d[i + 4]!, d[i + 5]!);
      i += 6;
    } else if (op === QUAD) {
      cur = apply(m, d[i + 2]!, d[i + 3]!);
      i += 4;
    } else if (op === CLOSE) {
      if (cur && start) push(out, cur, start);
      cur = start;
    } else break;
  }
}

/** A filled path is a ruling when its bounding box is a thin horizontal or vertical bar. */
function fills(d: ArrayLike<number>, m: Matrix, out: Ruling[]): void {
  let pts: [number, number][] = [];
  const flush = () => {
    if (pts.length >= 2) {
      const xs = pts.map((p) => p[0]);
      const ys = pts.map((p) => p[1]);
      const x0 = Math.min(...xs);
      const x1 = Math.max(...xs);
      const y0 = Math.min(...ys);
      const y1 = Math.max(...ys);
      if (y1 - y0 <= MAX_THICKNESS && x1 - x0 > MAX_THICKNESS) out.push({ x1: x0, y1: (y0 + y1) / 2, x2: x1, y2: (y0 + y1) / 2 });
      else if (x1 - x0 <= MAX_THICKNESS && y1 - y0 > MAX_THICKNESS) out.push({ x1: (x0 + x1) / 2, y1: y0, x2: (x0 + x1) / 2, y2: y1 });
    }
    pts = [];
  };
  for (let i = 0; i < d.length; ) {
    const op = d[i++];
    if (op === MOVE) {
      flush();
      pts.push(apply(m, d[i]!, d[i + 1]!));
      i += 2;
    } else if (op === LINE) {
      pts.push(apply(m, d[i]!, d[i + 1]!));
      i += 2;
    } else if (op === CURVE) {
      pts.push(apply(m, d[i + 4]!, d[i + 5]!));
      i += 6;
    } else if (op === QUAD) {
      pts.push(apply(m, d[i + 2]!, d[i + 3]!));
      i += 4;
    } else if (op === CLOSE) continue;
    else break;
  }
  flush();
}

function push(out: Ruling[], a: [number, number], b: [number, number]): void {
  const dx = Math.abs(a[0] - b[0]);
  const dy = Math.abs(a[1] - b[1]);
  if (dy < 0.5 && dx > 2) out.push({ x1: Math.min(a[0], b[0]), y1: a[1], x2: Math.max(a[0], b[0]), y2: a[1] });
  else if (dx < 0.5 && dy > 2) out.push({ x1: a[0], y1: Math.min(a[1], b[1]), x2: a[0], y2: Math.max(a[1], b[1]) });
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    n[0] * m[0] + n[1] * m[2],
    n[0] * m[1] + n[1] * m[3],
    n[2] * m[0] + n[3] * m[2],
    n[2] * m[1] + n[3] * m[3],
    n[4] * m[0] + n[5] * m[2] + m[4],
    n[4] * m[1] + n[5] * m[3] + m[5],
  ];
}
