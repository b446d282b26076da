import type { Grid, GridCell } from './types.js';

/**
 * A grid laid out as a rectangle: every position holds the cell that covers it, so a cell
 * with colspan 3 appears three times (`origin` false for the copies).
 */
export interface Slot {
  cell: GridCell;
  origin: boolean;
}

export function toMatrix(grid: Grid): Slot[][] {
  const out: Slot[][] = [];
  grid.rows.forEach((row, r) => {
    out[r] ??= [];
    let c = 0;
    for (const cell of row.cells) {
      while (out[r]![c]) c++;
      for (let dr = 0; dr < Math.max(1, cell.rowspan); dr++) {
        out[r + dr] ??= [];
        for (let dc = 0; dc < Math.max(1, cell.colspan); dc++) {
          out[r + dr]![c + dc] = { cell, origin: dr === 0 && dc === 0 };
        }
      }
      c += Math.max(1, cell.colspan);
    }
  });
  const width = Math.max(0, ...out.map((r) => r.length));
  const blank = (r: number): Slot => {
    const loc = grid.rows[r]?.location ?? { file: '' };
    return { cell: { text: '', location: loc, colspan: 1, rowspan: 1, header: false, bold: false }, origin: true };
  };
  return out.slice(0, grid.rows.length).map((row, r) => {
    const full: Slot[] = [];
    for (let c = 0; c < width; c++) full.push(row[c] ?? blank(r));
    return full;
  });
}
