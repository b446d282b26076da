import type { Grid } from '../layout/types.js';
import { looksValue } from '../layout/looks-numeric.js';
import type { Slot } from './matrix.js';

const MAX_HEADER_ROWS = 4;

/** Leading rows with no value in any value column are header rows, unless the format says. */
export function countHeaderRows(grid: Grid, m: Slot[][]): number {
  let n = 0;
  if (grid.headerRows !== undefined) {
    // An empty header row (web pages often put the real header in the first body row,
    // in bold) does not end the header.
    const empty = m.slice(0, grid.headerRows).every((row) => row.every((s) => s.cell.text.trim() === ''));
    if (!empty) return grid.headerRows;
    n = grid.headerRows;
  }
  while (n < m.length && n < MAX_HEADER_ROWS) {
    const row = m[n]!;
    if (row.slice(1).some((s) => looksValue(s.cell.text))) break;
    n++;
  }
  return n === m.length ? 0 : n;
}

/**
 * Header path of every column, top row first. An empty upper cell takes the text of the cell
 * to its left when the row below has a header there: tab-separated text loses colspans
 * ("BUP\t\t\t" over three sub-headers in seed 000), and this puts them back.
 */
export function headerPaths(m: Slot[][], headerRows: number): string[][] {
  const width = m[0]?.length ?? 0;
  const text: string[][] = [];
  for (let r = 0; r < headerRows; r++) {
    const row: string[] = [];
    for (let c = 0; c < width; c++) row.push(clean(m[r]![c]!.cell.text));
    text.push(row);
  }
  for (let r = 0; r < headerRows - 1; r++) {
    for (let c = 2; c < width; c++) {
      if (text[r]![c] === '' && text[r + 1]![c] !== '' && text[r]![c - 1] !== '' && text[r + 1]![c - 1] !== '') {
        text[r]![c] = text[r]![c - 1]!;
      }
    }
  }
  const paths: string[][] = [];
  for (let c = 0; c < width; c++) {
    const path: string[] = [];
    for (let r = 0; r < headerRows; r++) {
      const t = text[r]![c]!;
      if (t !== '' && path[path.length - 1] !== t) path.push(t);
    }
    paths.push(path);
  }
  return paths;
}

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
