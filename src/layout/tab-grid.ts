import type { SourceLine } from './source-line.js';
import { toGridCell } from './source-line.js';
import type { Grid, GridRow } from './types.js';

/** A line that is a row of a tab-separated table: at least two non-empty cells. */
export function isTabRow(raw: string): boolean {
  if (!raw.includes('\t')) return false;
  let n = 0;
  for (const part of raw.split('\t')) if (part.trim() !== '') n++;
  return n >= 2;
}

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

/** Consecutive tab rows starting at `start` (two or more) form a grid. */
export function detectTabGrid(file: string, lines: SourceLine[], start: number): { grid: Grid; end: number } | null {
  let end = start;
  while (end < lines.length && isTabRow(lines[end]!.raw)) end++;
  if (end - start < 2) return null;
  const rows = lines.slice(start, end).map((l) => tabRow(file, l));
  return { grid: { kind: 'grid', source: 'tab', caption: null, rows }, end };
}
