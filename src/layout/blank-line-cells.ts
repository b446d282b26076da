import { looksValue } from './looks-numeric.js';
import type { SourceLine } from './source-line.js';
import { toGridCell } from './source-line.js';
import type { Grid, GridCell, GridRow } from './types.js';

/**
 * A web table copied one cell a line with nothing between its cells, where an empty cell
 * became an empty line:
 *
 *   Verksamhet          (header: the label column's title and k − 1 titles, or k − 1 years)
 *   2022
 *   2023
 *   Barn och utbildning (a section row: its two empty cells are two empty lines)
 *
 *
 *   Förskola
 *   120
 *   125
 *   Grundskola
 *   310
 *                       (an empty cell)
 *   Summa
 *   …
 *
 * The cell-per-line reader stops at the first empty line and the blank-line reader expects a
 * blank line between every two cells. Here each row is its label and exactly k − 1 cells, a
 * value or an empty line each; k comes from the header. Read only where an empty line stands
 * inside a row, at least MIN_ROWS rows hold a figure and every row fits; the table ends at the
 * first line that does not fit, and never takes a row's trailing empty cells from the blank
 * lines after the table unless a row follows.
 */
const MIN_ROWS = 3;
const MIN_COLUMNS = 3;
const MAX_COLUMNS = 12;
const MAX_TITLE = 60;
const MAX_LABEL = 80;
const YEAR = /^(?:19|20)\d{2}$/;

const blank = (l: SourceLine | undefined): boolean => l !== undefined && l.raw.trim() === '';
const isTitle = (t: string): boolean => t !== '' && t.length <= MAX_TITLE && (!looksValue(t) || YEAR.test(t)) && !/[.:;!?]$/.test(t);
const isLabel = (t: string): boolean => t !== '' && t.length <= MAX_LABEL && !looksValue(t) && !/[.;!?]$/.test(t) && !t.includes('\t');

/** Cheap test at every line: a short title after a blank line (or the text's start), another line under it. */
export function mayOpenBlankLineCells(lines: readonly SourceLine[], i: number): boolean {
  const t = lines[i]!.raw.trim();
  return (i === 0 || blank(lines[i - 1])) && !blank(lines[i + 1]) && lines[i + 1] !== undefined && isTitle(t);
}

export function detectBlankLineCells(file: string, lines: SourceLine[], start: number): { grid: Grid; end: number } | null {
  // The header: titles one a line up to the first line that is no title; k is their count (the
  // label column's title and one a value column), or one more when every title is a year.
  let h = start;
  while (h < lines.length && h - start < MAX_COLUMNS && !blank(lines[h]) && isTitle(lines[h]!.raw.trim())) h++;
  // The run's last title is the first row's label (a value or an empty cell follows it).
  const titles = lines.slice(start, h - 1);
  if (titles.length < 2) return null;
  // The label column's title and one a value column; or years alone, the label column untitled.
  const untitled = titles.every((l) => YEAR.test(l.raw.trim()));
  const k = untitled ? titles.length + 1 : titles.length;
  if (k < MIN_COLUMNS) return null;
  const found = readRows(file, lines, h - 1, k);
  if (!found) return null;
  const headCells: GridCell[] = titles.map((l) => ({ ...toGridCell(file, l, 0, l.raw.length), header: true }));
  if (untitled) headCells.unshift({ ...headCells[0]!, text: '' });
  const head: GridRow = { cells: headCells, location: { file, line: titles[0]!.line, column: 1 } };
  return { grid: { kind: 'grid', source: 'cell-per-line', caption: null, rows: [head, ...found.rows], headerRows: 1 }, end: found.end };
}

function readRows(file: string, lines: SourceLine[], from: number, k: number): { rows: GridRow[]; end: number } | null {
  const rows: { row: GridRow; end: number; values: number }[] = [];
  let i = from;
  while (i < lines.length && !blank(lines[i]) && isLabel(lines[i]!.raw.trim())) {
    const label = lines[i]!;
    const cells: GridCell[] = [toGridCell(file, label, 0, label.raw.length)];
    let j = i + 1;
    let ok = true;
    let values = 0;
    for (let c = 1; c < k; c++, j++) {
      const l = lines[j];
      if (l === undefined) {
        ok = false;
        break;
      }
      if (blank(l)) {
        cells.push({ ...toGridCell(file, l, 0, 0), text: '' });
        continue;
      }
      if (!looksValue(l.raw.trim())) {
        ok = false;
        break;
      }
      cells.push(toGridCell(file, l, 0, l.raw.length));
      values++;
    }
    // A row's trailing empty cells are empty lines only when a row follows them.
    if (!ok || (values < k - 1 && blank(lines[j - 1]) && (lines[j] === undefined || blank(lines[j]) || !isLabel(lines[j]!.raw.trim())))) break;
    rows.push({ row: { cells, location: cells[0]!.location }, end: j, values });
    i = j;
  }
  // Trailing rows without figures (a heading under the table) are not the table's.
  while (rows.length > 0 && rows[rows.length - 1]!.values === 0) rows.pop();
  // Only where an empty line stands inside the table: otherwise the cell-per-line reader reads it.
  const inner = rows.some((r) => r.values < k - 1);
  if (rows.filter((r) => r.values > 0).length < MIN_ROWS || !inner) return null;
  return { rows: rows.map((r) => r.row), end: rows[rows.length - 1]!.end };
}
