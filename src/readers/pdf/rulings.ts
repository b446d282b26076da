import type { Ruling } from '../../layout/pdf/types.js';

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

// Points are kept as scalar pairs, not [x, y] arrays: every path of every page passes here.

/** Straight horizontal and vertical pieces of a stroked path. */
export function strokes(d: ArrayLike<number>, out: Ruling[], m: Matrix = IDENTITY): void {
  let hasStart = false;
  let sx = 0;
  let sy = 0;
  let hasCur = false;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < d.length; ) {
    const op = d[i++];
    let k = -1;
    if (op === MOVE || op === LINE) {
      k = i;
      i += 2;
    } else if (op === CURVE) {
      k = i + 4;
      i += 6;
    } else if (op === QUAD) {
      k = i + 2;
      i += 4;
    } else if (op === CLOSE) {
      if (hasCur && hasStart) push(out, cx, cy, sx, sy);
      hasCur = hasStart;
      cx = sx;
      cy = sy;
      continue;
    } else break;
    const x = d[k]!;
    const y = d[k + 1]!;
    const nx = m[0] * x + m[2] * y + m[4];
    const ny = m[1] * x + m[3] * y + m[5];
    if (op === LINE && hasCur) push(out, cx, cy, nx, ny);
    cx = nx;
    cy = ny;
    hasCur = true;
    if (op === MOVE) {
      sx = nx;
      sy = ny;
      hasStart = true;
    }
  }
}

/** A filled subpath is a ruling when its bounding box is a thin horizontal or vertical bar. */
export function fills(d: ArrayLike<number>, out: Ruling[], m: Matrix = IDENTITY): void {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  let n = 0;
  for (let i = 0; i < d.length; ) {
    const op = d[i++];
    let k: number;
    if (op === MOVE) {
      thinBar(out, n, x0, y0, x1, y1);
      x0 = y0 = Infinity;
      x1 = y1 = -Infinity;
      n = 0;
      k = i;
      i += 2;
    } else if (op === LINE) {
      k = i;
      i += 2;
    } else if (op === CURVE) {
      k = i + 4;
      i += 6;
    } else if (op === QUAD) {
      k = i + 2;
      i += 4;
    } else if (op === CLOSE) continue;
    else break;
    const x = d[k]!;
    const y = d[k + 1]!;
    const px = m[0] * x + m[2] * y + m[4];
    const py = m[1] * x + m[3] * y + m[5];
    x0 = Math.min(x0, px);
    x1 = Math.max(x1, px);
    y0 = Math.min(y0, py);
    y1 = Math.max(y1, py);
    n++;
  }
  thinBar(out, n, x0, y0, x1, y1);
}

/** The ruling of a filled subpath of n points with that bounding box, if it is a thin bar. */
function thinBar(out: Ruling[], n: number, x0: number, y0: number, x1: number, y1: number): void {
  if (n < 2) return;
  if (y1 - y0 <= MAX_THICKNESS && x1 - x0 > MAX_THICKNESS) out.push({ x1: x0, y1: (y0 + y1) / 2, x2: x1, y2: (y0 + y1) / 2 });
  else if (x1 - x0 <= MAX_THICKNESS && y1 - y0 > MAX_THICKNESS) out.push({ x1: (x0 + x1) / 2, y1: y0, x2: (x0 + x1) / 2, y2: y1 });
}

function push(out: Ruling[], ax: number, ay: number, bx: number, by: number): void {
  const dx = Math.abs(ax - bx);
  const dy = Math.abs(ay - by);
  if (dy < 0.5 && dx > 2) out.push({ x1: Math.min(ax, bx), y1: ay, x2: Math.max(ax, bx), y2: ay });
  else if (dx < 0.5 && dy > 2) out.push({ x1: ax, y1: Math.min(ay, by), x2: ax, y2: Math.max(ay, by) });
}

export type Matrix = [number, number, number, number, number, number];
export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

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
