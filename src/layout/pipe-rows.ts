import type { SourceLine } from './source-line.js';
import { looksNumeric } from './looks-numeric.js';
import { toGridCell } from './source-line.js';
import type { Grid, GridRow } from './types.js';
import { CUT_CELL, cutRowBounds } from './cut-pipe-row.js';
import { placeShiftedCells } from './shifted-cells.js';
import { alignPaddedHeaderRows } from './padded-header-rows.js';
import { droppedNoteCell, noteColumnOf, restoreNoteCells } from './dropped-note-cell.js';

/**
 * Tables copied from web pages and statistics databases often keep their pipes but lose the
 * Markdown delimiter row (`|---|---|`): `| Region | Belopp |` line after line. Remark then sees a
 * paragraph and plain text sees prose. A run of such rows is read as the grid it is, with the same
 * cell handling as a GFM table (each cell cut out of its line by `toGridCell`).
 */
const MIN_ROWS = 3;
const MIN_CELLS = 2;

/** Cell bounds [from, to) of a line that starts and ends with an unescaped pipe; null otherwise. */
function cellBounds(raw: string): Array<[number, number]> | null {
  const trimmedEnd = raw.trimEnd();
  const open = raw.length - raw.trimStart().length;
  if (raw[open] !== '|' || trimmedEnd.length - 1 <= open || !trimmedEnd.endsWith('|') || trimmedEnd[trimmedEnd.length - 2] === '\\') return null;
  const bounds: Array<[number, number]> = [];
  let from = open + 1;
  for (let i = from; i < trimmedEnd.length; i++) {
    if (raw[i] === '\\') {
      i++; // an escaped pipe belongs to the cell, as in GFM
      continue;
    }
    if (raw[i] === '|') {
      bounds.push([from, i]);
      from = i + 1;
    }
  }
  return bounds;
}

/** Cheap test for the block finder: the line starts and ends with a pipe. */
export function isPipeRow(raw: string): boolean {
  const t = raw.trim();
  return t.length >= 3 && t.startsWith('|') && t.endsWith('|');
}

function pipeRow(file: string, src: SourceLine, bounds: Array<[number, number]>): GridRow {
  const cells = bounds.map(([from, to]) => toGridCell(file, src, from, to));
  return { cells, location: { file, line: src.line, column: src.column ?? 1 } };
}

const YEAR = /^(?:1[89]|20)\d\d$/;

/** A title that numbers its column: "Kvartal 1", "Period 2", "Del 3", "Etapp 2". */
const NUMBERED_TITLE = /^\p{Lu}\p{Ll}+ \d{1,2}$/u;

/**
 * The first row is the header, even when it holds years ("| Region | 2024 | 2025 |"), unless a
 * value cell (any but the first) holds another number: then the header was lost in the copy and
 * the row is data. Rows after it are header rows too while their value cells hold no digit (a title
 * that numbers its column, "Kvartal 1", aside) and not only blanks: a row with every value cell
 * empty is a section label, not a header.
 */
function countHeaderRows(rows: GridRow[]): number {
  const firstValues = rows[0]!.cells.slice(1).map((c) => c.text.trim());
  if (firstValues.some((v) => looksNumeric(v) && !YEAR.test(v))) return 0;
  let n = 1;
  while (n < rows.length - 1) {
    const values = rows[n]!.cells.slice(1).map((c) => c.text.trim());
    if (values.some((v) => /\d/.test(v) && !NUMBERED_TITLE.test(v)) || values.every((v) => v === '')) break;
    n++;
  }
  return n;
}

/**
 * Statistics databases write a group's label only on its first row: that row has one cell more
 * than the rows under it ("| Enskilt företag | Man | 98 |" then "| Kvinna | 52 |"). The label then
 * spans the group, as an HTML rowspan would. Any other difference in cell counts ends the run.
 */
function isGroupedShape(bounds: Array<Array<[number, number]>>, lines: SourceLine[], start: number): boolean {
  const n = bounds[0]!.length;
  if (n < MIN_CELLS + 1) return false;
  const firstCell = (i: number): string => {
    const [from, to] = bounds[i]![0]!;
    return lines[start + i]!.raw.slice(from, to);
  };
  return bounds.every((b, i) => (b.length === n || b.length === n - 1) && !/\d/.test(firstCell(i)));
}

/**
 * Three or more consecutive pipe rows from `start` with the same number of cells (two or more),
 * or with group labels on the first row of each group only (see `isGroupedShape`).
 */
export function detectPipeRows(file: string, lines: SourceLine[], start: number): { grid: Grid; end: number } | null {
  const first = cellBounds(lines[start]!.raw);
  if (!first || first.length < MIN_CELLS) return null;
  const bounds = [first];
  let end = start + 1;
  while (end < lines.length) {
    const b = cellBounds(lines[end]!.raw);
    if (!b || b.length < MIN_CELLS) break;
    bounds.push(b);
    end++;
  }
  // A row one cell short under a note column left out its empty note cell (dropped-note-cell.ts): it is a full row.
  const textsOf = (i: number): string[] => bounds[i]!.map(([a, b]) => lines[start + i]!.raw.slice(a, b));
  const note = noteColumnOf(textsOf(0));
  const whole = bounds.map((b, i) => b.length === first.length || (i > 0 && droppedNoteCell(textsOf(i), first.length, note)));
  // Equal rows, or a grouped shape; otherwise the longest leading run of equal rows.
  if (!whole.every(Boolean) && !isGroupedShape(bounds, lines, start)) {
    let k = 1;
    while (k < bounds.length && whole[k]) k++;
    bounds.length = k;
    end = start + k;
  }
  // The text cut off inside the next row: it is kept, its cut cell marked (cut-pipe-row.ts).
  const cut = bounds.length + 1 >= MIN_ROWS && bounds.every((b) => b.length === first.length) ? cutRowBounds(lines, end, first.length) : null;
  if (cut) {
    bounds.push(cut);
    end++;
  }
  if (bounds.length < MIN_ROWS) return null;
  const rows = bounds.map((b, i) => pipeRow(file, lines[start + i]!, b));
  if (cut) {
    const row = rows[rows.length - 1]!;
    const last = row.cells[row.cells.length - 1]!;
    last.uncertain = CUT_CELL;
    while (row.cells.length < first.length) row.cells.push({ ...last, text: '', uncertain: CUT_CELL });
  }
  if (note >= 1) restoreNoteCells(rows, 1);
  const full = first.length;
  for (let i = 0; i < rows.length; i++) {
    if (rows[i]!.cells.length !== full) continue;
    let k = i + 1;
    while (k < rows.length && rows[k]!.cells.length === full - 1) k++;
    rows[i]!.cells[0]!.rowspan = k - i;
  }
  const headerRows = countHeaderRows(rows);
  for (const row of rows.slice(0, headerRows)) for (const cell of row.cells) cell.header = true;
  // Rows that left out their empty cells and were padded at the end (shifted-cells.ts).
  placeShiftedCells(rows, headerRows);
  // Header rows that wrote each title once, from the left, and padded their end (padded-header-rows.ts).
  alignPaddedHeaderRows(rows, headerRows);
  return { grid: { kind: 'grid', source: 'gfm', caption: null, rows, headerRows }, end };
}
