import type { GridCell, GridRow } from './types.js';

/**
 * A table copied out of a browser (the page's innerText: cells apart by tabs, rows by line
 * breaks) differs from a sheet's tab-separated rows in two ways, both in its header:
 *
 * - a cell with a line break in it (`<br>`, a header title set over two lines) breaks its row in
 *   two lines, the title's second part opening the second ("Län\tBeviljat belopp" over
 *   "totalt\t2021\t2022"): the parts are one row again when together they make no more cells
 *   than the table's rows have and the second part opens with a small letter, as the rest of a
 *   title does (a row of its own opens with its label, a capital or a figure);
 * - a cell spanning the header's rows (rowspan: the stub's title "Län" beside "Utfall" over its
 *   years) is copied once, on the first header row, so the rows under it lack the stub's cell and
 *   begin with the first column's title ("2021\t2022" under "Län\tUtfall"), where a reader takes
 *   "2021" for a row's label and 2022 for its figure. Such a row, above the table's first row of
 *   figures, every cell a year or words and no figure, two or more cells and exactly as many as
 *   the rows of figures have values, gets its stub's empty cells back before it.
 */
export function mendBrowserCopiedRows(rows: GridRow[]): GridRow[] {
  const width = commonWidth(rows);
  if (width < 3) return rows;
  const joined = joinBrokenRows(rows, width);
  return padStublessTitles(joined, width);
}

/** The number of cells most rows of figures have (the larger on a tie): the table's width. */
function commonWidth(rows: GridRow[]): number {
  const counts = new Map<number, number>();
  for (const r of rows) if (hasFigure(r)) counts.set(filled(r), (counts.get(filled(r)) ?? 0) + 1);
  let best = 0;
  let seen = 0;
  for (const [w, n] of counts) if (n > seen || (n === seen && w > best)) [best, seen] = [w, n];
  return best;
}

/** Cells up to the last non-empty one. */
function filled(r: GridRow): number {
  let n = r.cells.length;
  while (n > 0 && r.cells[n - 1]!.text.trim() === '') n--;
  return n;
}

const CONTINUES = /^[a-zåäöé]/;
const ENDS_SENTENCE = /[.:;!?]$/;

function joinBrokenRows(rows: GridRow[], width: number): GridRow[] {
  const out: GridRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const a = rows[i]!;
    const b = rows[i + 1];
    if (b && isBreak(a, b, width)) {
      const n = filled(a);
      const last = a.cells[n - 1]!;
      const first = b.cells[0]!;
      const cell: GridCell = { ...last, text: `${last.text.trim()} ${first.text.trim()}` };
      out.push({ ...a, cells: [...a.cells.slice(0, n - 1), cell, ...b.cells.slice(1, filled(b))] });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

function isBreak(a: GridRow, b: GridRow, width: number): boolean {
  const na = filled(a);
  const nb = filled(b);
  if (na < 2 || nb < 1 || na >= width || nb >= width || na + nb - 1 > width) return false;
  if (a.location.line === undefined || b.location.line !== a.location.line + 1) return false;
  const tail = a.cells[na - 1]!.text.trim();
  const head = b.cells[0]!.text.trim();
  // Both parts are words of a title: no figure in them, the first no sentence's end.
  return tail !== '' && !ENDS_SENTENCE.test(tail) && !/\d/.test(tail) && CONTINUES.test(head) && !/\d/.test(head);
}

const YEAR = /^(?:19|20)\d\d(?:\s*[-–/]\s*(?:(?:19|20)?\d\d))?$/;
const FIGURE = /\d/;

/** A title cell: a year (or a span of years), or words with no figure in them. */
const isTitle = (text: string): boolean => YEAR.test(text) || (text !== '' && !FIGURE.test(text));

/** A figure other than a year after the first cell: a row of figures. */
const hasFigure = (r: GridRow): boolean => r.cells.slice(1).some((c) => FIGURE.test(c.text) && !YEAR.test(c.text.trim()));

function padStublessTitles(rows: GridRow[], width: number): GridRow[] {
  const firstFigures = rows.findIndex(hasFigure);
  if (firstFigures < 2) return rows;
  // The stub: the cells before the first figure in the first row of figures (a code in the first cell is the stub's).
  const stub = rows[firstFigures]!.cells.findIndex((c, k) => k > 0 && FIGURE.test(c.text) && !YEAR.test(c.text.trim()));
  if (stub < 1 || stub > 2 || filled(rows[firstFigures]!) !== width) return rows;
  return rows.map((r, i) => {
    if (i === 0 || i >= firstFigures) return r;
    const n = filled(r);
    const cells = r.cells.slice(0, n);
    if (n < 2 || n !== width - stub || !cells.every((c) => isTitle(c.text.trim()))) return r;
    const at = cells[0]!.location;
    const empty: GridCell = { ...cells[0]!, text: '', location: { ...at, endColumn: at.column }, bold: false };
    return { ...r, cells: [...Array.from({ length: stub }, () => ({ ...empty })), ...cells] };
  });
}
