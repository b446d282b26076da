import { toMatrix } from '../grid-matrix.js';
import type { Grid } from '../types.js';

const NUMBER = /^[-−–]?\d[\d \u00a0\u202f\u2009]*$/;
/** Share of a column's other filled cells that must be numbers. */
const SHARE = 0.8;

/**
 * Reads again, with `reread`, the cells of each value column whose other filled cells are
 * numbers: a cell `reread` turns into a number takes it and keeps what OCR read as its uncertain
 * text, so that a sum over it warns and names it. A column of words stays as read.
 */
export function rereadInNumberColumns(grid: Grid, reread: (text: string) => string | null): void {
  const m = toMatrix(grid);
  const width = Math.max(0, ...m.map((r) => r.length));
  for (let c = 1; c < width; c++) {
    const cells = [...new Set(m.map((r) => r[c]?.cell).filter((x) => x !== undefined))].filter((x) => !x.header && x.colspan === 1 && x.text.trim() !== '');
    const read = cells.map((x) => reread(x.text));
    const others = cells.filter((_, k) => read[k] === null);
    if (others.length === 0 || others.filter((x) => NUMBER.test(x.text.trim())).length < SHARE * others.length) continue;
    cells.forEach((x, k) => {
      const r = read[k];
      if (r === null || r === undefined) return;
      x.uncertain ??= x.text;
      x.text = r;
    });
  }
}
