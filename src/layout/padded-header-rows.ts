import { looksNumeric } from './looks-numeric.js';
import type { GridCell, GridRow } from './types.js';

/**
 * A web table with titles over several columns (colspan) and empty titles over the label
 * columns, copied out as pipe rows, loses both: each title is written once, from the left, and
 * the row is padded with empty cells at its end.
 *
 *   Röstfördelning | 2023 | 2019 | ||||        (a title over the code and name, a year over three columns each)
 *   Antal | Andel | Mandat | Antal | Andel | Mandat | ||     (the two empty titles over code and name, moved to the end)
 *   A | Alfa | 120 | 30,0 | 2 | 100 | 25,0 | 1 |
 *
 * Read as written, every title stands two columns left of its figures. The rows' leading columns
 * that hold no figure in any row are the stub (code, label); the value columns follow. A header
 * row of titles then only empty cells is put back: as many titles as value columns go over
 * them, one each; a title that names no year followed by years that divide the value columns
 * evenly is the stub's title and a year over each equal run of columns (the groups), as is a row
 * of such years alone. Any other count leaves the row as it is.
 */
const YEAR = /^(?:19|20)\d{2}$/;
/** Rows filling every column needed to tell the stub from the figures. */
const MIN_FULL_ROWS = 3;

const filled = (c: GridCell): boolean => c.text.trim() !== '';

/** The leading columns that hold no figure in any full body row: the code and label columns. */
function stubWidth(body: readonly GridRow[], width: number): number {
  const full = body.filter((r) => r.cells.length === width && r.cells.every(filled));
  if (full.length < MIN_FULL_ROWS) return 0;
  let s = 0;
  while (s < width && full.every((r) => !looksNumeric(r.cells[s]!.text.trim()))) s++;
  // Every column after the stub holds figures in every full row.
  for (let c = s; c < width; c++) if (!full.every((r) => looksNumeric(r.cells[c]!.text.trim()))) return 0;
  return s;
}

/** A row with a figure that is no year: the body has begun. */
const hasFigure = (r: GridRow): boolean => r.cells.some((c) => looksNumeric(c.text.trim()) && !YEAR.test(c.text.trim()));

/**
 * Puts back the titles of header rows written from the left and padded at their end. The header
 * is the format's header rows and the rows without figures right under them (a Markdown table
 * has one header row; the sub-titles come as its first body row).
 */
export function alignPaddedHeaderRows(rows: GridRow[], headerRows: number): void {
  const width = rows[0]?.cells.length ?? 0;
  let top = headerRows;
  while (top < rows.length && !hasFigure(rows[top]!)) top++;
  if (top === 0 || rows.slice(0, top).some((r) => r.cells.length !== width)) return;
  const s = stubWidth(rows.slice(top), width);
  const values = width - s;
  if (s === 0 || values < 2) return;
  for (const row of rows.slice(0, top)) {
    const t = row.cells.findIndex((c) => !filled(c));
    // Titles, then only empty cells, fewer than the columns.
    if (t <= 0 || row.cells.slice(t).some(filled)) continue;
    const titles = row.cells.slice(0, t);
    const blank = (c: GridCell): GridCell => ({ ...c, text: '', colspan: 1 });
    if (t === values) {
      row.cells = [...row.cells.slice(t, t + s).map(blank), ...titles];
      continue;
    }
    const texts = titles.map((c) => c.text.trim());
    const stubTitle = !YEAR.test(texts[0]!) && !looksNumeric(texts[0]!);
    const groups = stubTitle ? titles.slice(1) : titles;
    if (groups.length < 2 || values % groups.length !== 0 || !groups.every((c) => YEAR.test(c.text.trim()))) continue;
    const span = values / groups.length;
    const stub = stubTitle ? [{ ...titles[0]!, colspan: 1 }, ...row.cells.slice(t, t + s - 1).map(blank)] : row.cells.slice(t, t + s).map(blank);
    row.cells = [...stub, ...groups.map((c) => ({ ...c, colspan: span }))];
  }
}
