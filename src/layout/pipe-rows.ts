import type { SourceLine } from './source-line.js';
import { toGridCell } from './source-line.js';
import type { Grid, GridRow } from './types.js';

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

/**
 * The first row is the header whatever it holds (years are headers: "| Region | 2024 | 2025 |").
 * Rows after it are header rows too while their value cells (all but the first) hold no digit
 * and not only blanks: a row with every value cell empty is a section label, not a header.
 */
function countHeaderRows(rows: GridRow[]): number {
  let n = 1;
  while (n < rows.length - 1) {
    const values = rows[n]!.cells.slice(1).map((c) => c.text.trim());
    if (values.some((v) => /\d/.test(v)) || values.every((v) => v === '')) break;
    n++;
  }
  return n;
}

/** Three or more consecutive pipe rows with the same number of cells (two or more), from `start`. */
export function detectPipeRows(file: string, lines: SourceLine[], start: number): { grid: Grid; end: number } | null {
  const first = cellBounds(lines[start]!.raw);
  if (!first || first.length < MIN_CELLS) return null;
  const bounds = [first];
  let end = start + 1;
  while (end < lines.length) {
    const b = cellBounds(lines[end]!.raw);
    if (!b || b.length !== first.length) break;
    bounds.push(b);
    end++;
  }
  if (bounds.length < MIN_ROWS) return null;
  const rows = bounds.map((b, i) => pipeRow(file, lines[start + i]!, b));
  const headerRows = countHeaderRows(rows);
  for (const row of rows.slice(0, headerRows)) for (const cell of row.cells) cell.header = true;
  return { grid: { kind: 'grid', source: 'gfm', caption: null, rows, headerRows }, end };
}
