import type { Ruling } from '../layout/pdf/types.js';

/**
 * A path in user space as a flat list: an operation code followed by its points
 * (MOVE x y, LINE x y, CURVE x1 y1 x2 y2 x3 y3, QUAD x1 y1 x2 y2, CLOSE), the codes pdfjs uses.
 */
export type PathData = number[];

export const MOVE = 0;
export const LINE = 1;
export const CURVE = 2;
export const QUAD = 3;
export const CLOSE = 4;

/** Thickest filled rectangle still read as a drawn line (table borders are often thin fills). */
const MAX_THICKNESS = 3;

/** Straight horizontal and vertical pieces of a stroked path. */
export function strokes(d: ArrayLike<number>, out: Ruling[], m: Matrix = IDENTITY): void {
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

/** A filled subpath is a ruling when its bounding box is a thin horizontal or vertical bar. */
export function fills(d: ArrayLike<number>, out: Ruling[], m: Matrix = IDENTITY): void {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  let n = 0;
  const add = (p: [number, number]) => {
    x0 = Math.min(x0, p[0]);
    x1 = Math.max(x1, p[0]);
    y0 = Math.min(y0, p[1]);
    y1 = Math.max(y1, p[1]);
    n++;
  };
  const flush = () => {
    if (n >= 2) {
      if (y1 - y0 <= MAX_THICKNESS && x1 - x0 > MAX_THICKNESS) out.push({ x1: x0, y1: (y0 + y1) / 2, x2: x1, y2: (y0 + y1) / 2 });
      else if (x1 - x0 <= MAX_THICKNESS && y1 - y0 > MAX_THICKNESS) out.push({ x1: (x0 + x1) / 2, y1: y0, x2: (x0 + x1) / 2, y2: y1 });
    }
    x0 = y0 = Infinity;
    x1 = y1 = -Infinity;
    n = 0;
  };
  for (let i = 0; i < d.length; ) {
    const op = d[i++];
    if (op === MOVE) {
      flush();
      add(apply(m, d[i]!, d[i + 1]!));
      i += 2;
    } else if (op === LINE) {
      add(apply(m, d[i]!, d[i + 1]!));
      i += 2;
    } else if (op === CURVE) {
      add(apply(m, d[i + 4]!, d[i + 5]!));
      i += 6;
    } else if (op === QUAD) {
      add(apply(m, d[i + 2]!, d[i + 3]!));
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

export type Matrix = [number, number, number, number, number, number];
export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    n[0] * m[0] + n[1] * m[2],
    n[0] * m[1] + n[1] * m[3],
    n[2] * m[0] + n[3] * m[2],
    n[2] * m[1] + n[3] * m[3],
    n[4] * m[0] + n[5] * m[2] + m[4],
    n[4] * m[1] + n[5] * m[3] + m[5],
  ];
}
