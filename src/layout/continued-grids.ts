import { looksValue } from './looks-numeric.js';
import type { Block, Grid } from './types.js';

/**
 * A table that runs over a page break, copied out of a PDF, comes back as two grids with the
 * page's furniture between them: running heads, the page number, footnotes ("SFS" / "2019:797" /
 * "2" / "1 Senaste lydelse …"). The second part has no header of its own. When a grid without
 * header or caption follows a grid with a header, with the same number of columns and only a
 * few short lines between them, it is the first grid's continuation: its rows join the first
 * grid. Nothing on the page proves it, so the joined rows' cells say their reading is a guess.
 */
const MAX_LINES_BETWEEN = 12;
const MAX_LINE = 80;

const width = (g: Grid): number => Math.max(0, ...g.rows.map((r) => r.cells.length));
/** The grid's reader says it has a header, or (tab tables: the reader does not say) its first row holds words over value columns. */
function hasHeader(g: Grid): boolean {
  if ((g.headerRows ?? 0) > 0 || g.rows[0]?.cells.some((c) => c.header) === true) return true;
  if (g.headerRows !== undefined) return false;
  const rest = g.rows[0]?.cells.slice(1).map((c) => c.text.trim()) ?? [];
  return rest.some((t) => t !== '') && rest.every((t) => t === '' || !looksValue(t));
}

function furnitureOnly(between: Block[]): boolean {
  let lines = 0;
  for (const b of between) {
    if (b.kind !== 'text') return false;
    for (const l of b.lines) {
      lines++;
      if (l.text.trim().length > MAX_LINE || /^\s*(?:tabell|tab\.|bilaga)\b/i.test(l.text)) return false;
    }
  }
  return lines <= MAX_LINES_BETWEEN;
}

/** A header printed again at the top of the next page (the same cells as the first grid's): the part continues the table. */
const headerText = (g: Grid): string => g.rows.slice(0, g.headerRows ?? 0).map((r) => r.cells.map((c) => c.text.trim()).join('|')).join('\n');
const repeatsHeader = (first: Grid, b: Grid): boolean => (b.headerRows ?? 0) > 0 && b.headerRows === first.headerRows && headerText(b) === headerText(first);
/** A page number on a line of its own: the page broke there (two tables under one header with a title between them are two tables). */
const pageNumber = (between: Block[]): boolean => between.some((b) => b.kind === 'text' && b.lines.some((l) => /^\s*\d{1,4}\s*$/.test(l.text)));

export function joinContinuedGrids(blocks: Block[]): Block[] {
  const out: Block[] = [];
  let lastGrid = -1;
  for (const b of blocks) {
    if (b.kind === 'grid' && lastGrid >= 0) {
      const first = out[lastGrid] as Grid;
      const continues =
        (!hasHeader(b) || (repeatsHeader(first, b) && pageNumber(out.slice(lastGrid + 1)))) && b.caption === null && !b.unitNote && b.source === first.source && hasHeader(first) && width(b) === width(first) && furnitureOnly(out.slice(lastGrid + 1));
      if (continues) {
        if (hasHeader(b)) b.rows.splice(0, b.headerRows ?? 0);
        for (const row of b.rows) for (const cell of row.cells.slice(1)) if (cell.text.trim() !== '') cell.uncertain ??= 'continued after a page break';
        first.rows.push(...b.rows);
        continue;
      }
    }
    if (b.kind === 'grid') lastGrid = out.length;
    out.push(b);
  }
  return out;
}
