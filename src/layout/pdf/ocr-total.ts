import { Decimal } from 'decimal.js';
import type { Grid, GridCell } from '../types.js';

/**
 * OCR often loses the label of a table's sum row ("Summa" in bold beside large figures) and
 * keeps its numbers. A last row without a label, under three or more labelled rows, whose every
 * figure is larger than every figure above it in its column, is read as the sum row: its cells
 * are marked as set apart (the hint a bold row gives). Its cells stay read by OCR, so a sum that
 * disagrees over them is a warning, never an error.
 */
const NUMBER = /^\d{1,3}(?:[ \u00a0\u202f\u2009]?\d{3})*$/;
const MIN_ROWS_ABOVE = 3;

function valueOf(c: GridCell | undefined): Decimal | null {
  const t = c?.text.trim() ?? '';
  return NUMBER.test(t) ? new Decimal(t.replace(/\D/g, '')) : null;
}

export function markUnlabelledTotal(grid: Grid): void {
  const body = grid.rows.filter((r) => !r.cells.some((c) => c.header));
  const last = body[body.length - 1];
  if (!last || !last.cells.every((c) => c.readBy === 'ocr')) return;
  const above = body.slice(0, -1);
  if (last.cells[0]?.text.trim() !== '' || above.filter((r) => r.cells[0]?.text.trim()).length < MIN_ROWS_ABOVE) return;
  let figures = 0;
  for (let k = 1; k < last.cells.length; k++) {
    const v = valueOf(last.cells[k]);
    if (!v) {
      if (last.cells[k]!.text.trim() !== '') return;
      continue;
    }
    for (const r of above) {
      const a = valueOf(r.cells[k]);
      if (a && a.gte(v)) return;
    }
    figures++;
  }
  if (figures < 2) return;
  for (const c of last.cells) c.bold = true;
}
