import { toMatrix } from '../grid-matrix.js';
import type { Grid } from '../types.js';
import { regroupDigits } from './ocr-digits.js';

/**
 * OCR reads the gap between digit groups as a speck now and then: "12.352 261", "98.330",
 * "3038-440". In a column whose other figures have no decimal point or comma, a dot or dash
 * between digits, followed by a whole group of three, stands for a group gap: the cell is read
 * with a space there and regrouped, and marked uncertain (the speck might have been a digit's
 * part), so a sum over it warns and names it. A dot in a column of decimals stays a dot.
 */
const STRAY = /^\d+(?:[ .\-−–—]\d+)+$/;
const SPECK = /[.\-−–—]/;
const DECIMAL = /\d[.,]\d/;

function readStray(text: string): string | null {
  const t = text.trim();
  if (!STRAY.test(t) || !SPECK.test(t)) return null;
  const spaced = t.replace(/[.\-−–—]/g, ' ');
  const regrouped = regroupDigits(spaced);
  // Only a reading that groups in threes after the first group: anything else is left as read.
  return regrouped !== spaced || /^\d{1,3}(?: \d{3})+$/.test(spaced) ? regrouped : null;
}

export function readStraySeparators(grid: Grid): void {
  const m = toMatrix(grid);
  const width = Math.max(0, ...m.map((r) => r.length));
  for (let c = 1; c < width; c++) {
    const cells = [...new Set(m.map((r) => r[c]?.cell).filter((x) => x !== undefined))].filter((x) => !x.header && x.colspan === 1);
    const stray = cells.map((x) => readStray(x.text));
    // A decimal figure elsewhere in the column: its dots may be decimal points.
    if (cells.some((x, k) => stray[k] === null && DECIMAL.test(x.text))) continue;
    cells.forEach((x, k) => {
      const read = stray[k];
      if (read === null || read === undefined) return;
      x.uncertain ??= x.text;
      x.text = read;
    });
  }
}
