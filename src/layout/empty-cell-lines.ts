import { looksValue } from './looks-numeric.js';
import { holdsSeveralFigures } from './several-figures.js';
import { isWrappedRangeTitle } from './wrapped-range-title.js';
import { CODE_CELL, CODE_TITLE, codeOrder } from './code-cells.js';
import { noteGap } from './note-gap.js';
import { bareBudgetCodes } from './bare-budget-codes.js';
import { NOTE_LIST } from './note-list.js';
import { ROWS_TITLE } from './grouped-cell-titles.js';
import type { SourceLine } from './source-line.js';
import { toGridCell, toTextLine } from './source-line.js';
import type { Grid, GridCell, GridRow, TextLine } from './types.js';

/**
 * A web table pasted one cell per line, a blank line between cells, keeps its empty cells in
 * one of two ways: a line holding only a space, or one blank line more than usual.
 *
 *   Belopp i tkr        Belopp i tkr
 *                       (space line)
 *   Not                 2022
 *   2023                ·
 *   2022                Intäkter
 *   Intäkter            (space line)
 *                       540
 *   4
 *                       Kostnader
 *   540                 …
 *
 *   Summa               (blank, blank: the note cell)
 *
 *
 *   -120
 *
 * Read without them, every row that leaves its note cell empty ("Summa …", a heading) shifts its
 * values one column to the left. Here an empty cell is a cell: a row is its label and the cells
 * up to the next label, and the table's width is the length most rows have. The header row is the
 * cells before the first row with figures; titles above it (a group over each pair of years, the
 * unit, the table's name) become a group row, the label column's title, and the caption.
 */
const MIN_ROWS = 4;
const MAX_COLUMNS = 12;
const MAX_LABEL = 80;
/** A title over the table, on its first line, may run longer than a label. */
const MAX_TITLE = 160;
const MAX_CELL_LINES = 3;
/** More blank lines than this in a row end the table. */
const MAX_GAP = 4;
/** Units scanned from the start at most: a table is found within its first rows or not at all. */
const MAX_UNITS = 2000;
/** An empty cell shows within this many cells of the start (in the header or the first rows), or the layout is another. */
const FIRST_EMPTY_WITHIN = 60;

type Kind = 'empty' | 'value' | 'note' | 'label' | 'code';

interface Unit {
  lines: SourceLine[];
  text: string;
  kind: Kind;
  /** Index of the line after the unit (the table's end when it is the last). */
  end: number;
}

const YEAR = /^(?:19|20)\d{2}$/;
/** A note reference written as a link ("not 20 »", "Not 3", "not 21 » not 36 »"). */
const NOTE_REF = /^not\.?\s?\d{1,2}[a-z]?(?:\s?»)?(?:(?:,\s?|\s)(?:not\.?\s?)?\d{1,2}[a-z]?(?:\s?»)?){0,5}$/i;
/** A value glued to the next row's label when copied ("3 098,9Bidrag till …"): two cells. */
const GLUED_VALUE = /^([-−–]?\d{1,3}(?:[ \u00a0]\d{3}){0,4}(?:,\d{1,3})?)(?=[A-ZÅÄÖ][A-ZÅÄÖa-zåäö])/;
/** A unit on its own: the label column's title ("Belopp i mnkr", "mkr", "Tkr", "Miljoner kronor"). */
const UNIT_TITLE = /^(?:belopp,?\s(?:i\s)?)?(?:tkr|mkr|mnkr|mdkr|kr|kronor|(?:tusen|tusental|miljoner|miljarder)\s(?:kronor|kr))$/i;
/** Letters on either side of a glue between two labels: shorter parts are names that write a capital inside ("PostNord", "McDonald's"). */
const MIN_GLUED_PART = 6;

/**
 * Two labels copied without a separator ("RegleringsbidragKostnadsutjämningsbidrag"): a word of
 * letters runs from a small letter straight into a capital, with at least MIN_GLUED_PART letters
 * on each side of that point. The two labels, or null (also where it happens twice).
 */
function gluedLabels(text: string): [string, string] | null {
  let cut = -1;
  for (let i = 1; i < text.length; i++) {
    if (!/\p{Ll}/u.test(text[i - 1]!) || !/\p{Lu}/u.test(text[i]!)) continue;
    if (cut >= 0) return null;
    cut = i;
  }
  if (cut < 0) return null;
  // Letters counted by a walk, not a pattern anchored at the end (which would try every start).
  const letter = (c: string | undefined): boolean => c !== undefined && /\p{L}/u.test(c);
  let from = cut;
  while (from > 0 && letter(text[from - 1])) from--;
  let to = cut;
  while (to < text.length && letter(text[to])) to++;
  return cut - from >= MIN_GLUED_PART && to - cut >= MIN_GLUED_PART && /^\p{Lu}/u.test(text) ? [text.slice(0, cut), text.slice(cut)] : null;
}
/** Titles copied without a separator ("ResultaträkningKommunen"): a capital right after a small letter. */
const GLUED_TITLE = /(?<=[a-zåäö])(?=[A-ZÅÄÖ])/;

function kindOf(text: string): Kind {
  const t = text.trim();
  if (t === '') return 'empty';
  if (NOTE_REF.test(t) || NOTE_LIST.test(t)) return 'note';
  if (looksValue(t)) return 'value';
  return 'label';
}

/** The cells from start: paragraphs, space-only lines as empty cells, and an extra blank line as one. */
function unitsFrom(lines: SourceLine[], start: number): Unit[] {
  const units: Unit[] = [];
  let i = start;
  let gap = 0;
  let seenEmpty = false;
  let seenValue = false;
  /** A figure other than a year: the rows have begun, the header is behind. */
  let seenAmount = false;
  while (i < lines.length && units.length < MAX_UNITS) {
    // Called at every line of a document: give up early where no empty cell shows.
    if (units.length >= FIRST_EMPTY_WITHIN && !seenEmpty) break;
    const raw = lines[i]!.raw;
    if (raw === '') {
      gap++;
      i++;
      if (gap > MAX_GAP) break;
      continue;
    }
    // A blank line more than the one between cells is an empty cell.
    if (units.length > 0) {
      for (let g = 1; g < gap; g++) units.push({ lines: [lines[i - 1]!], text: '', kind: 'empty', end: i });
      if (gap > 1) seenEmpty = true;
    }
    gap = 0;
    if (raw.trim() === '') {
      units.push({ lines: [lines[i]!], text: '', kind: 'empty', end: i + 1 });
      seenEmpty = true;
      i++;
      continue;
    }
    const para: SourceLine[] = [];
    // One line past the longest cell is enough to know the paragraph is not one (asked at every line of a long text).
    while (i < lines.length && lines[i]!.raw.trim() !== '' && para.length <= MAX_CELL_LINES) para.push(lines[i++]!);
    const text = para.map((l) => l.raw.trim()).join(' ');
    // Prose, or lines with no blank between them: not this layout. The first line may be the
    // table's title, longer than a label ("Not 6 Bidrag från utjämningssystemen och …"), not a sentence.
    const title = units.length === 0 && para.length === 1 && text.length <= MAX_TITLE && !/[.!?]$/.test(text);
    // In the body, a row label wrapped over two lines may run longer than one line's label; the
    // rows read below take it only with a full row of figures after it.
    const wrappedLabel = seenAmount && para.length === 2 && para.every((l) => l.raw.trim().length <= MAX_LABEL) && !/[.!?:]$/.test(text);
    if (para.length > MAX_CELL_LINES || (text.length > MAX_LABEL && !title && !wrappedLabel) || text.includes('\t')) break;
    const glued = para.length === 1 ? GLUED_VALUE.exec(text) : null;
    if (glued) {
      const src = para[0]!;
      const at = src.raw.indexOf(glued[1]!);
      units.push({ lines: [{ raw: glued[1]!, line: src.line, column: (src.column ?? 1) + at }], text: glued[1]!, kind: 'value', end: i });
      const rest = src.raw.slice(at + glued[1]!.length);
      units.push({ lines: [{ raw: rest, line: src.line, column: (src.column ?? 1) + at + glued[1]!.length }], text: rest.trim(), kind: 'label', end: i });
      continue;
    }
    // A label and its first value with no blank line between them: two cells. Before the first
    // figure, a size class wrapped at its dash ("100,1-" / "200,0") is one title, and so is a
    // title wrapped before its year over the first figures ("Budget" / "2021").
    if (
      para.length === 2 &&
      kindOf(para[0]!.raw) === 'label' &&
      kindOf(para[1]!.raw) !== 'label' &&
      !(!seenValue && isWrappedRangeTitle(para[0]!.raw, para[1]!.raw)) &&
      (seenAmount || !YEAR.test(para[1]!.raw.trim()))
    ) {
      units.push({ lines: [para[0]!], text: para[0]!.raw.trim(), kind: 'label', end: i - 1 });
      units.push({ lines: [para[1]!], text: para[1]!.raw.trim(), kind: kindOf(para[1]!.raw), end: i });
      continue;
    }
    // A row's last value and the next row's label with no blank line between them (the page lost
    // it after a sum row's last cell): two cells, the value ending its row. In the body only: a
    // figure never wraps into words.
    if (seenValue && para.length === 2 && kindOf(para[0]!.raw) === 'value' && kindOf(para[1]!.raw) === 'label') {
      units.push({ lines: [para[0]!], text: para[0]!.raw.trim(), kind: 'value', end: i - 1 });
      units.push({ lines: [para[1]!], text: para[1]!.raw.trim(), kind: 'label', end: i });
      continue;
    }
    const kind = para.length > 1 && kindOf(text) !== 'label' ? 'label' : kindOf(text);
    // Two row labels glued: a row whose cells were all empty copied as nothing at all (in the
    // body only: titles glued above it are the header's, split there).
    const two = seenValue && para.length === 1 && kind === 'label' ? gluedLabels(text) : null;
    if (two) {
      const src = para[0]!;
      const at = src.raw.indexOf(text) + two[0].length;
      units.push({ lines: [{ ...src, raw: src.raw.slice(0, at) }], text: two[0], kind: 'label', end: i });
      units.push({ lines: [{ raw: src.raw.slice(at), line: src.line, column: (src.column ?? 1) + at }], text: two[1], kind: 'label', end: i });
      continue;
    }
    units.push({ lines: para, text, kind, end: i });
    if (kind === 'value') seenValue = true;
    if (kind === 'value' && !YEAR.test(text)) seenAmount = true;
  }
  return units;
}

interface Rec {
  at: number;
  /** The cells after the label, up to the next label. */
  cells: number;
  /** The row's cells once the empty line before each figure is dropped (bottomAligned), where that is its reading. */
  lifted?: Unit[];
}

/**
 * A row whose label wraps over two lines prints each figure on the cell's second line, under an
 * empty first one ("Medel från verksamheten före" / "förändring av rörelsekapital", then " ",
 * " ", "222 475", " ", "209 463", …): dropped, the empty line before each figure leaves the row
 * its cells. Null unless each figure has an empty line before it and the row then fits the
 * table's `width` cells, only empty cells after them.
 */
function bottomAligned(cells: readonly Unit[], width: number): Unit[] | null {
  const out: Unit[] = [];
  for (let i = 0; i < cells.length; i++) {
    const u = cells[i]!;
    if (u.kind === 'value' && cells[i - 1]?.kind !== 'empty') return null;
    if (u.kind === 'empty' && cells[i + 1]?.kind === 'value') continue;
    out.push(u);
  }
  return out.slice(width).every((u) => u.kind === 'empty') ? out : null;
}

function recordsOf(units: Unit[], from: number): Rec[] {
  const recs: Rec[] = [];
  let i = from;
  while (i < units.length) {
    if (units[i]!.kind !== 'label') {
      i++;
      continue;
    }
    let n = 0;
    // A row's cells end at the next label, or at the code standing before it.
    while (i + 1 + n < units.length && units[i + 1 + n]!.kind !== 'label' && units[i + 1 + n]!.kind !== 'code') n++;
    recs.push({ at: i, cells: n });
    i += 1 + n;
  }
  return recs;
}

const isYear = (u: Unit): boolean => YEAR.test(u.text.trim());
const hasFigures = (units: Unit[], r: Rec): boolean => units.slice(r.at + 1, r.at + 1 + r.cells).some((u) => u.kind === 'value' && !isYear(u));
const onlyEmpty = (units: Unit[], r: Rec): boolean => units.slice(r.at + 1, r.at + 1 + r.cells).every((u) => u.kind === 'empty');

function cellOf(file: string, unit: Unit, header: boolean): GridCell {
  if (unit.kind === 'empty') {
    const src = unit.lines[0]!;
    const cell = toGridCell(file, { ...src, raw: '' }, 0, 0);
    cell.header = header;
    return cell;
  }
  const cells = unit.lines.map((src) => toGridCell(file, src, 0, src.raw.trimEnd().length));
  const cell = cells[0]!;
  if (cells.length > 1) cell.text = cells.map((c) => c.text.trim()).join(' ');
  cell.header = header;
  return cell;
}

/** The most frequent count of cells after the label among rows with figures (ties: the wider). */
function widthOf(units: Unit[], recs: Rec[]): number {
  const counts = new Map<number, number>();
  for (const r of recs) if (hasFigures(units, r)) counts.set(r.cells, (counts.get(r.cells) ?? 0) + 1);
  let best = 0;
  let most = 0;
  for (const [n, c] of counts) if (c > most || (c === most && n > best)) [best, most] = [n, c];
  return most >= MIN_ROWS ? best + 1 : 0;
}

/** Header row, group row and caption from the units before the first row. */
/** A title's second line, wrapped over a blank line ("Summa" / "kor"): lower case, and no "varav" column of its own. */
const WRAPPED_END = /^[a-zåäö]/;
const PART_TITLE = /^(?:varav|därav|därutöver|exkl|inkl)\b/i;

/**
 * A title wrapped over a blank line ("Summa" / "kor") reads as two titles, and the header's last
 * k titles then leave the label column's own title ("Område") above them, as if the caption. Where
 * the title right above the last k names the rows, the first lower-case title after it goes on
 * from the title before it, and the label column keeps its title.
 */
function joinWrappedTitle(head: Unit[], k: number): Unit[] {
  const at = head.length - k - 1;
  if (at < 0 || head[at]!.kind !== 'label' || !ROWS_TITLE.test(head[at]!.text.trim().split(/\s/)[0]!)) return head;
  for (let j = at + 2; j < head.length; j++) {
    const u = head[j]!;
    const prev = head[j - 1]!;
    if (u.kind === 'label' && prev.kind === 'label' && j - 1 > at && WRAPPED_END.test(u.text.trim()) && !PART_TITLE.test(u.text.trim())) {
      const joined: Unit = { ...prev, lines: [...prev.lines, ...u.lines], text: `${prev.text.trim()} ${u.text.trim()}`, end: u.end };
      return [...head.slice(0, j - 1), joined, ...head.slice(j + 1)];
    }
  }
  return head;
}

function headerOf(file: string, whole: Unit[], k: number, fallback: Unit): { rows: GridRow[]; caption: TextLine | null } | null {
  let head = [...whole];
  while (head.length > 0 && head[head.length - 1]!.kind === 'empty') head.pop();
  head = joinWrappedTitle(head, k);
  const titles = head.slice(Math.max(0, head.length - k));
  // Fewer titles than columns: the label column's title is missing.
  const row: (Unit | null)[] = [...Array<null>(k - titles.length).fill(null), ...titles];
  const above = head.slice(0, head.length - titles.length).filter((u) => u.kind !== 'empty');
  if (above.some((u) => u.kind !== 'label')) return null;
  const words = above.flatMap((u) => (u.lines.length === 1 ? u.text.split(GLUED_TITLE).map((text) => ({ u, text })) : [{ u, text: u.text }]));
  // The unit on its own goes over the label column when that has no title.
  const unitAt = words.findIndex((w) => UNIT_TITLE.test(w.text.trim()));
  let labelTitle: { u: Unit; text: string } | null = null;
  if (unitAt >= 0 && (!row[0] || row[0].kind === 'empty')) labelTitle = words.splice(unitAt, 1)[0]!;
  // Titles over the columns of years, as many as divide them evenly: a group over each run.
  const firstYear = row.findIndex((u) => u !== null && isYear(u));
  const years = firstYear < 0 ? 0 : k - firstYear;
  let groups = 0;
  // A group spans two columns or more: one title over one column is not a group.
  for (let g = Math.min(words.length, Math.floor(years / 2)); g >= 2; g--) {
    if (years % g === 0) {
      groups = g;
      break;
    }
  }
  const rest = words.slice(0, words.length - groups);
  // More than one title left over: text above a table, not its header.
  if (rest.length > 1) return null;
  const rows: GridRow[] = [];
  // Header cells with no text of their own stand where the header (or, without one, the first row) begins.
  const anchor = titles[0] ?? head[head.length - 1] ?? fallback;
  const blankCell = (): GridCell => ({ ...cellOf(file, anchor, true), text: '' });
  if (groups > 0) {
    const cells: GridCell[] = [];
    for (let c = 0; c < firstYear; c++) cells.push(blankCell());
    for (const w of words.slice(words.length - groups)) {
      const cell = cellOf(file, w.u, true);
      cell.text = w.text.trim();
      cell.colspan = years / groups;
      cells.push(cell);
    }
    rows.push({ cells, location: cells[0]!.location });
  }
  const cells = row.map((u, c) => {
    if (c === 0 && labelTitle) {
      const cell = cellOf(file, labelTitle.u, true);
      cell.text = labelTitle.text.trim();
      return cell;
    }
    return u ? cellOf(file, u, true) : blankCell();
  });
  rows.push({ cells, location: cells[0]!.location });
  const title = rest[0];
  const caption = title ? { ...toTextLine(file, title.u.lines[0]!), text: title.text.trim() } : null;
  return { rows, caption };
}

/**
 * A code column first ("Kod" / "Län" / … over "01" / "Stockholms län" / …): a code is a figure
 * by its look, and read as one it would end the row above. Under a header that opens with a
 * code title followed by the label's, a code rising down the column right before a label is
 * that row's code, and so is an empty cell there (a total row has no code). Returns whether
 * the units were so marked.
 */
function markCodes(units: Unit[]): boolean {
  // The code title stands in the header, before the first figure (a caption may stand above it).
  const firstValue = units.findIndex((u) => u.kind === 'value');
  const title = units.slice(0, firstValue < 0 ? units.length : firstValue).findIndex((u, i) => u.kind === 'label' && CODE_TITLE.test(u.text.trim()) && units[i + 1]?.kind === 'label');
  if (title < 0) return false;
  const codes: number[] = [];
  let last = -1;
  for (let i = title + 2; i + 1 < units.length; i++) {
    const u = units[i]!;
    if (u.kind === 'value' && CODE_CELL.test(u.text.trim()) && units[i + 1]!.kind === 'label' && codeOrder(u.text.trim()) > last) {
      last = codeOrder(u.text.trim());
      codes.push(i);
    }
  }
  if (codes.length < MIN_ROWS) return false;
  for (const i of codes) units[i]!.kind = 'code';
  // After the first code, an empty cell right before a label without a code is that row's empty code cell.
  for (let i = codes[0]! + 1; i + 1 < units.length; i++) if (units[i]!.kind === 'empty' && units[i + 1]!.kind === 'label') units[i]!.kind = 'code';
  return true;
}

/** A label's second half: it opens in lower case, and is no part row of its own ("varav …", "därav …"). */
const GOES_ON = /^(?!(?:varav|därav|exkl|inkl)\b)\p{Ll}/u;

/**
 * A row label wrapped across the blank line between cells ("Medel från verksamheten före" /
 * "förändring av rörelsekapital" / figures): below the first figure, a label right after a label,
 * opening in lower case, goes on from it. Read apart, the first half is a heading with no cells
 * and the row is labelled by its second half.
 */
function joinWrappedLabels(units: Unit[]): Unit[] {
  const firstValue = units.findIndex((u) => u.kind === 'value');
  if (firstValue < 0) return units;
  const out: Unit[] = units.slice(0, firstValue);
  for (let i = firstValue; i < units.length; i++) {
    const u = units[i]!;
    const prev = out[out.length - 1];
    if (prev && prev.kind === 'label' && u.kind === 'label' && prev.lines.length === 1 && u.lines.length === 1 && GOES_ON.test(u.text) && units[i + 1]?.kind !== 'label') {
      out[out.length - 1] = { lines: [...prev.lines, ...u.lines], text: `${prev.text} ${u.text}`, kind: 'label', end: u.end };
      continue;
    }
    out.push(u);
  }
  return out;
}

export function detectEmptyCellGrid(file: string, lines: SourceLine[], start: number): { grid: Grid; end: number } | null {
  if (lines[start]?.raw.trim() === '') return null;
  const units = joinWrappedLabels(unitsFrom(lines, start));
  if (!units.some((u) => u.kind === 'empty')) return null;
  const coded = markCodes(units);
  // Budget codes under no code title stand before their rows' labels, runs of empty cells of any length between:
  // read as this layout's cells they shift the rows. The cell-per-line reader takes them as codes (bare-budget-codes.ts).
  if (!coded && bareBudgetCodes(units.map((u) => u.text), (i) => units[i]!.kind === 'value', (i) => units[i]!.kind === 'label').length > 0) return null;
  const recs = recordsOf(units, 0);
  const first = recs.findIndex((r) => hasFigures(units, r));
  if (first < 0) return null;
  // Headings right above the first row belong to the body; the header ends at its last year, or
  // before the headings (a label and empty cells) above the first row.
  let bodyAt = recs[first]!.at;
  const lastYear = units.slice(0, bodyAt).map(isYear).lastIndexOf(true);
  if (lastYear >= 0) {
    const after = recs.find((r) => r.at > lastYear);
    if (!after) return null;
    bodyAt = after.at;
  } else {
    // A heading row shows a cell for each value column, and whole empty rows may follow it. A title followed by empty
    // cells of another count is the header's last title over an empty row or cells ("Summa åkermark" and seven,
    // "Summa" and one, over six figures a row).
    const width = widthOf(units, recs) - 1;
    const headingCells = (n: number): boolean => width <= 0 || (n >= width && (n - width) % (width + 1) === 0);
    let j = first;
    while (j > 0 && recs[j - 1]!.cells > 0 && headingCells(recs[j - 1]!.cells) && onlyEmpty(units, recs[j - 1]!)) j--;
    bodyAt = recs[j]!.at;
  }
  const body = recs.filter((r) => r.at >= bodyAt);
  const k = widthOf(units, body);
  if (k < 3 || k > MAX_COLUMNS) return null;
  // The table ends before a row with more figures than columns, or a long run of rows without any.
  const rows: Rec[] = [];
  let empties = 0;
  for (const r of body) {
    const figures = hasFigures(units, r);
    let cells = units.slice(r.at + 1, r.at + 1 + r.cells);
    if (cells.slice(k - 1).some((u) => u.kind !== 'empty')) {
      const lifted = units[r.at]!.lines.length === 2 ? bottomAligned(cells, k - 1) : null;
      if (lifted === null) break;
      r.lifted = lifted;
      cells = lifted;
    }
    // A row without figures goes on only as a heading: its cells empty, or one holding its note ("Not 17").
    if (!figures && !cells.every((u) => u.kind === 'empty' || u.kind === 'note') && r.cells > 0) break;
    // A label of several lines is text, not a row, unless it is one wrapped over two lines with a full row of figures after it.
    if (units[r.at]!.lines.length > 1 && !(units[r.at]!.lines.length === 2 && figures && r.cells >= k - 1)) break;
    empties = figures ? 0 : empties + 1;
    if (empties > 3) break;
    rows.push(r);
  }
  while (rows.length > 0 && !hasFigures(units, rows[rows.length - 1]!)) rows.pop();
  // Only where a row shows its empty cell: otherwise the pasted cells are read elsewhere.
  const inRows = rows.some((r) => units.slice(r.at + 1, r.at + Math.min(r.cells, k - 1) + 1).some((u) => u.kind === 'empty'));
  if (rows.filter((r) => r.cells >= k - 1 && hasFigures(units, r)).length < MIN_ROWS || !inRows) return null;
  // Lines that each hold a row's figures set apart by single spaces are no cells of this layout (several-figures.ts).
  const values = rows.flatMap((r) => units.slice(r.at + 1, r.at + 1 + r.cells)).filter((u) => u.kind === 'value');
  if (values.filter((u) => holdsSeveralFigures(u.text)).length * 2 >= values.length) return null;
  // A last column empty in every row is no column: the blank line more than usual closes each row (rows two blank lines apart).
  if (rows.every((r) => r.cells < k - 1 || units[r.at + k - 1]?.kind === 'empty')) return null;
  // Under a code column the header ends before the first row's code, and has one title more.
  const codeOf = (r: Rec): Unit | null => (coded && units[r.at - 1]?.kind === 'code' ? units[r.at - 1]! : null);
  const header = headerOf(file, units.slice(0, codeOf(recs.find((r) => r.at === bodyAt)!) ? bodyAt - 1 : bodyAt), coded ? k + 1 : k, units[bodyAt]!);
  if (!header) return null;
  const gridRows: GridRow[] = [...header.rows];
  const titles = header.rows[header.rows.length - 1]!.cells.map((c) => c.text).slice(coded ? 1 : 0);
  for (const r of rows) {
    const label = cellOf(file, units[r.at]!, false);
    const code = codeOf(r);
    const cells: GridCell[] = coded ? [code && code.text !== '' ? cellOf(file, code, false) : { ...label, text: '' }, label] : [label];
    const short = r.cells < k - 1 && hasFigures(units, r);
    // A short row whose first cell is a figure, not a note number, leaves the note column empty.
    const skip = short ? noteGap(titles, units.slice(r.at + 1, r.at + 1 + r.cells).map((u) => u.text)) : 0;
    const own = r.lifted ?? units.slice(r.at + 1, r.at + 1 + r.cells);
    for (let c = 0; c < k - 1; c++) {
      const u = c >= skip && c - skip < own.length ? own[c - skip]! : null;
      if (!u) {
        cells.push({ ...label, text: '' });
        continue;
      }
      const cell = cellOf(file, u, false);
      // Which cells a short row left out the page does not say: its values are put from the left, as a guess.
      if (short && u.kind === 'value') cell.uncertain = 'short row';
      cells.push(cell);
    }
    gridRows.push({ cells, location: label.location });
  }
  const last = rows[rows.length - 1]!;
  // A lifted row ends at its last cell read, past the empty lines it dropped.
  const lastUnit = last.lifted ? last.lifted[Math.min(last.lifted.length, k - 1) - 1] ?? units[last.at]! : units[last.at + Math.min(last.cells, k - 1)]!;
  return {
    grid: { kind: 'grid', source: 'cell-per-line', caption: header.caption, rows: gridRows, headerRows: header.rows.length },
    end: lastUnit.end,
  };
}
