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
  return (rest.some((t) => t !== '') && rest.every((t) => t === '' || !looksValue(t))) || yearTitles(g);
}

/** A first row of years under a word ("Län | 2022 | 2023") over rows whose figures are no years: years as column titles. */
function yearTitles(g: Grid): boolean {
  const [head, next] = g.rows;
  if (!head || !next || !/^\p{L}[^\d]*$/u.test(head.cells[0]?.text.trim() ?? '')) return false;
  const years = head.cells.slice(1).map((c) => c.text.trim());
  return years.length > 0 && years.every((t) => YEAR.test(t)) && !next.cells.slice(1).every((c) => YEAR.test(c.text.trim()));
}
const YEAR = /^(?:19|20)\d{2}$/;

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
const pageNumber = (between: Block[]): boolean => between.some((b) => b.kind === 'text' && b.lines.some((l) => PAGE_NUMBER.test(l.text) || l.text.includes('\f')));
/** "7", "Sida 2 av 4", "2 (14)": a page's number on a line of its own. A form feed is a page break as well. */
const PAGE_NUMBER = /^\s*(?:sida\s+)?\d{1,4}(?:\s*(?:av\s*\d{1,4}|\(\d{1,4}\)))?\s*$/i;

/** The text blocks just before the grid (after the last grid), when they are a page's furniture with its number. */
function afterPageBreak(out: Block[], from: number): boolean {
  const between = out.slice(from);
  return between.length > 0 && pageNumber(between) && furnitureOnly(between);
}

/**
 * A grid without header or caption right after a page break, with no table before it to join, may
 * still continue one whose first part the page before did not give as a table (too few rows to
 * tell): its rows are read, but a sum over them is a guess.
 */
function markContinued(b: Grid): void {
  for (const row of b.rows) for (const cell of row.cells.slice(1)) if (cell.text.trim() !== '') cell.uncertain ??= 'continued after a page break';
}

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
        markContinued(b);
        first.rows.push(...b.rows);
        continue;
      }
    }
    if (b.kind === 'grid' && !hasHeader(b) && b.caption === null && afterPageBreak(out, lastGrid + 1)) markContinued(b);
    if (b.kind === 'grid') lastGrid = out.length;
    out.push(b);
  }
  return out;
}
