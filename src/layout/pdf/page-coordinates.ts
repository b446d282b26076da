import type { Location } from '../../model/location.js';
import type { Block } from '../types.js';
import type { PageData } from './types.js';

/**
 * PDF user space has its origin at the bottom left of the page and y growing upwards; a person
 * measures from the top left. Layout works in PDF space and converts every box it hands on
 * once, here: x from the left edge of the page's view box, y from its top edge down to the
 * box's top.
 */
export function toTopLeft(blocks: Block[], pages: PageData[]): void {
  const views = new Map(pages.map((p) => [p.page, p.view]));
  const seen = new Set<Location>();
  const convert = (loc: Location) => {
    if (seen.has(loc) || !loc.box || loc.page === undefined) return;
    seen.add(loc);
    const view = views.get(loc.page);
    if (!view) return;
    const b = loc.box;
    loc.box = { x: round(b.x - view[0]), y: round(view[3] - (b.y + b.height)), width: b.width, height: b.height };
  };
  for (const block of blocks) {
    if (block.kind === 'text') {
      for (const l of block.lines) convert(l.location);
      continue;
    }
    if (block.caption) convert(block.caption.location);
    if (block.unitNote) convert(block.unitNote.location);
    for (const row of block.rows) {
      convert(row.location);
      for (const c of row.cells) convert(c.location);
    }
  }
}

const round = (v: number) => Math.round(v * 100) / 100;
