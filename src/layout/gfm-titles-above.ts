import { looksNumeric } from './looks-numeric.js';
import { NUMBERED_CAPTION } from './cell-per-line-grid.js';
import type { Block, Grid, GridCell, TextBlock } from './types.js';

/**
 * Group titles printed one a line right above a pipe table whose header has one row:
 *
 *   Budget 2023
 *   Utfall 2023
 *
 *   | Verksamhet | Kostnad | Intäkt | Kostnad | Intäkt |
 *   |---|---|---|---|---|
 *   | Skola | 1 200 | 300 | 1 250 | 310 |
 *
 * A page's header of two levels whose upper row was not a table row in the copy (a heading row
 * written as text). Read alone, the header says "Kostnad" twice and nothing tells the two apart.
 * The lines are taken as a first header level, each over an equal run of value columns, only
 * when nothing else fits: the paragraph right above (a blank line at most between) is nothing but
 * such titles, two or more, all different (or a sentence ending in a full stop or colon, then the titles); their count divides the value columns evenly into runs
 * of two or more; and the header's value titles repeat run by run. Otherwise they stay prose.
 */
const MIN_TITLES = 2;
const MAX_TITLES = 6;
const MIN_SPAN = 2;
const MAX_TITLE = 40;
const MAX_WORDS = 5;
/** The delimiter row of a GFM table ("|---|:--:|"), which the text path keeps as a row. */
const DELIMITER = /^:?-{1,}:?$/;
const YEAR = /^(?:19|20)\d{2}$/;

/** A title: a few words (a year may be one), no sentence, no figure but a year, no caption. */
function isTitle(text: string): boolean {
  const t = text.trim();
  if (t === '' || t.length > MAX_TITLE || t.split(/\s+/).length > MAX_WORDS) return false;
  // A title opens with a capital or a year; a line opening in lower case goes on with a sentence.
  if (!/^[\p{Lu}\d]/u.test(t) || /[.:;!?,]$/.test(t) || NUMBERED_CAPTION.test(t)) return false;
  if (looksNumeric(t) && !YEAR.test(t)) return false;
  return t.split(/\s+/).every((w) => !/\d/.test(w) || YEAR.test(w));
}

const isDelimiterRow = (cells: readonly GridCell[]): boolean => cells.every((c) => DELIMITER.test(c.text.trim()));

/** Leading columns no body row holds a figure in: the stub (at least the label column). */
function stubWidth(grid: Grid, from: number): number {
  const width = grid.rows[from]!.cells.length;
  let stub = 1;
  while (stub < width - 1 && grid.rows.slice(from).every((r) => !looksNumeric(r.cells[stub]?.text.trim() ?? ''))) stub++;
  return stub;
}

/** The group titles' row for the grid, or null when they do not fit it as said above. */
export function titlesOverHeader(titles: readonly { text: string; location: GridCell['location'] }[], grid: Grid): GridCell[] | null {
  const m = titles.length;
  if (m < MIN_TITLES || m > MAX_TITLES || !titles.every((t) => isTitle(t.text))) return null;
  if (new Set(titles.map((t) => t.text.trim().toLowerCase())).size !== m) return null;
  const headerRows = grid.headerRows ?? 0;
  const titleRows = grid.rows.slice(0, headerRows).filter((r) => !isDelimiterRow(r.cells));
  if (titleRows.length !== 1 || headerRows >= grid.rows.length) return null;
  const head = titleRows[0]!.cells;
  if (head.some((c) => c.colspan !== 1)) return null;
  const stub = stubWidth(grid, headerRows);
  const values = head.slice(stub).map((c) => c.text.trim().toLowerCase());
  const n = values.length;
  if (n % m !== 0 || n / m < MIN_SPAN) return null;
  const span = n / m;
  // The value titles repeat run by run: only the group titles tell the runs apart.
  if (values.some((v, c) => v === '' || v !== values[c % span])) return null;
  const blank = (cell: GridCell): GridCell => ({ ...cell, text: '', colspan: 1, header: true });
  return [...head.slice(0, stub).map(blank), ...titles.map((t) => ({ text: t.text.trim(), location: t.location, colspan: span, rowspan: 1, header: true, bold: false }))];
}

/**
 * Every pipe table right under a paragraph of such titles takes them as its first header row; the
 * paragraph is then no text of its own (its lines are the header's cells, nothing is lost).
 */
export function attachTitlesAbove(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const prev = out[out.length - 1];
    if (b.kind === 'grid' && b.source === 'gfm' && prev?.kind === 'text' && prev.role === 'paragraph' && closeAbove(prev, b)) {
      const from = titlesFrom(prev);
      const top = from === null ? null : titlesOverHeader(prev.lines.slice(from), b);
      if (top && from !== null) {
        out.pop();
        // A sentence over the titles (the caption, no blank line between) stays text.
        if (from > 0) out.push({ ...prev, lines: prev.lines.slice(0, from) });
        b.rows.unshift({ cells: top, location: top[top.length - 1]!.location });
        b.headerRows = (b.headerRows ?? 0) + 1;
      }
    }
    out.push(b);
  }
  return out;
}

/**
 * Where the titles begin in the paragraph: its last lines that read as titles, either all of it or
 * after a line that ends a sentence or a lead ("… per verksamhet (tkr)." / "… så här:"). Null otherwise.
 */
function titlesFrom(text: TextBlock): number | null {
  let from = text.lines.length;
  while (from > 0 && isTitle(text.lines[from - 1]!.text)) from--;
  if (from === text.lines.length) return null;
  return from === 0 || /[.:]$/.test(text.lines[from - 1]!.text.trim()) ? from : null;
}

/** The paragraph ends right above the table, a blank line at most between. */
function closeAbove(text: TextBlock, grid: Grid): boolean {
  const last = text.lines[text.lines.length - 1];
  const first = grid.rows[0];
  if (!last || !first || last.location.file !== first.location.file || last.location.line === undefined || first.location.line === undefined) return false;
  const gap = (first.location.line ?? 0) - (last.location.line ?? 0);
  return gap >= 1 && gap <= 2;
}
