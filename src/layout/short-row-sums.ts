import { Decimal } from 'decimal.js';
import { plainValue } from './plain-value.js';
import type { Grid, GridCell, GridRow } from './types.js';
import { filled, placeCells, placements, sameFigures } from './short-row-placement.js';

/**
 * A statement pasted one cell a line (or with its empty cells left out) gives a row that fills
 * only some of its columns no sign of which: the reader puts its values from the left and marks
 * them a guess ("short row"). A sum row under it places them, where it is the sum of the rows
 * above it, from a heading or from an earlier result line:
 *
 *   AVSÄTTNINGAR
 *   Pensioner         12   2 410   2 561   3 793   3 943
 *   Uppskjuten skatt               3 248   3 502            (the group's columns only)
 *   Övriga            13   1 057     870   1 415   1 419
 *   Summa avsättningar     3 467   3 431   8 456   8 864
 *
 *   Resultat efter finansnetto      47 605  124 170  60 306  130 878
 *   Uppskjuten skatt                -84  -33
 *   Skatt                           -2 335  -786
 *   Årets resultat                  47 605  124 170  57 887  130 059
 *
 * Several short rows over one sum row are placed together. A short row's first figure may be its
 * note ("10" under "Not") when the sums say so. Every placement of every short row, over every run
 * of rows the sum row may close, is tried; the rows move only when the placements that add up all
 * put each figure other than zero in the same column. Their cells stay marked a guess: the
 * placement is a reading, not print, so sums over them warn and never err.
 */

const SHORT = 'short row';
/** Rows above a sum row that it may add up, at most. */
const MAX_RUN = 14;
/** Placements of all short rows of one run tried together, at most. */
const MAX_TRIES = 4096;
/** Placements tried in one grid, at most: a long table of short rows is left as read rather than searched for seconds. */
const MAX_GRID_TRIES = 200000;
const NOTE_TITLE = /^not(?:er)?\.?$/i;
/** A note number ("3", "12"): whole, small, no sign. */
const NOTE_NUMBER = /^[1-9]\d?$/;

interface Way {
  /** The row's first figure went to the note column. */
  note: boolean;
  /** Value column of each figure left. */
  columns: number[];
  values: Decimal[];
}

const isShort = (row: GridRow, first: number): boolean => {
  const cells = row.cells.slice(first);
  return cells.some(filled) && cells.some((c) => !filled(c)) && cells.filter(filled).every((c) => c.uncertain === SHORT);
};

/** The values of a row whose value cells are numbers or empty (an empty one adds nothing); null for any other row. */
function known(row: GridRow, first: number, width: number): Decimal[] | null {
  const cells = row.cells.slice(first);
  if (cells.length !== width || cells.some((c) => c.header)) return null;
  const out: Decimal[] = [];
  for (const c of cells) {
    if (!filled(c)) {
      out.push(new Decimal(0));
      continue;
    }
    const v = plainValue(c.text);
    if (v === null) return null;
    out.push(v);
  }
  return out;
}

/** Every placement of a short row's figures, its first one taken as a note too where it can be one. */
function waysOf(row: GridRow, first: number, width: number, noteCol: boolean): Way[] | null {
  const cells = row.cells.slice(first).filter(filled);
  const values = cells.map((c) => plainValue(c.text));
  if (values.some((v) => v === null)) return null;
  const vals = values as Decimal[];
  const ways: Way[] = placements(width, vals.length).map((columns) => ({ note: false, columns, values: vals }));
  if (noteCol && !filled(row.cells[first - 1]!) && NOTE_NUMBER.test(cells[0]!.text.trim()) && vals.length > 1) {
    for (const columns of placements(width, vals.length - 1)) ways.push({ note: true, columns, values: vals.slice(1) });
  }
  return ways;
}

/** The short rows' placements (one per short row, by index into `shorts`) with which the run adds up to the sum row. */
function fitting(sum: Decimal[], fixed: Decimal[], shorts: Way[][], budget: { left: number }): number[][] {
  const total = shorts.reduce((n, w) => n * w.length, 1);
  if (total > MAX_TRIES || total > budget.left) return [];
  budget.left -= total;
  const fits: number[][] = [];
  const pick: number[] = [];
  const walk = (k: number, acc: Decimal[]): void => {
    if (k === shorts.length) {
      if (acc.every((a, c) => a.eq(sum[c]!))) fits.push([...pick]);
      return;
    }
    shorts[k]!.forEach((w, n) => {
      const next = [...acc];
      w.columns.forEach((c, i) => {
        next[c] = next[c]!.plus(w.values[i]!);
      });
      pick.push(n);
      walk(k + 1, next);
      pick.pop();
    });
  };
  walk(0, fixed);
  return fits;
}

const agree = (a: Way, b: Way): boolean => a.note === b.note && sameFigures(a.columns, b.columns, a.values);

/** Places the grid's short rows where a sum row under them adds up; rows are changed in place. */
export function placeShortRowsBySums(grid: Grid): void {
  const header = grid.headerRows ?? 0;
  const titles = grid.rows[header - 1]?.cells.map((c) => c.text.trim()) ?? [];
  const noteCol = header > 0 && NOTE_TITLE.test(titles[1] ?? '');
  const first = noteCol ? 2 : 1;
  const rows = grid.rows.slice(header);
  const width = Math.max(0, ...rows.map((r) => r.cells.length)) - first;
  if (width < 2 || !rows.some((r) => r.cells.length === width + first && isShort(r, first))) return;
  // A row placed by one sum row is known to the sum rows under it.
  const placed = new Set<GridRow>();
  const budget = { left: MAX_GRID_TRIES };
  const short = (row: GridRow): boolean => !placed.has(row) && isShort(row, first);
  for (let i = 1; i < rows.length; i++) {
    const sumRow = rows[i]!;
    if (sumRow.cells.length !== width + first || short(sumRow)) continue;
    const sum = known(sumRow, first, width);
    if (sum === null || sumRow.cells.slice(first).some((c) => !filled(c))) continue;
    // Runs of rows ending right above the sum row, longer and longer, up to a heading or a row that is no number.
    const found: { rows: GridRow[]; ways: Way[] }[] = [];
    let fixed = new Array<Decimal>(width).fill(new Decimal(0));
    const shortRows: GridRow[] = [];
    const shortWays: Way[][] = [];
    for (let j = i - 1; j >= 0 && i - j <= MAX_RUN; j--) {
      const row = rows[j]!;
      if (row.cells.length !== width + first) break;
      if (short(row)) {
        const ways = waysOf(row, first, width, noteCol);
        if (ways === null) break;
        shortRows.push(row);
        shortWays.push(ways);
      } else {
        const vals = known(row, first, width);
        // A heading (no figures) opens the section: no run goes on above it.
        if (vals === null || row.cells.slice(first).every((c) => !filled(c))) break;
        fixed = fixed.map((f, c) => f.plus(vals[c]!));
      }
      if (shortRows.length === 0) continue;
      for (const fit of fitting(sum, fixed, shortWays, budget)) found.push({ rows: [...shortRows], ways: fit.map((n, k) => shortWays[k]![n]!) });
    }
    if (found.length === 0) continue;
    // Every reading that adds up must place the same rows the same way.
    const [one, ...rest] = found;
    if (rest.some((f) => f.rows.length !== one!.rows.length || f.ways.some((w, k) => !agree(w, one!.ways[k]!)))) continue;
    one!.rows.forEach((row, k) => {
      place(row, first, width, one!.ways[k]!);
      placed.add(row);
    });
  }
}

function place(row: GridRow, first: number, width: number, way: Way): void {
  if (way.note) {
    const cells = row.cells.slice(first);
    const at = cells.findIndex(filled);
    const noteCell: GridCell = { ...cells[at]! };
    delete noteCell.uncertain;
    const emptied: GridCell = { ...cells[at]!, text: '' };
    delete emptied.uncertain;
    row.cells = [...row.cells.slice(0, first - 1), noteCell, ...cells.map((c, k) => (k === at ? emptied : c))];
  }
  placeCells(row, first, width, way.columns);
}
