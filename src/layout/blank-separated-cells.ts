import { CODE_CELL, CODE_TITLE } from './code-cells.js';
import { CAPTION_WORD, OVER_ALL, partTitleGroups, ROWS_TITLE } from './grouped-cell-titles.js';
import { looksValue } from './looks-numeric.js';
import { rowNumbersTrail } from './row-numbers.js';
import { wordTitles } from './word-titles.js';
import { stubTitleStandsFirst } from './stub-title-order.js';
import type { SourceLine } from './source-line.js';
import { isTotalLabelText } from './total-label.js';
import { toGridCell, toTextLine } from './source-line.js';
import type { Grid, GridCell, GridRow } from './types.js';

/**
 * A web table copied one cell a line with a blank line between every two cells, an empty cell
 * kept as a line of only a no-break space (what a page's empty cell copies as):
 *
 *   Kod                 (the header: one title a column, the code and label columns' too)
 *
 *   Kommun
 *
 *   2023
 *
 *   2024
 *
 *                       (a no-break space: the total's empty code cell)
 *
 *   Summa
 *
 *   1 200
 *
 *   …
 *
 * Nothing sets rows apart, but every row has as many cells as the header has titles: its code
 * (or an empty cell) when the header opens with a code column, its label, then a value or an
 * empty cell for every other column. The column count k is the one under which the header is k
 * titles and the cells after it fall into rows of that shape, at least MIN_ROWS of them with a
 * figure; one cell too many or too few anywhere shifts every later row off its shape, so a
 * sentence above the header is never read as a title (nor a note under the table as a row). The
 * table ends at the first k cells that are no row. Above the header may stand titles over runs
 * of its titles (groups), and one title more: the caption, the unit, or a title over them all.
 * Where the rows are not all of one width (a page left an empty cell out, or kept it as a blank
 * line more), nothing is read here: other readers read those.
 */
const MIN_ROWS = 3;
/** Value columns from which MIN_ROWS rows suffice. */
const WIDE = 4;
const MIN_COLUMNS = 3;
/** A code, a label and sixteen figures (years, or months and totals): the widest tables pages print. */
const MAX_COLUMNS = 18;
const MAX_TITLE = 120;
const MAX_LABEL = 120;
/** Cells read from one start at most (a long table of many columns fits). */
const MAX_CELLS = 6000;
const YEAR = /^(?:19|20)\d{2}$/;
const NBSP = '\u00a0';

/** A line between cells: empty, or spaces only, but no no-break space (that is an empty cell). */
const isSeparator = (l: SourceLine | undefined): boolean => l !== undefined && l.raw.trim() === '' && !l.raw.includes(NBSP);
/** A line of only a no-break space (and spaces): a cell the page left empty. */
const isEmptyCellLine = (l: SourceLine | undefined): boolean => l !== undefined && l.raw.trim() === '' && l.raw.includes(NBSP);

interface Cell {
  /** Index of the cell's line. */
  at: number;
  text: string;
  empty: boolean;
  /** What the cell may be, found once (every start reads the cells after it again). */
  title: boolean;
  label: boolean;
  value: boolean;
}

function cellAt(at: number, text: string, empty: boolean): Cell {
  const figure = !empty && looksValue(text);
  return {
    at,
    text,
    empty,
    // A column title: words (or a year), no sentence; an empty cell (the label column's title left out) too.
    title: empty || (text.length <= MAX_TITLE && (!figure || YEAR.test(text)) && !/[.;!?]$/.test(text)),
    // A row's label: words, no figure, no sentence.
    label: !empty && !figure && text.length <= MAX_LABEL && !/\p{Ll}[.;!?]$/u.test(text) && !text.includes('\t'),
    value: empty || figure,
  };
}

const isTitle = (c: Cell): boolean => c.title;
const isLabel = (c: Cell): boolean => c.label;
const isValue = (c: Cell): boolean => c.value;
const isCode = (c: Cell): boolean => c.empty || CODE_CELL.test(c.text);

/**
 * The cells from start: one line each, exactly one separator line between two cells. A
 * paragraph of two lines or more, two separator lines, or the text's end closes the run.
 * Computed once per run: every line of a run is asked in turn.
 */
const runs = new WeakMap<readonly SourceLine[], Map<number, { cells: Cell[]; offset: number }>>();

function cellsFrom(lines: readonly SourceLine[], start: number): Cell[] {
  let known = runs.get(lines);
  if (!known) runs.set(lines, (known = new Map()));
  const hit = known.get(start);
  if (hit) return hit.cells.slice(hit.offset);
  const cells: Cell[] = [];
  let i = start;
  while (i < lines.length && cells.length < MAX_CELLS) {
    const l = lines[i]!;
    if (isSeparator(l)) break;
    const next = lines[i + 1];
    // A cell of two lines (a wrapped title, or prose): not this layout.
    if (next !== undefined && !isSeparator(next)) break;
    cells.push(cellAt(i, l.raw.trim(), isEmptyCellLine(l)));
    if (next === undefined || lines[i + 2] === undefined || isSeparator(lines[i + 2])) break;
    i += 2;
  }
  cells.forEach((c, n) => known.set(c.at, { cells, offset: n }));
  return cells;
}

/** Cheap test at every line: a title after a separator line (or the text's start), a separator line and a cell under it. */
export function mayOpenBlankSeparatedCells(lines: readonly SourceLine[], i: number): boolean {
  const l = lines[i]!;
  const t = l.raw.trim();
  return (i === 0 || isSeparator(lines[i - 1])) && t !== '' && isSeparator(lines[i + 1]) && lines[i + 2] !== undefined && !isSeparator(lines[i + 2]) && cellAt(i, t, false).title;
}

interface Reading {
  k: number;
  /** Stub columns before the values: 1 (the label) or 2 (a code, then the label). */
  stub: number;
  /** The header's lowest row: a title a column. */
  head: Cell[];
  /** Titles above it: one over each run of columns whose titles repeat ("Budget" over "2023" / "2024"). */
  groups: { cell: Cell; span: number }[];
  /** One title above all of them, or above the header alone: the table's caption. */
  caption: Cell | null;
  /** A title above the groups under the table's caption (a header of three rows): over every value column. */
  top: Cell | null;
  /** The one title above the groups when it names the figures' unit alone. */
  unit: Cell | null;
  rows: Cell[][];
}

/**
 * Titles above the header's lowest row, the lowest titles repeating every p columns ("2023" /
 * "2024" / "2023" / "2024", or "2023" / "2024" / "2023"): the last ceil(n / p) of them are the
 * groups, one over each run (the last run may be shorter); one title more before them is the
 * caption (readAt may make it the unit or a title over all). Without repeating titles only that
 * one title may stand above. A title that breaks the repetition once (a column of its own in a
 * group) is borne; more, and the titles above are text, not the header's.
 */
function groupsOver(upper: Cell[], titles: string[]): { groups: { cell: Cell; span: number }[]; caption: Cell | null } | null {
  if (upper.length === 0) return { groups: [], caption: null };
  if (upper.some((c) => c.empty || !isTitle(c))) return null;
  // Titles over different columns differ, and none names the rows (that is the label column's, set before the groups).
  if (new Set(upper.map((c) => c.text)).size < upper.length || upper.some((c) => ROWS_TITLE.test(c.text))) return null;
  const n = titles.length;
  for (let p = 2; p < n; p++) {
    let broken = 0;
    for (let i = p; i < n; i++) if (titles[i] !== titles[i % p]) broken++;
    const m = Math.ceil(n / p);
    // More titles said again than not: a repetition, not chance.
    if (broken > 1 || 2 * broken >= n - p || upper.length < m || upper.length > m + 1) continue;
    const groups = upper.slice(upper.length - m).map((cell, g) => ({ cell, span: Math.min(p, n - g * p) }));
    return { groups, caption: upper.length > m ? upper[0]! : null };
  }
  // Runs that repeat only up to their parts ("Totalt" / "därav bidrag" / "därav lån", "Totalt" / "därav bidrag"): one group over each run.
  const parts = partTitleGroups(titles);
  const m = parts ? parts[n - 1]! + 1 : 0;
  if (parts && (upper.length === m || upper.length === m + 1)) {
    const groups = upper.slice(upper.length - m).map((cell, g) => ({ cell, span: parts.filter((x) => x === g).length }));
    return { groups, caption: upper.length > m ? upper[0]! : null };
  }
  return upper.length === 1 ? { groups: [], caption: upper[0]! } : null;
}

/** Rows of k cells from `from`: code (under a code column), label, then values or empty cells. */
function rowsFrom(cells: Cell[], from: number, k: number, stub: number): Cell[][] {
  const rows: Cell[][] = [];
  for (let i = from; i + k <= cells.length; i += k) {
    const row = cells.slice(i, i + k);
    if (stub === 2 && !isCode(row[0]!)) break;
    if (!isLabel(row[stub - 1]!) || !row.slice(stub).every(isValue)) break;
    rows.push(row);
  }
  // A last row whose first figure is a year, with no row after it, heads rows labelled by years
  // ("Hela landet" / "2023" / "75" / "15" / "2024" / …): not the table's.
  const last = rows[rows.length - 1];
  const end = from + rows.length * k;
  if (last && end < cells.length && YEAR.test(last[stub]!.text) && !cells[end]!.label) rows.pop();
  // Trailing rows without figures (a heading under the table, a row of notes) are not the table's.
  while (rows.length > 0 && rows[rows.length - 1]!.slice(stub).every((c) => c.empty)) rows.pop();
  return rows;
}

const figures = (row: Cell[], stub: number): boolean => row.slice(stub).some((c) => !c.empty);

/** The rows end in a total row with figures: its label opens with a total word ("Totalt", "Summa", "Hela landet"). */
const closedByTotal = (rows: Cell[][], stub: number): boolean => {
  const last = rows[rows.length - 1];
  return last !== undefined && figures(last, stub) && isTotalLabelText(last[stub - 1]!.text.split(/\s+/)[0] ?? '');
};

function readingOf(cells: Cell[], upper: Cell[], head: Cell[], from: number, k: number): Reading | null {
  if (!head.every(isTitle) || head.filter((c) => c.empty).length > 1) return null;
  let best: Reading | null = null;
  for (const stub of [1, 2]) {
    // A code column: titled as one, or left untitled.
    if (stub === 2 && !(head[0]!.empty || CODE_TITLE.test(head[0]!.text))) continue;
    // The value columns' titles are all there: an empty one is more likely a shifted reading. None names
    // the rows ("Region": the label column's title set after the others) or is a unit alone (a title wrapped
    // over a blank line, "Anslag" / "(kr)"): those the reader of one cell a line puts together.
    if (head.slice(stub).some((c) => c.empty || ROWS_TITLE.test(c.text) || UNIT_ONLY.test(c.text) || PERCENT_ONLY.test(c.text))) continue;
    const rows = rowsFrom(cells, from, k, stub);
    // The header's last title names every column by itself (word-titles.ts), or every column but the row
    // numbers each row ends in (row-numbers.ts): the titles above it are text, and the table opens at that line.
    const lastTitle = head[head.length - 1]!.text;
    if (head.length > 1 && (wordTitles(lastTitle, k) !== null || (wordTitles(lastTitle, k - 1) !== null && rowNumbersTrail(rows.flat().map((c) => c.text), 0, k, () => true)))) continue;
    // Three rows make a table only when wide, or when the last is a total ("Kvinnor" / "Män" / "Totalt":
    // two rows and their sum under titles are no run of text lines) and the label column's title is no year
    // (a year there is a header of years read a column off); narrower, four (three label/figure lines could be anything).
    if (rows.filter((r) => figures(r, stub)).length < (k - stub >= WIDE || (closedByTotal(rows, stub) && !YEAR.test(head[stub - 1]!.text)) ? MIN_ROWS : MIN_ROWS + 1)) continue;
    // Codes in the column: one under a title naming it, on MIN_ROWS rows under none.
    if (stub === 2 && rows.filter((r) => !r[0]!.empty).length < (head[0]!.empty ? MIN_ROWS : 1)) continue;
    const over = groupsOver(upper, head.slice(stub).map((c) => c.text));
    if (!over) continue;
    if (!best || rows.length > best.rows.length) best = { k, stub, head, rows, ...over, top: null, unit: null };
  }
  return best;
}

/** Cells of text (a caption, a unit sentence) that may stand in the same run right above the header. */
const MAX_LEAD = 4;

/**
 * A table of this layout opens a few cells further on in the same run, and none at i: the cells before it are
 * text above the table (its caption, a sentence naming the unit), and no other reader of pasted
 * cells may start there and take them for its header.
 */
export function blankSeparatedTableAhead(lines: SourceLine[], i: number): boolean {
  if (!isSeparator(lines[i + 1]) || (i > 0 && !isSeparator(lines[i - 1]))) return false;
  if (readingAt(lines, i)) return false;
  const cells = cellsFrom(lines, i);
  for (let n = 1; n <= MAX_LEAD && n < cells.length; n++) if (readingAt(lines, cells[n]!.at)) return true;
  return false;
}

/** Each start read once (asked again from the lines above it). */
const readings = new WeakMap<readonly SourceLine[], Map<number, Reading | null>>();

function readingAt(lines: SourceLine[], start: number): Reading | null {
  if (!mayOpenBlankSeparatedCells(lines, start)) return null;
  let known = readings.get(lines);
  if (!known) readings.set(lines, (known = new Map()));
  if (!known.has(start)) known.set(start, readAt(lines, start));
  return known.get(start)!;
}

export function detectBlankSeparatedCells(file: string, lines: SourceLine[], start: number): { grid: Grid; end: number } | null {
  const best = readingAt(lines, start);
  return best ? gridOf(file, lines, best) : null;
}

function readAt(lines: SourceLine[], start: number): Reading | null {
  const cells = cellsFrom(lines, start);
  if (cells.length < 2 * MIN_COLUMNS) return null;
  // An empty cell right before the start (separator between) is the label column's untitled title.
  const before = start >= 2 && isSeparator(lines[start - 1]) && isEmptyCellLine(lines[start - 2]) && (start < 4 || !isEmptyCellLine(lines[start - 4])) ? cellAt(start - 2, '', true) : null;
  let best: Reading | null = null;
  // g titles above the header's lowest row (groups, a caption), then k titles, then the rows.
  for (let g = 0; g <= MAX_COLUMNS && g < cells.length && isTitle(cells[g]!) && !(g > 0 && cells[g - 1]!.empty); g++) {
    for (let k = MIN_COLUMNS; k <= MAX_COLUMNS && g + k <= cells.length; k++) {
      // The header is titles only: past the first figure that is no year, no wider header can be.
      const last = cells[g + k - 1]!;
      if (!last.title) break;
      const upper = cells.slice(0, g);
      // The rows' title before the groups where the page's order says so (stub-title-order.ts); else after them.
      const first = g >= 3 && stubTitleStandsFirst(cells.slice(0, g + k).map((c) => c.text), g - 1) ? stubTitleFirst(cells, g, k) : null;
      const found =
        first ??
        readingOf(cells, upper, cells.slice(g, g + k), g + k, k) ??
        (before && g === 0 && k + 1 <= MAX_COLUMNS ? readingOf(cells, [], [before, ...cells.slice(0, k)], k, k + 1) : null) ??
        stubTitleFirst(cells, g, k);
      // Stub first by the page's order, it wins over the same rows read with the stub after the groups.
      if (found && (!best || found.rows.length * found.k > best.rows.length * best.k || (found === first && found.rows.length * found.k === best.rows.length * best.k))) best = found;
    }
  }
  // Where the run stops at two blank lines or more with cells after them, and the table would end with it (the
  // cells left in the run a row's beginning), a blank line more is likely an empty cell (empty-cell-lines.ts reads that).
  if (best) {
    const lastCell = best.rows[best.rows.length - 1]!.at(-1)!;
    const left = cells.slice(cells.indexOf(lastCell) + 1);
    const stop = cells[cells.length - 1]!.at;
    let after = stop + 1;
    while (after < lines.length && isSeparator(lines[after])) after++;
    const gap = after - stop - 1 >= 2 && after < lines.length;
    const rowStart = left.length < best.k && (left.length === 0 || (best.stub === 2 ? isCode(left[0]!) && (left.length < 2 || isLabel(left[1]!)) : isLabel(left[0]!))) && left.slice(best.stub).every(isValue);
    if (gap && rowStart) return null;
    // Nor does the table end at a row that left cells out (a total without its code, a row without its
    // empty cells): a label, then a figure where another title or label would stand. Those rows are not of one width.
    const j = best.stub === 2 && left[0] !== undefined && isCode(left[0]) && left[1]?.label === true ? 1 : 0;
    const next = left[j + 1];
    if (left[j]?.label === true && next !== undefined && !next.empty && next.value && !YEAR.test(next.text)) return null;
  }
  if (!best) return null;
  // Titles right above the start, in the same run, as many as the value columns: the start is inside a
  // header (a unit row under its titles, "st" / "tkr", read as one), not at its top.
  const above = titlesAbove(lines, start);
  if (above >= best.k - best.stub) return null;
  // The one title above the header: the figures' unit alone ("Belopp i tusental kronor") is the table's unit.
  // Under another title (the caption) it is a title over every column, a header row of its own; so it is over
  // groups when written as one ("Regionalt företagsstöd": a few words, no figure, none of a caption's words).
  // Else it is the caption.
  if (best.caption) {
    const t = best.caption.text;
    if (UNIT_ONLY.test(t)) return { ...best, unit: best.caption, caption: null };
    if (above > 0 || (best.groups.length > 0 && OVER_ALL.test(t) && !CAPTION_WORD.test(t))) return { ...best, top: best.caption, caption: null };
  }
  // A title right above a header that leaves none for it is a title left out: the start is not the header's top.
  return above > 0 ? null : best;
}

/**
 * The label column's title set before the groups, not after them ("Län" / "Antal" / "Andel (%)" /
 * "Kvinnor" / "Män" / "Kvinnor" / "Män"), as grouped-cell-titles.ts reads it without blank lines:
 * the g titles above the sub-titles are the rows' title (after a caption, if one opens the run)
 * and the groups, and the header's lowest row is the k - 1 sub-titles. The rows' title must read
 * as one (a column of places, or a word or two with none of a caption's words), so a caption over
 * groups whose label column has no title stays the caption.
 */
function stubTitleFirst(cells: Cell[], g: number, k: number): Reading | null {
  for (const at of [0, 1]) {
    // The rows' title, then two groups at least.
    if (g - at - 1 < 2) break;
    const t = cells[at]!.text;
    if (cells[at]!.empty || !(ROWS_TITLE.test(t) || (OVER_ALL.test(t) && !CAPTION_WORD.test(t)))) continue;
    const upper = [...cells.slice(0, at), ...cells.slice(at + 1, g)];
    const found = readingOf(cells, upper, [cells[at]!, ...cells.slice(g, g + k - 1)], g + k - 1, k);
    // Every title above is a group's (or the caption's): a title over all of them is another shape.
    if (found && found.groups.length === g - at - 1) return found;
  }
  return null;
}

/** Cells of the run right above the start that are titles, up to the first that is none. */
function titlesAbove(lines: readonly SourceLine[], start: number): number {
  let n = 0;
  for (let i = start - 2; i >= 0 && isSeparator(lines[i + 1]) && (i === 0 || isSeparator(lines[i - 1])); i -= 2) {
    const t = lines[i]!.raw.trim();
    if (t === '' || !cellAt(i, t, false).title) break;
    n++;
  }
  return n;
}

/** A share's unit alone: "procent", "%", "(%)". */
const PERCENT_ONLY = /^\(?(?:procent|%)\)?$/i;
/** A title that is the figures' unit alone: "Belopp i tusental kronor", "mnkr", "(tkr)". */
const UNIT_ONLY = /^(?:belopp,?\s(?:i\s)?)?\(?(?:tkr|mkr|mnkr|mdkr|kr|kronor|(?:tusen|tusental|miljoner|miljarder)\s(?:kronor|kr))\)?$/i;

function gridOf(file: string, lines: SourceLine[], best: Reading): { grid: Grid; end: number } {
  const cellOf = (c: Cell, header: boolean): GridCell => {
    const l = lines[c.at]!;
    const cell = c.empty ? { ...toGridCell(file, l, 0, 0), text: '' } : toGridCell(file, l, 0, l.raw.length);
    cell.header = header;
    return cell;
  };
  const head = best.head.map((c) => cellOf(c, true));
  const rows: GridRow[] = [];
  // A title over every group goes before each group's title ("Utbildningsplatser Hösten"), as grouped-cell-titles.ts reads it;
  // over the header alone it is a row of its own.
  if (best.top && best.groups.length === 0) {
    const top = cellOf(best.top, true);
    const cells: GridCell[] = Array.from({ length: best.stub }, () => ({ ...top, text: '' }));
    cells.push({ ...top, colspan: best.k - best.stub });
    rows.push({ cells, location: top.location });
  }
  if (best.groups.length > 0) {
    // Over the stub nothing; each group over its run of columns.
    const first = cellOf(best.groups[0]!.cell, true);
    const cells: GridCell[] = Array.from({ length: best.stub }, () => ({ ...first, text: '' }));
    for (const g of best.groups) {
      const cell = cellOf(g.cell, true);
      if (best.top) cell.text = `${best.top.text} ${cell.text}`;
      cells.push({ ...cell, colspan: g.span });
    }
    rows.push({ cells, location: first.location });
  }
  rows.push({ cells: head, location: head[0]!.location });
  for (const r of best.rows) {
    const out = r.map((c) => cellOf(c, false));
    // An empty code cell stands where the row's label does: the row is found by its label.
    if (best.stub === 2 && r[0]!.empty) out[0] = { ...out[1]!, text: '' };
    rows.push({ cells: out, location: out[best.stub - 1]!.location });
  }
  const lastRow = best.rows[best.rows.length - 1]!;
  const caption = best.caption ? toTextLine(file, lines[best.caption.at]!) : null;
  const unitNote = best.unit ? toTextLine(file, lines[best.unit.at]!) : undefined;
  return { grid: { kind: 'grid', source: 'cell-per-line', caption, rows, headerRows: rows.length - best.rows.length, ...(unitNote ? { unitNote } : {}) }, end: lastRow[lastRow.length - 1]!.at + 1 };
}
