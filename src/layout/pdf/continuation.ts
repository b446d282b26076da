import type { Grid } from '../types.js';
import { isTotalLabelText } from '../total-label.js';
import type { FoundGrid } from './grid-parts.js';
import { sameOcrHeader } from './ocr-header.js';
import type { PageData, PdfLine } from './types.js';

export type PageItem = { top: number; grid: FoundGrid } | { top: number; line: PdfLine };

/** Share of the page height at top and bottom where running heads, footers and page numbers stand. */
const MARGIN_BAND = 0.14;
/** Right edges of the same column on two pages (points); one table is laid out once. */
const COLUMN_TOLERANCE = 8;
/** Longest line that can be a running head or footer between the parts. */
const MAX_MARGIN_TEXT = 80;
/** A numbered caption: a new table starts ("Tabell 2", "Bilaga 3", "Table 1"). */
const CAPTION = /^\s*(?:tabell|tab\.|table|bilaga|figur|diagram)\s*\d/i;

export interface Continuation {
  previous: FoundGrid;
  next: FoundGrid;
  /** Leading rows of `next` to drop: its header when it repeats the first page's. */
  skipRows: number;
  /** The rest of the last row's label, wrapped onto the next page. */
  labelTail?: string[];
}

/**
 * Whether the first grid on a page continues the last grid of the page before: it is the
 * last thing on its page but for margin text (the table runs to the bottom margin), the next
 * part is the first thing on its page but for margin text (no new caption, no prose), the
 * columns stand at the same places, the first part has no total row yet, and the next part
 * has no header or the same header again. Decided from geometry and content, never from
 * page count alone.
 */
export function continues(prevPage: PageData, prevItems: PageItem[], page: PageData, items: PageItem[]): Continuation | null {
  const lastGridAt = findLastIndex(prevItems, (i) => 'grid' in i);
  const firstGridAt = items.findIndex((i) => 'grid' in i);
  if (lastGridAt < 0 || firstGridAt < 0) return null;
  const previous = (prevItems[lastGridAt] as { grid: FoundGrid }).grid;
  const next = (items[firstGridAt] as { grid: FoundGrid }).grid;
  if (!prevItems.slice(lastGridAt + 1).every((i) => 'line' in i && isMarginLine(prevPage, i.line, 'bottom'))) return null;
  if (!items.slice(0, firstGridAt).every((i) => 'line' in i && isMarginLine(page, i.line, 'top'))) return null;
  if (!sameColumns(previous.columnRights, next.columnRights)) return null;
  if (endsWithTotal(previous.grid)) return null;
  if (next.headerRows === 0) return { previous, next, skipRows: 0 };
  // A row broken over the page: the rest of its wrapped label stands alone above the next
  // part's first row and was taken for a header.
  const head = next.grid.rows.slice(0, next.headerRows);
  const labelX = next.grid.rows[next.headerRows]?.cells[0]?.location.box?.x;
  const tail = head.map((r) => r.cells.filter((c) => c.text.trim() !== ''));
  if (labelX !== undefined && tail.every((cs) => cs.length === 1 && Math.abs((cs[0]!.location.box?.x ?? -99) - labelX) < 4)) {
    return { previous, next, skipRows: next.headerRows, labelTail: tail.map((cs) => cs[0]!.text) };
  }
  // The rest of such a label can also stand under a repeated header, as header rows of its own.
  let n = next.headerRows;
  while (n > 0 && labelX !== undefined && tail[n - 1]!.length === 1 && Math.abs((tail[n - 1]![0]!.location.box?.x ?? -99) - labelX) < 4 && n - 1 > 0) n--;
  const below = tail.slice(n).map((cs) => cs[0]!.text);
  const withTail = (extra: string[]): Continuation => {
    const all = [...extra, ...below];
    return { previous, next, skipRows: next.headerRows, ...(all.length > 0 ? { labelTail: all } : {}) };
  };
  const prevHeads = previous.grid.headerRows ?? previous.headerRows;
  if (headerText(previous.grid, prevHeads) === headerText(next.grid, n)) return withTail([]);
  // The header repeated, with the rest of a label broken over the page set beside it in the
  // label column: the same value headers, and label text the first page's header lacks.
  if (headerText(previous.grid, prevHeads, 1) === headerText(next.grid, n, 1)) {
    const labels = (g: Grid, k: number) => g.rows.slice(0, k).map((r) => r.cells[0]?.text.trim() ?? '');
    const before = new Set(labels(previous.grid, prevHeads));
    // The label column's own header repeated comes first in that cell ("Region" + "län"): only the rest is the tail.
    const rest = (t: string) => {
      for (const b of before) if (b !== '' && t.startsWith(`${b} `)) return t.slice(b.length + 1).trim();
      return t;
    };
    return withTail(
      labels(next.grid, n)
        .map(rest)
        .filter((t) => t !== '' && !before.has(t)),
    );
  }
  // The same header words placed in other cells or rows: a header set between the label and the
  // first value column is given to either, and a group header centred over its columns to its
  // own row or the sub-headers' row, by the widths of the values on each page.
  if (headerWords(previous.grid, prevHeads) === headerWords(next.grid, n)) return withTail([]);
  // Scanned pages: the same header as OCR read it again, its short words and specks by chance.
  if (prevPage.ocr && page.ocr && sameOcrHeader(previous.grid, prevHeads, next.grid, n)) return withTail([]);
  return null;
}

function findLastIndex<T>(xs: T[], f: (x: T) => boolean): number {
  for (let i = xs.length - 1; i >= 0; i--) if (f(xs[i]!)) return i;
  return -1;
}

/** Where the page's bottom margin band ends (PDF y grows upwards): text below it is furniture or notes. */
export function bottomMargin(page: PageData): number {
  const [, y0, , y1] = page.view;
  return y0 + MARGIN_BAND * (y1 - y0);
}

/** Where the page's top margin band starts: running heads stand above it. */
export function topMargin(page: PageData): number {
  const [, y0, , y1] = page.view;
  return y1 - MARGIN_BAND * (y1 - y0);
}

/** Short text in the page's top or bottom margin band that names no new table. */
function isMarginLine(page: PageData, line: PdfLine, where: 'top' | 'bottom'): boolean {
  const [, y0, , y1] = page.view;
  const band = MARGIN_BAND * (y1 - y0);
  const inBand = where === 'top' ? line.box.y >= y1 - band : line.box.y + line.box.height <= y0 + band;
  return inBand && line.text.length <= MAX_MARGIN_TEXT && !CAPTION.test(line.text);
}

function sameColumns(a: number[], b: number[]): boolean {
  return a.length === b.length && a.length > 0 && a.every((r, k) => Math.abs(r - b[k]!) <= COLUMN_TOLERANCE);
}

function endsWithTotal(grid: Grid): boolean {
  const last = grid.rows[grid.rows.length - 1];
  const first = last?.cells[0]?.text.trim().split(/\s+/)[0] ?? '';
  return first !== '' && isTotalLabelText(first);
}

/** The header rows' text, from cell `from` on (1: without the label column). */
const headerText = (g: Grid, n: number, from = 0) =>
  g.rows
    .slice(0, n)
    .map((r) => r.cells.slice(from).map((c) => c.text.replace(/\s+/g, ' ').trim()).join('|'))
    .join('\n');

/** The header rows' words, sorted, whatever cells and rows they went to. */
const headerWords = (g: Grid, n: number) =>
  g.rows
    .slice(0, n)
    .flatMap((r) => r.cells.flatMap((c) => c.text.split(/\s+/)))
    .filter((w) => w !== '')
    .sort()
    .join(' ');
