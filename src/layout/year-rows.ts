import { withoutBorder } from './cell-per-line-grid.js';
import { looksValue } from './looks-numeric.js';
import type { SourceLine } from './source-line.js';
import { toGridCell, toTextLine } from './source-line.js';
import type { Grid, GridCell, GridRow } from './types.js';

/**
 * A heading over rows labelled by years, pasted one cell per line (a time series under a table
 * per region, "Hela riket" over its figures per year):
 *
 *   Hela landet
 *   2021
 *   1 204
 *   310
 *   2020
 *   1 187
 *   …
 *
 * Each row is a year and the same number of values; the years run one by one up or down, which
 * tells the row's width (a year among the values would break the run). Border lines ("|") and
 * blank lines between cells are skipped.
 */
const YEAR = /^(?:19|20)\d{2}$/;
const MIN_ROWS = 3;
const MAX_COLUMNS = 12;
const MAX_LABEL = 80;
/** Cells looked at: enough for a long series. */
const MAX_CELLS = 1200;

interface CellLine {
  src: SourceLine;
  text: string;
}

/** A cell's text without a pasted border ("… |"). */
const strip = (raw: string): string => withoutBorder(raw).trim();

function cellLines(lines: SourceLine[], start: number, max = MAX_CELLS): { cells: CellLine[]; ends: number[] } {
  const cells: CellLine[] = [];
  const ends: number[] = [];
  let blanks = 0;
  for (let i = start; i < lines.length && cells.length < max; i++) {
    const text = strip(lines[i]!.raw);
    if (text === '') {
      // Two blank lines in a row end the cells (a blank between cells is how some pages paste);
      // a line of spaces or a bare border is an empty cell of the heading's row, not a blank.
      if (lines[i]!.raw !== '') blanks = 0;
      else if (++blanks > 1) break;
      continue;
    }
    blanks = 0;
    cells.push({ src: lines[i]!, text });
    ends.push(i + 1);
  }
  return { cells, ends };
}

/** Rows of one year and k−1 values from `at`, the years one apart in one direction. */
function rowsOf(cells: CellLine[], at: number, k: number): number {
  let n = 0;
  let step = 0;
  for (let i = at; i + k - 1 < cells.length; i += k) {
    if (!YEAR.test(cells[i]!.text)) break;
    const values = cells.slice(i + 1, i + k);
    if (!values.every((c) => looksValue(c.text))) break;
    if (n > 0) {
      const d = Number(cells[i]!.text) - Number(cells[i - k]!.text);
      if (Math.abs(d) !== 1 || (step !== 0 && d !== step)) break;
      step = d;
    }
    n++;
  }
  return n;
}

export function detectYearRows(file: string, lines: SourceLine[], start: number): { grid: Grid; end: number } | null {
  // Asked at every line of a text: the first row's year comes right after the heading, or this is no such table.
  const first = cellLines(lines, start, 2).cells;
  if (first.length < 2 || !YEAR.test(first[1]!.text)) return null;
  const { cells, ends } = cellLines(lines, start);
  const head = cells[0];
  if (!head || head.text.length > MAX_LABEL || looksValue(head.text) || YEAR.test(head.text) || head.text.includes('\t')) return null;
  let best = { k: 0, n: 0 };
  for (let k = 2; k <= MAX_COLUMNS; k++) {
    const n = rowsOf(cells, 1, k);
    if (n > best.n) best = { k, n };
  }
  // A width with as many rows as another is no answer: the years must fix it.
  const ties = [...Array(MAX_COLUMNS - 1).keys()].map((x) => x + 2).filter((k) => k !== best.k && rowsOf(cells, 1, k) === best.n);
  if (best.n < MIN_ROWS || ties.length > 0) return null;
  const rows: GridRow[] = [];
  for (let r = 0; r < best.n; r++) {
    const at = 1 + r * best.k;
    const cellsOfRow: GridCell[] = cells.slice(at, at + best.k).map((c) => toGridCell(file, c.src, 0, c.src.raw.length));
    cellsOfRow.forEach((c, j) => (c.text = cells[at + j]!.text));
    rows.push({ cells: cellsOfRow, location: cellsOfRow[0]!.location });
  }
  const grid: Grid = { kind: 'grid', source: 'cell-per-line', caption: toTextLine(file, head.src), rows, headerRows: 0, labelsSet: true };
  return { grid, end: ends[best.n * best.k]! };
}
