import { Decimal } from 'decimal.js';
import { plainValue } from './plain-value.js';
import { DOUBT_FEWER } from './spaced-columns.js';
import { fitsColumnByColumn } from './short-rows-by-columns.js';
import { addRange, holds, sumRange, type SumRange } from './sum-range.js';
import type { Grid, GridCell, GridRow } from './types.js';
import { filled, placements, sameFigures } from './short-row-placement.js';

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
 * Several short rows over one sum row are placed together. A section sum in the run stands for its
 * section (its rows up to their heading add up to it), so a total over sections places a short row
 * between them; a "varav" row is part of the row above and adds nothing. A short row's first figure may be its
 * note ("10" under "Not") when the sums say so. Every placement of every short row, over every run
 * of rows the sum row may close, is tried; the rows move only when the placements that add up all
 * put each figure other than zero in the same column. Their cells stay marked a guess: the
 * placement is a reading, not print, so sums over them warn and never err.
 */

/** The guesses that mark a short row: one cell a line, and single-spaced columns. */
const SHORT = new Set(['short row', DOUBT_FEWER]);
/** Rows above a sum row that it may add up, at most. */
const MAX_RUN = 14;
/** Placements of all short rows of one run tried together, at most. */
const MAX_TRIES = 4096;
/** Placements tried in one grid, at most: a long table of short rows is left as read rather than searched for seconds. */
const MAX_GRID_TRIES = 200000;
const NOTE_TITLE = /^not(?:er)?\.?$/i;
/** A row that breaks out part of the row above: "varav …", "– därav …". */
const PART = /^(?:[-−–•*]\s?)?(?:varav|därav)\b/i;
/** Value columns a sum row needs before one of them may disagree with its rows (see placeShortRowsBySums). */
const MIN_WIDTH_OFF = 3;
/** Digit groups of one single-spaced cell split into figures, at most. */
const MAX_GROUPS = 5;
/** A note number ("3", "12"): whole, small, no sign. */
const NOTE_NUMBER = /^[1-9]\d?$/;

interface Way {
  /** The figures' texts, in order (a single-spaced cell may split into more), and the cell each is from. */
  texts: string[];
  from: number[];
  /** The row's first figure went to the note column. */
  note: boolean;
  /** Value column of each figure left. */
  columns: number[];
  /** What each figure adds: itself, nothing for a dash, up to its bound for a hidden "<5" (sum-range.ts). */
  values: SumRange[];
}

const ZERO: SumRange = { lo: new Decimal(0), hi: new Decimal(0) };
const exact = (r: SumRange): boolean => r.lo.eq(r.hi);

const isShort = (row: GridRow, first: number): boolean => {
  const cells = row.cells.slice(first);
  return cells.some(filled) && cells.some((c) => !filled(c)) && cells.filter(filled).every((c) => c.uncertain !== undefined && SHORT.has(c.uncertain));
};

/**
 * What the value cells of a row add, where each is a number, empty or a dash (nothing) or a figure
 * hidden below a bound ("<5"); null for any other row.
 */
function known(row: GridRow, first: number, width: number): SumRange[] | null {
  const cells = row.cells.slice(first);
  if (cells.length !== width || cells.some((c) => c.header)) return null;
  const out: SumRange[] = [];
  for (const c of cells) {
    const v = filled(c) ? sumRange(c.text) : ZERO;
    if (v === null) return null;
    out.push(v);
  }
  return out;
}

/** A row's values where each is exactly known (a sum row's), else null. */
function exactly(ranges: SumRange[] | null): Decimal[] | null {
  return ranges !== null && ranges.every(exact) ? ranges.map((r) => r.lo) : null;
}

/**
 * The ways a single-spaced cell's digit groups split into figures: a figure opens with any group and
 * goes on with groups of three digits ("850 143" is 850 143, or 850 and 143). Other cells are one figure.
 */
function splitsOf(text: string, spaced: boolean): string[][] {
  const groups = text.trim().split(/[\s\u00a0\u202f\u2009]+/);
  if (!spaced || groups.length < 2 || groups.length > MAX_GROUPS || !/^-?\d{1,3}$/.test(groups[0]!) || !groups.slice(1).every((g) => /^\d{3}$/.test(g))) return [[text]];
  const out: string[][] = [];
  for (let mask = 0; mask < 1 << (groups.length - 1); mask++) {
    const parts: string[][] = [[groups[0]!]];
    groups.slice(1).forEach((g, k) => {
      if (mask & (1 << k)) parts.push([g]);
      else parts[parts.length - 1]!.push(g);
    });
    out.push(parts.map((p) => p.join(' ')));
  }
  return out;
}

/**
 * A row whose one figure stands in the note column, its value columns empty ("Avyttring av
 * inventarier 27" under "Not 2017 2016"): a note on an item the years left empty, or the one
 * figure of a short row that the reader took for a note. Its ways: the note (adding nothing), or
 * the figure in any value column.
 */
function loneNoteWays(row: GridRow, first: number, width: number): Way[] | null {
  const note = row.cells[first - 1];
  if (first < 2 || note === undefined || !NOTE_NUMBER.test(note.text.trim()) || row.cells.slice(first).some(filled)) return null;
  const value = plainValue(note.text);
  if (value === null) return null;
  const ways: Way[] = [{ texts: [], from: [], note: true, columns: [], values: [] }];
  for (let c = 0; c < width; c++) ways.push({ texts: [note.text], from: [0], note: false, columns: [c], values: [{ lo: value, hi: value }] });
  return ways;
}

/** Every placement of a short row's figures, its first one taken as a note too where it can be one. */
function waysOf(row: GridRow, first: number, width: number, noteCol: boolean): Way[] | null {
  const cells = row.cells.slice(first).filter(filled);
  const spaced = cells.every((c) => c.uncertain === DOUBT_FEWER);
  // Each cell's splits multiply: a row of fourteen cells of three groups reads 4^14 ways, past what is tried (MAX_TRIES).
  if (cells.reduce((n, c) => n * splitsOf(c.text, spaced).length, 1) > MAX_TRIES) return null;
  let readings: { texts: string[]; from: number[] }[] = [{ texts: [], from: [] }];
  cells.forEach((c, n) => {
    readings = readings.flatMap((r) => splitsOf(c.text, spaced).map((s) => ({ texts: [...r.texts, ...s], from: [...r.from, ...s.map(() => n)] })));
  });
  const ways: Way[] = [];
  for (const { texts, from } of readings) {
    const values = texts.map(sumRange);
    if (values.some((v) => v === null)) return null;
    const vals = values as SumRange[];
    if (vals.length > width) continue;
    for (const columns of placements(width, vals.length)) ways.push({ texts, from, note: false, columns, values: vals });
    if (noteCol && !filled(row.cells[first - 1]!) && NOTE_NUMBER.test(texts[0]!.trim()) && vals.length > 1) {
      for (const columns of placements(width, vals.length - 1)) ways.push({ texts: texts.slice(1), from: from.slice(1), note: true, columns, values: vals.slice(1) });
    }
  }
  return ways;
}

/**
 * The short rows' placements (one per short row, by index into `shorts`) with which the run adds up
 * to the sum row. `offBy` allows that many columns not to add up, none of them given a figure of a
 * short row: there the sum row disagrees with the rows above whatever the placement.
 */
function fitting(sum: Decimal[], fixed: SumRange[], shorts: Way[][], budget: { left: number }, offBy = 0): number[][] {
  const total = shorts.reduce((n, w) => n * w.length, 1);
  if (total > MAX_TRIES || total > budget.left) return offBy === 0 ? (byColumns(sum, fixed, shorts, budget) ?? []) : [];
  budget.left -= total;
  const fits: number[][] = [];
  const pick: number[] = [];
  const walk = (k: number, acc: SumRange[]): void => {
    if (k === shorts.length) {
      const off = acc.flatMap((a, c) => (holds(a, sum[c]!) ? [] : [c]));
      if (off.length <= offBy && off.every((c) => pick.every((n, r) => !shorts[r]![n]!.columns.includes(c)))) fits.push([...pick]);
      return;
    }
    shorts[k]!.forEach((w, n) => {
      const next = [...acc];
      w.columns.forEach((c, i) => {
        next[c] = addRange(next[c]!, w.values[i]!);
      });
      pick.push(n);
      walk(k + 1, next);
      pick.pop();
    });
  };
  walk(0, fixed);
  return fits;
}

/**
 * Too many placements to try together: the rows placed column by column (short-rows-by-columns.ts),
 * where each row reads one way only (no figure it may split, no note it may hold).
 */
function byColumns(sum: Decimal[], fixed: SumRange[], shorts: Way[][], budget: { left: number }): number[][] | null {
  if (shorts.some((ways) => ways.some((w) => w.note || w.texts.join('|') !== ways[0]!.texts.join('|')))) return null;
  return fitsColumnByColumn(sum, fixed, shorts.map((ways) => ({ values: ways[0]!.values, placements: ways.map((w) => w.columns) })), budget);
}

/** A hidden figure ("<5") may be more than nothing: its column matters as a figure's does. */
const ONE = new Decimal(1);
const agree = (a: Way, b: Way): boolean =>
  a.note === b.note && a.texts.join('|') === b.texts.join('|') && sameFigures(a.columns, b.columns, a.values.map((r) => (exact(r) ? r.lo : ONE)));

/** Places the grid's short rows where a sum row under them adds up; rows are changed in place. */
export function placeShortRowsBySums(grid: Grid): void {
  const header = grid.headerRows ?? 0;
  const titles = grid.rows[header - 1]?.cells.map((c) => c.text.trim()) ?? [];
  const noteCol = header > 0 && NOTE_TITLE.test(titles[1] ?? '');
  // A note column for each group of columns: the columns after the first are no value columns alike.
  if (titles.slice(2).some((t) => NOTE_TITLE.test(t))) return;
  const first = noteCol ? 2 : 1;
  const rows = grid.rows.slice(header);
  const width = Math.max(0, ...rows.map((r) => r.cells.length)) - first;
  if (width < 2 || !rows.some((r) => r.cells.length === width + first && (isShort(r, first) || (noteCol && loneNoteWays(r, first, width) !== null)))) return;
  // A row placed by one sum row is known to the sum rows under it.
  const placed = new Set<GridRow>();
  const budget = { left: MAX_GRID_TRIES };
  const short = (row: GridRow): boolean => !placed.has(row) && isShort(row, first);
  const isHeading = (row: GridRow): boolean => row.cells.slice(first).every((c) => !filled(c));
  /** The heading over the section that row `j` sums (its rows, parts aside, add up to it), or null. */
  const sectionTop = (j: number, total: Decimal[]): number | null => {
    let acc = new Array<SumRange>(width).fill(ZERO);
    let n = 0;
    for (let h = j - 1; h >= 0 && j - h <= MAX_RUN; h--) {
      const row = rows[h]!;
      if (row.cells.length !== width + first || short(row)) return null;
      if (PART.test(row.cells[0]!.text.trim())) continue;
      if (isHeading(row)) return n >= 2 && acc.every((a, c) => holds(a, total[c]!)) ? h : null;
      const vals = known(row, first, width);
      if (vals === null) return null;
      acc = acc.map((a, c) => addRange(a, vals[c]!));
      n++;
    }
    return null;
  };
  /** The placements of the short rows in each run that the sum row `i` closes and that adds up to it. */
  const runsTo = (i: number, sum: Decimal[], offBy: number): { rows: GridRow[]; ways: Way[] }[] => {
    // Runs of rows ending right above the sum row, longer and longer, up to a heading or a row that is no number.
    const found: { rows: GridRow[]; ways: Way[] }[] = [];
    let fixed = new Array<SumRange>(width).fill(ZERO);
    const shortRows: GridRow[] = [];
    const shortWays: Way[][] = [];
    let steps = 0;
    for (let j = i - 1; j >= 0 && ++steps <= MAX_RUN; j--) {
      const row = rows[j]!;
      if (row.cells.length !== width + first) break;
      // A part of the row above ("– varav årets resultat") is in that row already: it adds nothing.
      if (PART.test(row.cells[0]!.text.trim())) continue;
      const lone = noteCol && !placed.has(row) ? loneNoteWays(row, first, width) : null;
      if (short(row) || lone !== null) {
        const ways = lone ?? waysOf(row, first, width, noteCol);
        if (ways === null) break;
        shortRows.push(row);
        shortWays.push(ways);
      } else {
        const vals = known(row, first, width);
        // A row with no figures right above the sum row is an item the year left empty
        // ("Minskning av avsättningar" over "Kassaflöde från finansieringsverksamheten"): no heading
        // stands over its section's sum. Higher up, such a row is a heading that opens the section:
        // no run goes on above it.
        if (vals !== null && isHeading(row) && j === i - 1) continue;
        if (vals === null || isHeading(row)) break;
        fixed = fixed.map((f, c) => addRange(f, vals[c]!));
        // A section sum stands for its section: the run goes on above the section's heading
        // ("Summa skulder" and "Summa avsättningar" under "Eget kapital" and "Minoritetsintresse").
        const total = exactly(vals);
        const top = total === null ? null : sectionTop(j, total);
        if (top !== null) j = top;
      }
      if (shortRows.length === 0) continue;
      for (const fit of fitting(sum, fixed, shortWays, budget, offBy)) found.push({ rows: [...shortRows], ways: fit.map((n, k) => shortWays[k]![n]!) });
    }
    return found;
  };
  for (let i = 1; i < rows.length; i++) {
    const sumRow = rows[i]!;
    if (sumRow.cells.length !== width + first || short(sumRow)) continue;
    const sum = exactly(known(sumRow, first, width));
    // A row of zeros sums nothing: any empty row "adds up" to it.
    if (sum === null || sumRow.cells.slice(first).some((c) => !filled(c)) || sum.every((v) => v.isZero())) continue;
    let found = runsTo(i, sum, 0);
    // A sum row that disagrees with the rows above it in one column the short rows leave empty (a
    // misprint there) still places them by the other columns, where each figure adds up; three columns
    // at least, so that two agree. The misprint is then the sum check's to report.
    if (found.length === 0 && width >= MIN_WIDTH_OFF) found = runsTo(i, sum, 1);
    if (found.length === 0) continue;
    // Every reading that adds up must place the same rows the same way. A lone note kept as a note
    // places nothing: a longer run that only adds such rows is the same reading.
    const [one, ...rest] = found.map((f) => {
      const keep = f.rows.map((row, k) => !(f.ways[k]!.note && f.ways[k]!.texts.length === 0 && !row.cells.slice(first).some(filled)));
      return { rows: f.rows.filter((_, k) => keep[k]), ways: f.ways.filter((_, k) => keep[k]) };
    });
    if (rest.some((f) => f.rows.length !== one!.rows.length || f.rows.some((r, k) => r !== one!.rows[k]) || f.ways.some((w, k) => !agree(w, one!.ways[k]!)))) continue;
    one!.rows.forEach((row, k) => {
      place(row, first, width, one!.ways[k]!);
      // A lone note that stays a note was read so already: the sum rows under it may still place its figure.
      if (one!.ways[k]!.texts.length > 0) placed.add(row);
    });
  }
}

function place(row: GridRow, first: number, width: number, way: Way): void {
  const cells = row.cells.slice(first);
  if (!cells.some(filled)) {
    // A lone note read as the row's one figure: it leaves the note column for its value column, a guess.
    if (way.note) return;
    const { uncertain: _, ...note } = row.cells[first - 1]!;
    row.cells = [...row.cells.slice(0, first - 1), { ...note, text: '' }, ...cells.map((c, k) => (k === way.columns[0] ? { ...note, uncertain: 'short row' } : c))];
    return;
  }
  const figures = cells.filter(filled);
  // A cell split into figures lends each part its place and its doubt.
  const parts: GridCell[] = way.texts.map((text, k) => ({ ...figures[way.from[k]!]!, text }));
  const empty = (c: GridCell): GridCell => {
    const { uncertain: _, ...rest } = c;
    return { ...rest, text: '' };
  };
  const placed: GridCell[] = [];
  for (let c = 0; c < width; c++) {
    const k = way.columns.indexOf(c);
    placed.push(k >= 0 ? parts[k]! : empty(cells[c]!));
  }
  const head = row.cells.slice(0, first);
  if (way.note) {
    const { uncertain: _, ...note } = cells.find(filled)!;
    head[first - 1] = note;
  }
  row.cells = [...head, ...placed];
}
