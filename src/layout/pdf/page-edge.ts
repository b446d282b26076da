import type { FoundGrid } from './grid-parts.js';

/** Text this close (points) to the page's edge, or past it, may run on beyond what the page shows. */
const EDGE = 0.5;

/**
 * A table wider than its page (an overfull longtable) has cells that run past the page's edge:
 * the reader keeps only the glyphs on the page ("47" of "47 721 815"). Such a cell is not a
 * certain number; it is marked so, and a sum over it can only warn.
 */
export function markCutAtEdge(grids: FoundGrid[], view: [number, number, number, number]): void {
  const [x0, , x1] = view;
  for (const g of grids) {
    for (const r of g.grid.rows) {
      for (const c of r.cells) {
        const b = c.location.box;
        if (!b || c.header || c.text.trim() === '') continue;
        if (b.x + b.width >= x1 - EDGE || b.x <= x0 + EDGE) c.uncertain = c.text;
      }
    }
  }
}
