import type { SourceLine } from './source-line.js';
import { toGridCell } from './source-line.js';
import { mendBrowserCopiedRows } from './browser-copied-rows.js';
import { placeShiftedCells } from './shifted-cells.js';
import { joinWrappedLabels } from './wrapped-row-label.js';
import type { Grid, GridRow } from './types.js';
import { headingWords } from './heading-note.js';

/**
 * A line that is a row of a tab-separated table: at least two non-empty cells, or a group title
 * over columns after an empty first cell ("\tBeviljat\t\t" over "Län\tAntal\tBelopp\tSökt").
 */
export function isTabRow(raw: string): boolean {
  if (!raw.includes('\t')) return false;
  let n = 0;
  for (const part of raw.split('\t')) if (part.trim() !== '') n++;
  return n >= 2 || (n === 1 && isGroupTitle(raw));
}

/** One short title after an empty first cell: not a sentence (no end mark), a few words at most. */
function isGroupTitle(raw: string): boolean {
  const parts = raw.split('\t');
  if (parts[0]!.trim() !== '') return false;
  const title = parts.find((p) => p.trim() !== '')!.trim();
  return title.length <= GROUP_TITLE_MAX && !/[.:;!?]$/.test(title) && title.split(' ').length <= HEADING_WORDS;
}
const GROUP_TITLE_MAX = 40;

export function tabRow(file: string, src: SourceLine): GridRow {
  const cells = [];
  let from = 0;
  const raw = src.raw.trimEnd();
  for (;;) {
    const tab = raw.indexOf('\t', from);
    const to = tab < 0 ? raw.length : tab;
    cells.push(toGridCell(file, src, from, to));
    if (tab < 0) break;
    from = tab + 1;
  }
  return { cells, location: { file, line: src.line, column: src.column ?? 1 } };
}

/**
 * A section heading between two tab rows, as a sheet copied from a spreadsheet prints it: the
 * heading in the first cell and the others empty ("Driftkostnader\t\t"), or, where an editor
 * dropped the trailing tabs, a short line of words alone ("Driftkostnader"). Not a sentence, no
 * figure: a line of prose between two tables is no heading of either. A note closing the heading
 * ("Norra regionen1)", "Övriga (se not 2)") is the page's, not a figure (heading-note.ts).
 */
function isHeadingLine(raw: string): boolean {
  const first = raw.split('\t')[0]!;
  const t = (headingWords(first) + raw.slice(first.length)).trim();
  if (t === '' || t.length > HEADING_MAX || /\d/.test(t) || /[.:;!?]$/.test(t)) return false;
  if (!raw.includes('\t')) return t.split(/\s+/).length <= HEADING_WORDS;
  const parts = raw.split('\t');
  return parts[0]!.trim() !== '' && parts.slice(1).every((p) => p.trim() === '');
}
const HEADING_MAX = 60;
const HEADING_WORDS = 6;

function headingRow(file: string, src: SourceLine, width: number): GridRow {
  const raw = src.raw.trimEnd();
  const label = raw.split('\t')[0]!;
  // The heading's words: its note, if any, is no part of its name.
  const words = headingWords(label);
  const cells = [toGridCell(file, src, 0, words.length === 0 ? label.length : label.indexOf(words) + words.length)];
  while (cells.length < width) cells.push(toGridCell(file, src, raw.length, raw.length));
  return { cells, location: { file, line: src.line, column: src.column ?? 1 } };
}

/** Consecutive tab rows starting at `start` (two or more) form a grid; section headings between them are its rows. */
export function detectTabGrid(file: string, lines: SourceLine[], start: number): { grid: Grid; end: number } | null {
  let end = start;
  const headings = new Set<number>();
  for (;;) {
    while (end < lines.length && isTabRow(lines[end]!.raw)) end++;
    // Headings (one or two in a row) followed by another tab row continue the table.
    let next = end;
    while (next < lines.length && next - end < 2 && end > start && isHeadingLine(lines[next]!.raw)) next++;
    if (next === end || next >= lines.length || !isTabRow(lines[next]!.raw)) break;
    for (let i = end; i < next; i++) headings.add(i);
    end = next;
  }
  if (end - start < 2) return null;
  const first = tabRow(file, lines[start]!);
  const parsed = lines.slice(start, end).map((l, i) => (headings.has(start + i) ? headingRow(file, l, first.cells.length) : tabRow(file, l)));
  // A label broken over two lines, its first half taken for a heading ("Västra Götalands" / "län\t1 200"): one label (wrapped-row-label.ts).
  const joined = joinWrappedLabels(parsed, (k) => headings.has(start + k) && !lines[start + k]!.raw.includes('\t'));
  // A header copied out of a browser: titles broken over lines, the stub's cell left out under a rowspan.
  const rows = mendBrowserCopiedRows(joined);
  // "Uppsala\t6.3486.914" one cell short: two figures run together (glued-dot-pairs.ts); then a row
  // of fewer cells than the header, placed by the look of the columns or the total under it (shifted-cells.ts).
  placeShiftedCells(rows, 1, true);
  return { grid: { kind: 'grid', source: 'tab', caption: null, rows }, end };
}
