import { isSectionGapCell } from './section-gap-cells.js';
import { looksValue } from './looks-numeric.js';
import { splitTrailingFigures } from './label-trailing-figure.js';
import { hyphenWrappedLines } from './hyphen-wrapped-cell.js';
import { joinHyphenated } from './hyphen-join.js';
import { isYearSpan } from './year-span-cell.js';
import { readsRowLinesAsCells } from './several-figures.js';
import { isWrappedRangeTitle } from './wrapped-range-title.js';
import { CODE_CELL, CODE_TITLE, codeOrder } from './code-cells.js';
import { isUnitHeader } from './unit-header.js';
import { noteGap } from './note-gap.js';
import { isNoteList } from './note-list.js';
import { isTotalLabelText } from './total-label.js';
import { isTextCell, trailingTextColumns } from './text-cell-columns.js';
import { splitParagraphHeadings } from './paragraph-headings.js';
import { packedCellSpans } from './packed-cell-line.js';
import { holdsSeveralValues } from './packed-values.js';
import type { SourceLine } from './source-line.js';
import { toGridCell } from './source-line.js';
import { splitGluedCellLine } from './glued-cell-line.js';
import { groupedCellTitles, ROWS_TITLE, type GroupedTitles } from './grouped-cell-titles.js';
import { notedGroupTitles } from './noted-group-titles.js';
import { isNoteTitle, isStubOrPeriodTitle, MAX_HEADINGS, STUB_UNIT, stubTitlesAfter, stubTitlesEnd } from './stub-titles-after.js';
import { sumsRowsAbove } from './unlabelled-subtotal.js';
import { AREA_KIND_HEADING } from '../lexicon/phrases.js';
import { isCodeAboveLabel } from './code-above-label.js';
import { bareBudgetCodes } from './bare-budget-codes.js';
import { MAX_NAME_LINES, opensWithCode as labelOpensWithCode } from './code-wrapped-label.js';
import { rowNumbersLead, rowNumbersTrail } from './row-numbers.js';
import { wordTitles } from './word-titles.js';
import { takeDetachedTotal } from './detached-total.js';
import { columnsWithTotalLast, EMPTY_COLUMN_DOUBT, emptyColumnBySums } from './empty-column.js';
import { labelOnlyRun, MIN_COLUMNS_FOR_EMPTY_ROWS, MIN_FULL_BEFORE_EMPTY_ROWS, rowLabelText } from './label-only-rows.js';
import type { Grid, GridCell, GridRow } from './types.js';

/**
 * Tables pasted from web pages lose their structure: every cell lands on its own line,
 * often with a blank line between cells, and a header cell may wrap over two lines.
 *
 *   Region               Län
 *   Totalt (kronor)
 *   Region Blekinge      Belopp i
 *   16 588 454           tkr
 *
 *                        Stockholms län
 *
 *                        12 500
 *
 * A run of records (one label cell, then k−1 value cells) repeated at least MIN_RECORDS
 * times is a table with k columns; the k label cells before it are its header. Cells are
 * lines, or, when every cell is followed by a blank line, paragraphs: then a header cell of
 * two lines ("Belopp i" / "tkr") is one cell.
 */
const MIN_RECORDS = 4;
/** Records enough under a header that names the figures' unit or period ("Per år"): see unit-header. */
const MIN_UNIT_RECORDS = 2;
/** Value columns enough that three full records under their titles are a table (see detectIn). */
const WIDE_TITLES = 4;
/** A code, a label and sixteen figures (years, or months and totals): the widest tables pages print. */
const MAX_COLUMNS = 18;
/**
 * Row labels describe an activity in a sentence's length ("Bidrag till ideella organisationer för …");
 * past SHORT_LABEL a label must not end as a sentence does ("… varje år i mars."): that is prose.
 */
const MAX_LABEL = 120;
const SHORT_LABEL = 80;
const SENTENCE_END = /\p{Ll}{2}[.!?]$/u;
/** A header cell may wrap over this many lines; data cells never wrap. */
const MAX_HEADER_LINES = 3;

/** One cell as pasted: its lines (one, or a wrapped header) and their joined text. */
interface Unit {
  lines: SourceLine[];
  text: string;
  /** A value split off the next row's label on the same line ("1 200Uppsala"): a reading. */
  glued?: boolean;
  /** A cell the page left empty, pasted as a line of its own (see isEmptyCellLine). */
  empty?: boolean;
  /** A budget code of bare digits before the row's label (bare-budget-codes.ts): the label's, no value. */
  code?: boolean;
  /** A label wrapped over lines between two borders (wrappedBetweenBorders): one cell, read as one line; its text joins them. */
  wrapped?: boolean;
}

function isLabel(text: string): boolean {
  const t = text.trim();
  return t !== '' && (t.length <= SHORT_LABEL || (t.length <= MAX_LABEL && !SENTENCE_END.test(t))) && !looksValue(t) && !isNoteList(t) && !t.includes('\t');
}

/**
 * Some pages paste a table's cell borders too: a cell ends in " |", or a line holds only "|".
 * The border is no part of the cell; a line of only a border is skipped.
 */
export function withoutBorder(raw: string): string {
  const t = raw.trimEnd();
  return t.endsWith('|') ? t.slice(0, -1).trimEnd() : t;
}

/** A line that is only a cell border ("|"), left by a pasted table: no cell. */
export const isBorderLine = (raw: string): boolean => raw.trim() === '|';

/**
 * A cell the page left empty, pasted as a line of its own: a line of only a no-break space
 * (what a web page's empty cell copies as), or a border line after a cell that ends in its own
 * border ("Borås |" / " |"), in the same row or the row above: there the border closes an empty
 * cell. After a cell without one ("Stockholms" / "|" / "|") the borders are that cell's.
 */
function isEmptyCellLine(lines: SourceLine[], i: number): boolean {
  const raw = lines[i]!.raw;
  if (raw.trim() === '' && raw.includes('\u00a0')) return true;
  // A section's heading row saved as text: its title, then an empty line a cell (section-gap-cells.ts).
  if (isSectionGapCell(lines, i)) return true;
  if (!isBorderLine(raw)) return false;
  // Opening a run (a blank line or the text's start above it), over cells closed by their own
  // border (" |" / "2011 |"): the table's empty corner cell, not a stray border.
  let k = i - 1;
  while (k >= 0 && isBorderLine(lines[k]!.raw)) k--;
  if (k < 0 || lines[k]!.raw.trim() === '') {
    let n = i + 1;
    while (n < lines.length && isBorderLine(lines[n]!.raw)) n++;
    if (n < lines.length && lines[n]!.raw.trim().length > 1 && lines[n]!.raw.trimEnd().endsWith('|')) return true;
  }
  // The last cell with text above, across the blank line between rows and other empty cells:
  // closed by its own border, borders alone are empty cells; otherwise they are its border.
  let j = i - 1;
  while (j >= 0 && (lines[j]!.raw.trim() === '' || isBorderLine(lines[j]!.raw))) j--;
  return j >= 0 && lines[j]!.raw.trimEnd().endsWith('|');
}

/** A blank line: no cell, it ends a run of lines (unlike an empty cell's line). */
const isBlank = (lines: SourceLine[], i: number): boolean => lines[i]!.raw.trim() === '' && !isEmptyCellLine(lines, i);

const emptyUnit = (line: SourceLine): Unit => ({ lines: [line], text: '', empty: true });

/**
 * A value cell: a figure, or a cell the page left empty. Or a note cell that lists notes
 * ("9, 10"): a row's cell like its single note ("7"), which the note column takes; read as a
 * label it would end the table there.
 */
const isValueUnit = (u: Unit): boolean => u.code !== true && (u.empty === true || looksValue(u.text) || isNoteList(u.text));

/** A value that closes itself: a sign or a decimal comma ("-59,3", "1,6", "-12"). */
const CLOSED_VALUE = /^(?:[-−–]\d+(?:,\d+)?|\d+,\d+)$/;

/**
 * Some pages paste part of a row one cell per line and the rest on one line, cells set apart by
 * two or more spaces, or by one where each value closes itself ("6,6  -59,3 -60,1", but never
 * "-1 074,0", a value with its digit group). Such a
 * line is as many cells; a line with a single value, or any piece not a value, stays one cell.
 */
function splitValues(src: SourceLine): Unit[] | null {
  if (split.has(src)) return split.get(src)!;
  const units = splitValuesOf(src) ?? gluedUnits(src);
  split.set(src, units);
  return units;
}

/** A value and the next label on one line ("1 200Uppsala"): two cells, the value marked as glued. */
function gluedUnits(src: SourceLine): Unit[] | null {
  const g = splitGluedCellLine(src);
  if (!g) return null;
  return [
    { lines: [g.value], text: g.value.raw, glued: true },
    { lines: [g.label], text: g.label.raw },
  ];
}

/** Each line split once, however many starts read over it (every line of a text is a start). */
const split = new WeakMap<SourceLine, Unit[] | null>();

function splitValuesOf(src: SourceLine): Unit[] | null {
  const raw = withoutBorder(src.raw);
  const pieces: { text: string; at: number }[] = [];
  // A digit group may be set apart by a no-break, narrow no-break or thin space as well ("12\u202f804"):
  // a single one of them joins the pieces of one cell as a single space does.
  for (const m of raw.matchAll(/\S+(?:[ \u00a0\u202f\u2009]\S+)*/g)) {
    const parts = m[0].split(/[ \u00a0\u202f\u2009]/);
    // "-1 074,0" is one value: three digits after a value with no decimals are its digit group.
    const grouped = parts.some((t, k) => k > 0 && !parts[k - 1]!.includes(',') && /^\d{3}(?:,\d+)?$/.test(t));
    if (parts.length > 1 && !grouped && parts.every((t) => CLOSED_VALUE.test(t))) {
      let at = m.index;
      for (const t of parts) {
        pieces.push({ text: t, at });
        at += t.length + 1;
      }
    } else pieces.push({ text: m[0], at: m.index });
  }
  if (pieces.length < 2 || !pieces.every((p) => looksValue(p.text))) return null;
  const base = src.column ?? 1;
  return pieces.map((p) => ({ lines: [{ raw: p.text, line: src.line, column: base + p.at }], text: p.text }));
}

/** Consecutive lines from start, each its own cell. */
function lineUnits(lines: SourceLine[], start: number): { units: Unit[]; ends: number[] } {
  const block = blockUnits(lines, start);
  const from = block.firstUnit[start - block.start] ?? block.units.length;
  return { units: block.units.slice(from), ends: block.ends.slice(from) };
}

interface BlockUnits {
  /** Index of the block's first line. */
  start: number;
  units: Unit[];
  ends: number[];
  /** Per line of the block, the index of its first unit. */
  firstUnit: number[];
}

/**
 * The units of the whole run of non-blank lines around `start`, split once: the caller asks
 * from every line of a run in turn, and splitting the rest of the run each time made a run of
 * thousands of lines cost seconds (the square of its length).
 */
const blocks = new WeakMap<SourceLine[], Map<number, BlockUnits>>();

function blockUnits(lines: SourceLine[], start: number): BlockUnits {
  let known = blocks.get(lines);
  if (!known) blocks.set(lines, (known = new Map()));
  const hit = known.get(start);
  if (hit) return hit;
  const block: BlockUnits = { start, units: [], ends: [], firstUnit: [] };
  for (let i = start; i < lines.length && !isBlank(lines, i); i++) {
    block.firstUnit.push(block.units.length);
    known.set(i, block);
    if (isEmptyCellLine(lines, i)) {
      block.units.push(emptyUnit(lines[i]!));
      block.ends.push(i + 1);
      continue;
    }
    if (isBorderLine(lines[i]!.raw)) continue;
    // A cell broken at a hyphen ("Väst-" / "manlands län") is one cell too (hyphen-join.ts).
    const wrapped = Math.max(wrappedBetweenBorders(lines, i), hyphenWrappedLines(lines, i));
    if (wrapped > 1) {
      const parts = lines.slice(i, i + wrapped);
      block.firstUnit.push(...parts.slice(1).map(() => block.units.length));
      for (let k = i + 1; k < i + wrapped; k++) known.set(k, block);
      block.units.push({ lines: [parts[0]!], text: joinWrappedCell(parts.map((l) => withoutBorder(l.raw).trim())), wrapped: true });
      block.ends.push(i + wrapped);
      i += wrapped - 1;
      continue;
    }
    const many = splitValues(lines[i]!);
    for (const u of many ?? [{ lines: [lines[i]!], text: withoutBorder(lines[i]!.raw).trim() }]) {
      block.units.push(u);
      block.ends.push(i + 1);
    }
  }
  return block;
}

/** Most lines a label wrapped between two borders may run over. */
const MAX_WRAPPED = 3;
/** Cells of one line a run must show, each closed by a border, before its borders are read as cell bounds. */
const MIN_BORDERED_CELLS = 4;

/**
 * A table pasted with its cell borders may wrap a long label over two or three lines before the
 * border: after every cell a line of only a border ("Grundskola" / "|" / "25 300" / "|", the label
 * "Förskola och" / "pedagogisk omsorg" / "|"), or every cell ending in its own border
 * ("Grundskola |", the label "Förskola och" / "pedagogisk omsorg |"). The lines from i are one cell
 * when the cell before them is closed by a border, they run to the next border, none of them is a
 * figure, and the run's other cells are one line each between borders (four or more): the borders
 * bound cells, not rows. Returns the number of lines of the cell (1 when it is not such a cell).
 */
function wrappedBetweenBorders(lines: SourceLine[], i: number): number {
  const closed = (raw: string): boolean => raw.trimEnd().endsWith('|');
  if (i === 0 || !closed(lines[i - 1]!.raw) || closed(lines[i]!.raw)) return 1;
  const own = !isBorderLine(lines[i - 1]!.raw);
  let n = 0;
  while (n < MAX_WRAPPED && i + n < lines.length) {
    const raw = lines[i + n]!.raw;
    if (raw.trim() === '' || isBorderLine(raw)) break;
    const text = withoutBorder(raw).trim();
    if (text === '' || looksValue(text) || !/\p{L}/u.test(text)) return 1;
    n++;
    if (closed(raw)) break;
  }
  if (n < 2 || i + n > lines.length) return 1;
  // Own borders: the last line closes the cell. Border lines: a border line right after.
  const ends = own ? closed(lines[i + n - 1]!.raw) : !closed(lines[i + n - 1]!.raw) && i + n < lines.length && isBorderLine(lines[i + n]!.raw);
  return ends && borderedCells(lines, i, own) ? n : 1;
}

/** Whether the run around i bounds its cells by borders: four or more cells of one line each, and no other run of lines without a border longer than MAX_WRAPPED. */
function borderedCells(lines: SourceLine[], i: number, own: boolean): boolean {
  let from = i;
  while (from > 0 && lines[from - 1]!.raw.trim() !== '') from--;
  let single = 0;
  let run = 0;
  for (let k = from; k < lines.length && lines[k]!.raw.trim() !== ''; k++) {
    const raw = lines[k]!.raw;
    if (own ? raw.trimEnd().endsWith('|') && !isBorderLine(raw) : isBorderLine(raw)) {
      if (run === (own ? 0 : 1)) single++;
      run = 0;
    } else if (isBorderLine(raw)) run = 0;
    else if (++run > MAX_WRAPPED) return false;
  }
  return single >= MIN_BORDERED_CELLS;
}

/** A wrapped label put back together: a line ending in a hyphen goes on without a space (hyphen-join.ts). */
const joinWrappedCell = (parts: string[]): string => parts.reduce(joinHyphenated, '');

/**
 * A line holding one figure above a line of words. A year may begin a title ("2023" / "prognos"),
 * unless the cell before it was a year too: then it is the last of the header's years, right above
 * the first row's label.
 */
function endsInFigure(above: SourceLine, line: SourceLine, afterYear: boolean): boolean {
  const a = above.raw.trim();
  const b = line.raw.trim();
  return looksValue(a) && (afterYear || !isYearText(a)) && !looksValue(b) && /\p{L}/u.test(b);
}
const isYearText = (t: string): boolean => /^(?:19|20)\d{2}$/.test(t.trim());

/** Paragraphs from start, separated by blank lines; stops at a paragraph too long to be a cell. */
function paragraphUnits(lines: SourceLine[], start: number, limit = Infinity): { units: Unit[]; ends: number[] } {
  const units: Unit[] = [];
  const ends: number[] = [];
  let i = start;
  let valueSeen = false;
  while (i < lines.length && units.length < limit) {
    while (i < lines.length && isBlank(lines, i)) i++;
    // An empty cell's line between blank lines is a cell too, once a cell stands before it.
    if (i < lines.length && units.length > 0 && isEmptyCellLine(lines, i) && (i + 1 >= lines.length || isBlank(lines, i + 1))) {
      units.push(emptyUnit(lines[i]!));
      ends.push(++i);
      continue;
    }
    const para: SourceLine[] = [];
    // One line past the longest cell is enough to know the paragraph is not one (asked at every line of a long text).
    // A figure never wraps into words: a figure right above a line of words ("1650" / "oktober",
    // the blank line between a row's last cell and the next label lost) ends its cell there.
    while (i < lines.length && !isBlank(lines, i) && para.length <= MAX_HEADER_LINES && !(units.length > 0 && para.length > 0 && endsInFigure(para[para.length - 1]!, lines[i]!, isYearText(units[units.length - 1]!.text)))) para.push(lines[i++]!);
    if (para.length === 0 || para.length > MAX_HEADER_LINES) break;
    const text = para.map((l) => l.raw.trim()).join(' ');
    // No cell is as long as a paragraph of prose: stop there (and keep the scan short in prose).
    // The first may be a header line naming every column.
    // A line of several values ends its row; a label line under it, without a blank line, opens the next.
    const many = units.length > 0 ? para.map((l) => splitValues(l)) : [];
    if (many.some((m) => m !== null)) {
      valueSeen = true;
      para.forEach((l, n) => {
        for (const u of many[n] ?? [{ lines: [l], text: withoutBorder(l.raw).trim() }]) {
          units.push(u);
          ends.push(i);
        }
      });
      continue;
    }
    // Before the first value a cell may be a long column title.
    if (text.length > (units.length === 0 ? MAX_HEADER_LINE : valueSeen ? MAX_LABEL : MAX_HEADER_CELL)) break;
    units.push({ lines: para, text });
    ends.push(i);
    valueSeen ||= looksValue(text);
  }
  return { units, ends };
}

/** One record: its label units (a label wrapped onto a second unit, or a heading with no values) and its value units. */
interface Rec {
  at: number;
  labels: number;
  values: number;
  /** Under a code column: whether the record opens with its code (a total row has none). */
  code?: boolean;
}

/** A total row's label opens with a total word ("Summa riket", "Totalt"). */
const isTotalLabel = (text: string): boolean => isTotalLabelText(text.trim().split(/\s+/)[0] ?? '');

/**
 * Records under a header that opens with a code column: code, label, then up to k−2 values.
 * Pages leave an empty cell out altogether, so a record may have fewer values: the next
 * record begins where a code greater than the last one is followed by a label (after a full
 * record under a titled code column, any code). A row without a code is a total ("Summa riket")
 * and its values. Full records count towards the table.
 */
function recordsWithCode(units: Unit[], start: number, k: number, titled: boolean, numbered = false): { recs: Rec[]; full: number } {
  const recs: Rec[] = [];
  let full = 0;
  let lastCode = -1;
  let i = start;
  const single = (j: number): Unit | undefined => (units[j] && units[j]!.lines.length === 1 ? units[j] : undefined);
  // Under a header that names the code column, after a full record the next unit opens a record
  // whatever its code (rows sorted by name or amount); after a short one, among a record's values,
  // or under an untitled code column, only a code greater than the last tells a code from a value.
  let prevFull = false;
  const opensRecord = (j: number, ordered = true): boolean => {
    const c = single(j);
    const l = single(j + 1);
    // An empty code cell before a label: a row with no code (a part, a total), its code's place kept.
    if (c?.empty && l !== undefined && isLabel(l.text)) return true;
    // A row number stands before a total row too ("1" / "Riket"); a code does not (a total has none).
    // A figure before the next row's code ("0" / "1:5" in a column of changes) opens no record: a code is followed by a name.
    return c !== undefined && l !== undefined && CODE_CELL.test(c.text) && (!ordered || codeOrder(c.text) > lastCode) && isLabel(l.text) && !CODE_CELL.test(l.text.trim()) && (numbered || !isTotalLabel(l.text));
  };
  while (i < units.length) {
    const hasCode = opensRecord(i, !(titled && prevFull));
    const labelAt = hasCode ? i + 1 : i;
    if (!hasCode && !(single(i) && isLabel(units[i]!.text) && isTotalLabel(units[i]!.text))) break;
    let n = 0;
    // Among the record's values, only a code past this record's opens the next.
    const before = lastCode;
    if (hasCode && !units[i]!.empty) lastCode = codeOrder(units[i]!.text);
    while (n < k - 2 && single(labelAt + 1 + n) && isValueUnit(units[labelAt + 1 + n]!)) {
      if (n > 0 && hasCode && opensRecord(labelAt + 1 + n)) break;
      n++;
    }
    if (n === 0) {
      lastCode = before;
      break;
    }
    recs.push({ at: i, labels: 1, values: n, code: hasCode });
    if (n === k - 2 && someValue(units, labelAt + 1, n)) full++;
    prevFull = n === k - 2;
    i = labelAt + 1 + n;
  }
  return { recs, full };
}

/** The n units from j cells of words of a row's text columns (text-cell-columns.ts), and no figure right after them: that would make the last the next row's label. */
function textCellsAt(units: Unit[], j: number, n: number): boolean {
  for (let c = 0; c < n; c++) {
    const u = units[j + c];
    if (!u || u.lines.length !== 1 || (!u.empty && !isTextCell(u.text))) return false;
  }
  const after = units[j + n];
  return !(after && !after.empty && after.lines.length === 1 && looksValue(after.text));
}

/** Some of the n units from j a figure, not only empty cells (a heading's row). */
const someValue = (units: Unit[], j: number, n: number): boolean => units.slice(j, j + n).some((u) => !u.empty);

/** The value texts of the full records right above, nearest first, back to a heading or a row without a label (unlabelled-subtotal.ts). */
function rowsAbove(units: Unit[], recs: readonly Rec[], k: number): string[][] {
  const out: string[][] = [];
  for (let r = recs.length - 1; r >= 0; r--) {
    const rec = recs[r]!;
    if (rec.labels === 0 || rec.values === 0) break;
    if (rec.values !== k - 1) return [];
    out.push(units.slice(rec.at + rec.labels, rec.at + rec.labels + k - 1).map((u) => u.text));
  }
  return out;
}

/**
 * A budget code alone in its unit, then its name over two to MAX_NAME_LINES units, each after the
 * first going on from the one above (in lower case, or after a word broken at a hyphen), then the
 * row's figures: the units of the label (code and name), else 0.
 */
function wrappedNameAfterCode(units: Unit[], i: number, valuesAt: (j: number) => boolean): number {
  const code = units[i];
  if (!code || code.lines.length !== 1 || !(isCodeAboveLabel(code.text) || code.code === true)) return 0;
  for (let n = 1; n <= MAX_NAME_LINES; n++) {
    const u = units[i + n];
    if (!u || u.lines.length !== 1 || !isLabel(u.text) || isCodeAboveLabel(u.text)) return 0;
    if (n > 1 && !goesOn(u.text) && !/\p{L}-$/u.test(units[i + n - 1]!.text.trim())) return 0;
    if (n >= 2 && valuesAt(i + n + 1)) return n + 1;
  }
  return 0;
}

/** A label that goes on from the unit above ("Myndigheter m.fl." / "i RGK"): it opens in lower case. */
const goesOn = (text: string): boolean => /^[a-zåäö]/.test(text.trim());

/**
 * Records of k cells from `start`: a label, then k−1 values. A label may wrap onto a second
 * unit that opens in lower case, and a heading (a label with no values, "Kommunstyrelse:")
 * may stand before a record. Stops at the first unit that fits neither.
 */
function recordsFrom(units: Unit[], start: number, k: number, paragraphs = false, short = false, text = 0): { recs: Rec[]; full: number } {
  const recs: Rec[] = [];
  let full = 0;
  let i = start;
  const valuesAt = (j: number): boolean => {
    let spans = 0;
    // Under text columns last (text-cell-columns.ts), a label right before a figure is the next row's, not this row's text.
    if (text > 0 && !textCellsAt(units, j + k - 1 - text, text)) return false;
    for (let c = 0; c < k - 1 - text; c++) {
      const u = units[j + c];
      if (!u || u.lines.length !== 1) return false;
      if (isValueUnit(u)) continue;
      // A year span ("2019-2020") stands where a value goes beside the row's figures; spans alone are a header of periods (year-span-cell.ts).
      if (!isYearSpan(u.text)) return false;
      spans++;
    }
    return spans < k - 1 - text;
  };
  // The values of a row at j that left out some trailing cells, under a header that fixes the columns (else 0).
  const shortAt = (j: number): number => {
    if (!short && text === 0) return 0;
    let n = 0;
    while (n < k - 1 && units[j + 1 + n]?.lines.length === 1 && isValueUnit(units[j + 1 + n]!)) n++;
    const after = units[j + 1 + n];
    // Under text columns last, a row of every figure and no text cell (a total) is the only short row read.
    if (text > 0 && n !== k - 1 - text) return 0;
    return n > 0 && n < k - 1 && (!after || isLabel(after.text)) ? n : 0;
  };
  // Under a header of periods with the stub's unit title or the note column's pasted last (stubTitlesAfter).
  const stubAfter = stubTitlesEnd(units.slice(0, start).map((u) => u.text));
  /** The headings in a row from j, each a label of one line, that end right above a record's label: their count, else 0. */
  const headingChain = (j: number): number => {
    for (let n = 1; n <= MAX_HEADINGS; n++) {
      const h = units[j + n - 1];
      if (!h || h.lines.length !== 1 || !isLabel(h.text) || isStubOrPeriodTitle(h.text)) return 0;
      const lab = units[j + n];
      if (lab && isLabel(lab.text) && (valuesAt(j + n + 1) || shortAt(j + n) > 0)) return n;
    }
    return 0;
  };
  // A label over years only ("Utgifter i miljarder kronor" / "2008" / "2009" …) heads the next table.
  const yearsAt = (j: number): boolean => units.slice(j, j + k - 1).every((x) => YEAR.test(x.text.trim()));
  while (i < units.length) {
    const u = units[i]!;
    const next = units[i + 1];
    // A row of figures without a label after a full row, a label after it: a company statement's
    // unlabelled subtotal ("Övriga rörelseintäkter" / "15 563" / "21 495" / "474 342" / "508 408").
    // It must be the sum of the rows above it, since a heading or the last such row, in every column.
    const prev = recs[recs.length - 1];
    if (k >= 3 && prev !== undefined && prev.labels > 0 && prev.values === k - 1 && isValueUnit(units[i - 1]!) && valuesAt(i) && (units[i + k - 1] === undefined || isLabel(units[i + k - 1]!.text)) && sumsRowsAbove(units.slice(i, i + k - 1).map((u) => u.text), rowsAbove(units, recs, k))) {
      recs.push({ at: i, labels: 0, values: k - 1 });
      full++;
      i += k - 1;
      continue;
    }
    // A budget code on a line of its own before the row's label ("01." / "Omkostnader"): the label is both (code-above-label.ts).
    const coded = u.lines.length === 1 && (isCodeAboveLabel(u.text) || u.code === true) && next !== undefined && next.lines.length === 1 && isLabel(next.text) && !isCodeAboveLabel(next.text) && valuesAt(i + 2);
    // Between blank lines a row label may wrap ("Myndigheter m.fl. in- och" / "utlåning i RGK"); the first row's too, under a header.
    // So may a first row that left trailing cells out, under a header that fixes the columns (a heading over its label, "DEN LÖPANDE VERKSAMHETEN" / "Årets resultat").
    // A bare budget code over its name wrapped over units goes on to the named-code reading below.
    const codeOverName = u.code === true && wrappedNameAfterCode(units, i, valuesAt) > 0;
    if (!coded && !codeOverName && ((u.lines.length > 1 && !(paragraphs && (full > 0 || (start > 0 && u.lines.length === 2 && (valuesAt(i + 1) || shortAt(i) > 0))))) || !isLabel(u.text))) break;
    // One figure that could be a year but is grouped like an amount ("2 000" under "Totalt") heads nothing unless
    // more figures follow it; a year written as one ("2025" under "Belopp i miljoner kronor") heads its column.
    if (valuesAt(i + 1) && yearsAt(i + 1) && (k > 2 || !/\s/.test(units[i + 1]!.text.trim()) || (units[i + k] !== undefined && looksValue(units[i + k]!.text)))) break;
    // A heading over rows labelled by years ("Hela riket" / "2019" / "4 069" / "968" / "4 290" / "2018" …):
    // read as a record, its values would start with the year and a value would be left where a label goes.
    const after = units[i + k];
    if (full > 0 && valuesAt(i + 1) && YEAR.test(units[i + 1]!.text.trim()) && after !== undefined && !isLabel(after.text)) break;
    // A size class wrapped at its dash ("100,1-" / "200,0") is a column title, not a label and its figure.
    if (k === 2 && next !== undefined && isWrappedRangeTitle(u.text, next.text)) break;
    if (valuesAt(i + 1)) {
      recs.push({ at: i, labels: 1, values: k - 1 });
      if (someValue(units, i + 1, k - 1)) full++;
      i += k;
      continue;
    }
    if (next && next.lines.length === 1 && isLabel(next.text) && (coded || (full > 0 && goesOn(next.text))) && valuesAt(i + 2)) {
      recs.push({ at: i, labels: 2, values: k - 1 });
      full++;
      i += k + 1;
      continue;
    }
    // A code over its name wrapped over units that go on ("1:1" / "Polismyndigheten" / "med underliggande" /
    // "verksamhet", or "Ekobrottsmyndig-" / "heten"), then the row's figures: one label (code-wrapped-label.ts).
    const named = wrappedNameAfterCode(units, i, valuesAt);
    if (named > 0) {
      recs.push({ at: i, labels: named, values: k - 1 });
      full++;
      i += named + k - 1;
      continue;
    }
    // Under a header that fixes the columns, a page may leave out a row's trailing empty cells.
    const n = shortAt(i);
    if (n > 0) {
      recs.push({ at: i, labels: 1, values: n });
      i += 1 + n;
      continue;
    }
    // Rows whose every cell the page dropped, each its label alone, before the next full row (label-only-rows.ts).
    const single = (j: number): boolean => units[j]?.lines.length === 1 && isLabel(units[j]!.text);
    const empties = full >= MIN_FULL_BEFORE_EMPTY_ROWS && k >= MIN_COLUMNS_FOR_EMPTY_ROWS ? labelOnlyRun(i, (j) => single(j) && rowLabelText(units[j]!.text), (j) => single(j) && valuesAt(j + 1)) : 0;
    if (empties > 1) {
      for (let e = 0; e < empties; e++) recs.push({ at: i + e, labels: 1, values: 0 });
      i += empties;
      continue;
    }
    // A heading: a label directly followed by a record's label.
    const last = recs[recs.length - 1];
    // Before the first row only a heading that says so ("Socialnämnd:") may stand: a header cell is no heading.
    // Under a header, a heading in capitals ("ÖSTRA SVEALAND") opens the rows too; one in ordinary case ("Intäkter")
    // cannot be told from a further column title ("Antal projekt") here.
    // So does any heading right under a header that ends in a year: a further title after the years would head a column the rows do not fill.
    // Or after the stub's unit title or the note column's pasted last (stubTitlesAfter): neither heads a column of figures.
    const underYears = start > 0 && (YEAR.test(units[start - 1]!.text.trim()) || stubAfter);
    // So does a heading naming a kind of area ("Län", "Produktionsområde") under a header whose first title names the rows
    // ("Område"): the label column has its title, and a column titled by a kind of area would be that column.
    const areaKind = start > 0 && AREA_KIND_HEADING.test(u.text.trim()) && ROWS_TITLE.test(units[0]!.text.trim().split(/\s/)[0]!);
    // A note column's title ("Not") heads no rows.
    if ((full > 0 || (start > 0 && (u.text.trim().endsWith(':') || isCapitalHeading(u.text) || underYears || areaKind))) && !isNoteTitle(u.text) && next && isLabel(next.text) && (valuesAt(i + 2) || (full > 0 && shortAt(i + 1) > 0)) && !(last && last.values === 0 && last.at + last.labels === i)) {
      recs.push({ at: i, labels: 1, values: 0 });
      i += 1;
      continue;
    }
    // A statement's headings nest ("TILLGÅNGAR" / "Anläggningstillgångar" / "Immateriella anläggningstillgångar"):
    // under a header of periods (or its stub titles pasted last), up to MAX_HEADINGS headings in a row open a record.
    const chain = stubAfter ? headingChain(i) : 0;
    if (chain > 1) {
      for (let h = 0; h < chain; h++) recs.push({ at: i + h, labels: 1, values: 0 });
      i += chain;
      continue;
    }
    break;
  }
  while (recs.length > 0 && recs[recs.length - 1]!.values === 0) recs.pop();
  return { recs, full };
}

const YEAR = /^(?:19|20)\d{2}$|^2 0\d{2}$/;
/** In capitals, and more than an acronym ("SFS" in a page's running head is furniture): four letters or more. */
const isCapitalHeading = (text: string): boolean => !/[a-zåäöéü]/.test(text) && /[A-ZÅÄÖ]{4}/.test(text);
/** A column title naming a money unit: "i miljoner kr", "Belopp (tkr)", "tusental kronor". */
const MONEY_TITLE = /\b(?:miljoner|miljarder|tusen|tusental)\s(?:kr|kronor)\b|(?:^|[\s(])(?:tkr|mnkr|mkr|mdkr|kr|kronor)\)?$|\((?:tkr|mnkr|mkr|mdkr|kr|kronor)\)/i;
/** A column title may be longer than a row label ("Rekommenderad finansiering i miljoner kr 2010–2014 (inkl. …)"). */
const MAX_HEADER_CELL = 120;
const isHeaderCell = (text: string): boolean => isLabel(text) || YEAR.test(text.trim()) || (text.trim().length <= MAX_HEADER_CELL && isLabel(text.trim().slice(0, MAX_LABEL)) && !/[.!?]$/.test(text.trim()));
/** A line naming every column, its cells copied without separators: only as the whole header. */
const MAX_HEADER_LINE = 200;
const isHeaderLine = (text: string): boolean => text.trim().length <= MAX_HEADER_LINE && !looksValue(text) && !text.includes('\t') && GLUED.test(text);
const UNIT_WORD = /^\(?(?:mnkr|mkr|mdkr|tkr|kr|msek|ksek)\)?$/i;
/** Cells copied without a separator: a capital letter right after a small letter, a digit or ")" begins the next. */
const GLUED = /(?<=[a-zåäö)%\d])(?=[A-ZÅÄÖ])/;

/**
 * The header cells over k columns from the units above the first record. One unit per
 * column; or wrapped titles put back together (a unit opening in lower case, or a year under
 * a word, goes on from the one above: "Budget" / "2024", "Utfall" / "nov"); or one line of
 * cells copied without separators. The label column's header may be missing when every
 * title names a year. Null when the units do not make k columns.
 */
/**
 * The label column's own title ("Län", "Region") pasted after the value titles: on the page it
 * stood in a second header row, under the first row's titles of the value columns.
 */
const LABEL_TITLE = /^(?:län|region|regioner|kommun|kommuner|landsting|område|områden)$/i;

function headerTitles(head: Unit[], k: number): { texts: string[]; from: number[] } | null {
  const trailing = stubTitlesAfter(head.map((u) => u.text), k);
  if (trailing) return trailing;
  if (head.length === k && LABEL_TITLE.test(head[k - 1]!.text.trim()) && !LABEL_TITLE.test(head[0]!.text.trim())) {
    return { texts: [head[k - 1]!.text, ...head.slice(0, k - 1).map((u) => u.text)], from: [k - 1, ...head.slice(0, k - 1).map((_, i) => i)] };
  }
  if (head.length === k) return { texts: head.map((u) => u.text), from: head.map((_, i) => i) };
  const yearsEach = (ts: string[]): boolean => ts.length > 0 && ts.every((t) => /(?:19|20)\d{2}\b|^2 0\d{2}$/.test(t));
  if (head.length === k - 1 && head.every((u) => YEAR.test(u.text.trim()))) return { texts: ['', ...head.map((u) => u.text)], from: [-1, ...head.map((_, i) => i)] };
  const texts: string[] = [];
  const from: number[] = [];
  head.forEach((u, i) => {
    const t = u.text.trim();
    const prev = texts[texts.length - 1];
    // A year goes on a title without one ("Budget" / "2024"), never on the stub's unit ("Belopp i mnkr" / "2016"): that heads the labels.
    // Nor on a title a run of bare years follows ("Verksamhet" / "2022" / "2023"): those years head a column each.
    const yearRun = YEAR.test(t) && head[i + 1] !== undefined && YEAR.test(head[i + 1]!.text.trim());
    if (prev !== undefined && (goesOn(t) || t.startsWith('(') || (YEAR.test(t) && !YEAR.test(prev.split(' ').pop() ?? '') && !STUB_UNIT.test(prev) && !yearRun))) texts[texts.length - 1] = `${prev} ${t}`;
    else {
      texts.push(t);
      from.push(i);
    }
  });
  if (head.length === 1) {
    const cells = texts[0]!.split(GLUED).map((c) => c.trim()).filter((c) => c !== '');
    // A unit word first ("mnkr Intäkter 2019…") names the label column.
    const first = cells[0]?.split(' ') ?? [];
    if (cells.length === k - 1 && first.length > 1 && UNIT_WORD.test(first[0]!)) cells.splice(0, 1, first[0]!, first.slice(1).join(' '));
    if (cells.length === k) return { texts: cells, from: cells.map(() => 0) };
    // Titles set apart by single spaces, split where their words give one a column (word-titles.ts).
    const words = cells.length === 1 ? wordTitles(cells[0]!, k) : null;
    return words ? { texts: words, from: words.map(() => 0) } : null;
  }
  if (texts.length === k) return { texts, from };
  if (texts.length === k - 1 && yearsEach(texts)) return { texts: ['', ...texts], from: [-1, ...from] };
  return null;
}

/** The index of the first unit before `p` that opens a paragraph after the first (a blank line above it), or null. */
function paragraphStart(units: readonly Unit[], p: number): number | null {
  for (let n = 1; n < p; n++) if (units[n]!.lines[0]!.line > units[n - 1]!.lines[units[n - 1]!.lines.length - 1]!.line + 1) return n;
  return null;
}

function cellOf(file: string, unit: Unit, header: boolean): GridCell {
  const cells = unit.lines.map((src) => toGridCell(file, src, 0, withoutBorder(src.raw).length));
  const cell = cells[0]!;
  if (cells.length > 1) cell.text = cells.map((c) => c.text.trim()).join(' ');
  if (unit.wrapped) cell.text = unit.text;
  cell.header = header;
  if (unit.glued) cell.readBy = 'glued';
  return cell;
}

/**
 * A row under a code column: code (or an empty cell), label, its values from the left. A row
 * with fewer values than columns left a cell out; which one the page does not say, so its
 * values are a guess.
 */
function codedRow(file: string, units: Unit[], r: Rec, k: number): GridRow {
  const labelAt = r.code ? r.at + 1 : r.at;
  const label = cellOf(file, units[labelAt]!, false);
  const code = r.code ? cellOf(file, units[r.at]!, false) : { ...label, text: '' };
  const cells: GridCell[] = [code, label];
  for (let c = 0; c < k - 2; c++) {
    if (c >= r.values) {
      cells.push({ ...label, text: '' });
      continue;
    }
    const cell = cellOf(file, units[labelAt + 1 + c]!, false);
    if (r.values < k - 2) {
      cell.uncertain = 'short row';
      cell.placedByGuess = true;
    }
    cells.push(cell);
  }
  return { cells, location: label.location };
}

/** Header units this many times the column count at most: a wrapped header, not a page of text. */
const MAX_HEADER_UNITS_PER_COLUMN = 3;
/** Units within which a table's first value stands: under the widest header, in the first rows. */
const VALUE_REACH = (MAX_HEADER_UNITS_PER_COLUMN + 2) * MAX_COLUMNS;

/** The first row opens with a code and its label ("01" / "Stockholms län"). */
const opensWithCode = (units: Unit[], p: number): boolean =>
  units[p] !== undefined && units[p + 1] !== undefined && units[p]!.lines.length === 1 && CODE_CELL.test(units[p]!.text.trim()) && isLabel(units[p + 1]!.text);

/** A numbered caption ("Tabell 10 …", "Figur 2"): never a header cell. */
export const NUMBERED_CAPTION = /^(?:tabell|tab\.|figur|diagram|bilaga)\s?\d/i;

/** A line of several words that is no value: what a caption looks like, never what a group title does. */
const captionLine = (unit: Unit): boolean => unit.lines.length === 1 && !looksValue(unit.text) && unit.text.trim().split(/\s+/).length >= 3;

const captionOverCodeTitle = (units: Unit[]): boolean =>
  units.length > 1 && CODE_TITLE.test(units[1]!.text.trim()) && !looksValue(units[0]!.text) && units[0]!.text.trim().split(/\s+/).length >= 3;

/**
 * The value columns of a short row's figures where the sums say so (empty-column.ts): one figure
 * short of the header in a table whose every row leaves `emptyAt` empty, or a row whose last
 * figure totals the others under a total column. Null where the row's figures go from the left.
 */
function shortRowColumns(titles: readonly string[], texts: readonly string[], width: number, emptyAt: number | null): number[] | null {
  if (texts.length === 0 || texts.length >= width) return null;
  if (emptyAt !== null && texts.length === width - 1) return texts.map((_, i) => (i < emptyAt ? i : i + 1));
  return columnsWithTotalLast(titles, texts);
}

function detectIn(file: string, units: Unit[], ends: number[], paragraphs: boolean, textEnd = Infinity): { grid: Grid; end: number } | null {
  // Every reading below needs a value in its first rows, under a header of at most
  // MAX_HEADER_UNITS_PER_COLUMN units a column: without one that near, nothing is tried (this
  // runs at every line of a text, and trying every header and width cost a millisecond a line).
  // A caption right above a code column's title ("Bidrag per län (tkr)" / "Länskod"): the table begins at the title.
  if (captionOverCodeTitle(units)) return null;
  // A numbered caption ("Tabell 10 Fördelning av medel") is no header cell: the table begins on the next line.
  if (units.length > 0 && NUMBERED_CAPTION.test(units[0]!.text.trim())) return null;
  // Budget codes of bare digits between the rows begin the next row's label (bare-budget-codes.ts).
  for (const i of bareBudgetCodes(units.map((u) => u.text), (i) => units[i]!.lines.length === 1 && !units[i]!.empty && looksValue(units[i]!.text), (i) => isLabel(units[i]!.text))) units[i]!.code = true;
  const reach = Math.min(units.length, VALUE_REACH);
  let valueNear = false;
  for (let j = 0; j < reach && !valueNear; j++) valueNear = looksValue(units[j]!.text);
  if (!valueNear) return null;
  for (let k = 2; k <= MAX_COLUMNS; k++) {
    for (let p = 0; p <= Math.min(units.length - 1, MAX_HEADER_UNITS_PER_COLUMN * k); p++) {
      if (p > 0 && !units[p - 1]!.empty && !isHeaderCell(units[p - 1]!.text) && !(p === 1 && isHeaderLine(units[0]!.text))) break;
      // Without blank lines, a wrapped header cannot be told from two cells: only paragraphs may wrap.
      if (p > 0 && !paragraphs && units[p - 1]!.lines.length > 1) break;
      // Group titles over repeated sub-titles, pasted one a line (grouped-cell-titles.ts).
      // Or the note column's title before the groups, and a word over the first year (noted-group-titles.ts).
      const grouped: GroupedTitles | null = p > k ? (groupedCellTitles(units.slice(0, p).map((u) => u.text), k, paragraphStart(units, p)) ?? notedGroupTitles(units.slice(0, p).map((u) => u.text), k)) : null;
      // A caption right above such a header, no blank line between ("Stöd per län, mnkr" / "Län" / "2022" / …):
      // the titles from the next line are the header, so the table begins there and the caption stays a caption.
      if (!grouped && p > k + 1 && captionLine(units[0]!) && groupedCellTitles(units.slice(1, p).map((u) => u.text), k)) return null;
      const titled = p > 0 ? (grouped ? { texts: grouped.sub, from: grouped.from } : headerTitles(units.slice(0, p), k)) : null;
      // A code column the header gives no title ("Län" / "Antal" over "01" / "Stockholms län" / "1 234"): its title cell is empty.
      const untitled = p > 0 && !titled && k >= 3 && opensWithCode(units, p) ? headerTitles(units.slice(0, p), k - 1) : null;
      // A line of titles one short, over rows that each end in their row number (row-numbers.ts): that column has no title.
      const texts = units.map((u) => (u.lines.length === 1 ? u.text : undefined));
      const trailTitles = p > 0 && k >= 3 ? wordTitles(units[p - 1]!.text, k - 1) : null;
      const trailing = trailTitles !== null && rowNumbersTrail(texts, p, k, isLabel);
      const head = titled ?? (untitled ? { texts: ['', ...untitled.texts], from: [-1, ...untitled.from] } : trailing && p === 1 ? { texts: [...trailTitles!, ''], from: [...trailTitles!.map(() => 0), -1] } : null);
      // The header's last line names every column by itself (word-titles.ts): the lines above it are text, not titles.
      if (p > 1 && (wordTitles(units[p - 1]!.text, k) !== null || trailing)) continue;
      if (p > 0 && !head) continue;
      // Row numbers counting up before each label (row-numbers.ts) open the records as codes do, titled or not.
      // Over labels that hold their code ("Anslag" over "2:1 Kulturrådet"), the code column's title is the labels' (code-wrapped-label.ts).
      const codeTitled = head !== null && k >= 3 && CODE_TITLE.test(head.texts[0]!.trim()) && !(units[p] !== undefined && labelOpensWithCode(units[p]!.text));
      const numbered = !codeTitled && untitled === null && rowNumbersLead(texts, p, k, isLabel);
      const coded = (head !== null && k >= 3 && (codeTitled || untitled !== null)) || numbered;
      let { recs, full } = coded ? recordsWithCode(units, p, k, untitled === null && !numbered, numbered) : recordsFrom(units, p, k, paragraphs);
      /** The value column every row leaves empty, placed by the sums (no row fills every column), else null. */
      let emptyAt: number | null = null;
      if (head && !coded) {
        // Rows that left their trailing empty cells out: the header fixes the columns, a full row
        // shows the header's count is right, and the run must not stop at a value (a wider table).
        const r = recordsFrom(units, p, k, paragraphs, true);
        const last = r.recs[r.recs.length - 1];
        const after = last ? units[last.at + last.labels + last.values] : undefined;
        if (r.recs.length > recs.length && r.full >= 1 && r.recs.length >= MIN_RECORDS && !(after && looksValue(after.text))) ({ recs, full } = { recs: r.recs, full: Math.max(full, MIN_RECORDS) });
        // No full row at all under the stub's unit and the titles: a column no row fills, where the sums put it (empty-column.ts).
        else if (r.full === 0 && full === 0 && STUB_UNIT.test(head.texts[0]!.trim()) && !(after && looksValue(after.text))) {
          const gapRows = r.recs.filter((rec) => rec.values === k - 2).map((rec) => units.slice(rec.at + rec.labels, rec.at + rec.labels + rec.values).map((u) => u.text));
          const gap = gapRows.length >= MIN_RECORDS ? emptyColumnBySums(head.texts.slice(1), gapRows) : null;
          if (gap !== null) ({ recs, full, emptyAt } = { recs: r.recs, full: MIN_RECORDS, emptyAt: gap });
        }
      }
      // Rows that end in cells of words under the header's last titles (text-cell-columns.ts): read as those columns' cells.
      let textCols = 0;
      if (head && !coded && emptyAt === null && head.texts.length === k) {
        const text = trailingTextColumns(units.slice(p + 1, p + k).map((u) => (u.lines.length === 1 ? u.text : null)));
        const r = text > 0 ? recordsFrom(units, p, k, paragraphs, false, text) : null;
        if (r && r.full >= MIN_RECORDS - 1 && r.recs.length > recs.length) ({ recs, full, textCols } = { recs: r.recs, full: r.full, textCols: text });
      }
      const unitHead = head !== null && k === 2 && isUnitHeader(head.texts[1]!);
      // The copy ends inside the row after the last full one (the store cut it there): that row is the
      // table's, its missing cells empty, and counts as the full row it was.
      const cut = !coded && emptyAt === null ? cutRowAtEnd(units, ends, recs, k, textEnd) : null;
      if (cut) {
        recs = [...recs, cut];
        full++;
      }
      if (full < (unitHead ? MIN_UNIT_RECORDS : MIN_RECORDS - 1)) continue;
      // Three records are a table only under a header of years (or two, under a header naming the unit).
      // Or under three titles or more of which one names a money unit ("… i miljoner kr …").
      const moneyTitles = head !== null && k >= 3 && head.texts.slice(1).some((t) => MONEY_TITLE.test(t));
      // Or under a header of WIDE_TITLES titles or more: three rows of that many figures each are no run of text lines.
      const wide = head !== null && k - 1 >= WIDE_TITLES;
      // Or under titles, two rows and their total last ("Kvinnor" / "Män" / "Totalt"): a sum closing the rows is no run of text lines.
      const lastRec = recs[recs.length - 1];
      const totalled = head !== null && k - 1 >= 2 && lastRec !== undefined && lastRec.labels === 1 && lastRec.values === k - 1 && isTotalLabel(units[lastRec.at]!.text);
      if (full < MIN_RECORDS && !unitHead && !moneyTitles && !wide && !totalled && !(head && head.texts.filter((t) => /(?:19|20)\d{2}$|^2 0\d{2}$/.test(t)).length >= 2)) continue;
      const rows: GridRow[] = [];
      if (head) {
        const cells = head.texts.map((text, c) => {
          const anchor = units[Math.max(0, head.from[c]!)]!;
          const cell = cellOf(file, anchor, true);
          cell.text = text;
          return cell;
        });
        if (grouped) {
          const tops = grouped.top.map((text, c) => ({ ...cells[c]!, text }));
          rows.push({ cells: tops, location: cells[0]!.location });
        }
        rows.push({ cells, location: cells[0]!.location });
      }
      // Bare budget codes before the labels stand in a code column of their own, untitled (bare-budget-codes.ts).
      const bareCodes = !coded && recs.some((r) => r.labels > 1 && units[r.at]!.code === true);
      if (bareCodes) for (const row of rows) row.cells.unshift({ ...row.cells[0]!, text: '', colspan: 1 });
      for (const r of recs) {
        if (coded) {
          rows.push(codedRow(file, units, r, k));
          continue;
        }
        const code = bareCodes && r.labels > 1 && units[r.at]!.code === true;
        const at = code ? r.at + 1 : r.at;
        const labels = code ? r.labels - 1 : r.labels;
        const label = cellOf(file, units[at]!, false);
        if (labels === 0) label.text = '';
        if (labels === 2) label.text = `${label.text.trim()} ${units[at + 1]!.text.trim()}`;
        if (labels > 2) label.text = joinWrappedCell(units.slice(at, at + labels).map((u) => u.text.trim()));
        const cells: GridCell[] = bareCodes ? [code ? cellOf(file, units[r.at]!, false) : { ...label, text: '' }, label] : [label];
        // A row without a code under a code column after the labels ("Totalt" / "10 400" under "Region" / "Regionkod" / "Medel") left out its code.
        // A row of every figure and no text cell under text columns (a total) is read in full: only words stand in those columns.
        const figuresOnly = textCols > 0 && r.values === k - 1 - textCols;
        const codeLeft = !figuresOnly && head !== null && k >= 3 && r.values === k - 2 && CODE_TITLE.test(head.texts[1]!.trim());
        const gap = codeLeft ? 1 : head && !figuresOnly && r.values > 0 && r.values < k - 1 ? noteGap(head.texts, units.slice(r.at + r.labels, r.at + r.labels + r.values).map((u) => u.text)) : 0;
        const placed = head && !codeLeft && !figuresOnly && gap === 0 ? shortRowColumns(head.texts.slice(1), units.slice(r.at + r.labels, r.at + r.labels + r.values).map((u) => u.text), k - 1, emptyAt) : null;
        if (placed) {
          for (let c = 0; c < k - 1; c++) {
            const n = placed.indexOf(c);
            if (n < 0) cells.push({ ...cellOf(file, units[r.at]!, false), text: '' });
            // Placed by the sums, still a reading: a row one figure short of an empty column is known to the
            // short-row sums (short-row-sums.ts) as a row of figures, a shorter one as a short row.
            else cells.push({ ...cellOf(file, units[r.at + r.labels + n]!, false), uncertain: emptyAt !== null && r.values === k - 2 ? EMPTY_COLUMN_DOUBT : 'short row', placedByGuess: true });
          }
          rows.push({ cells, location: label.location });
          continue;
        }
        for (let c = 0; c < k - 1; c++) {
          if (c < gap || c - gap >= r.values) cells.push({ ...cellOf(file, units[r.at]!, false), text: '' });
          else {
            const cell = cellOf(file, units[r.at + r.labels + c - gap]!, false);
            // Which cells a short row left out the page does not say: its values are put from the left, as a guess.
            if (r.values < k - 1 && !codeLeft && !figuresOnly) {
              cell.uncertain = 'short row';
              cell.placedByGuess = true;
            }
            cells.push(cell);
          }
        }
        rows.push({ cells, location: label.location });
      }
      const last = recs[recs.length - 1]!;
      // A coded record's code stands before its label: its last value is one unit further on.
      const lastUnit = last.at + (last.code ? 1 : 0) + last.labels + last.values - 1;
      return { grid: { kind: 'grid', source: 'cell-per-line', caption: null, rows, headerRows: grouped ? 2 : head ? 1 : 0 }, end: ends[lastUnit]! };
    }
  }
  return null;
}

/**
 * A header cell may also wrap across a blank line, its unit on a paragraph of its own
 * ("Medel i" / "" / "kronor"). Before the first value, a paragraph that is only a unit joins
 * the label paragraph above it. Data rows never hold a bare unit as a label.
 */
const UNIT_ONLY = /^\(?(?:i\s)?(?:kronor|kr|sek|tkr|mnkr|mdkr|(?:tusen|tusental|miljoner|miljarder)\s(?:kronor|kr)|procent|%)\)?$/i;

function joinUnitHeads(units: Unit[], ends: number[]): { units: Unit[]; ends: number[] } {
  const out: Unit[] = [];
  const outEnds: number[] = [];
  let inHeader = true;
  // A unit that stands more than once in the header is a sub-title under each group ("Mnkr", "Andel, %"), not a wrapped title's end.
  const firstValue = units.findIndex((u) => looksValue(u.text));
  const heads = units.slice(0, firstValue < 0 ? units.length : firstValue).map((u) => u.text.trim());
  const repeated = (t: string): boolean => heads.indexOf(t.trim()) !== heads.lastIndexOf(t.trim());
  units.forEach((u, i) => {
    if (looksValue(u.text)) inHeader = false;
    const prev = out[out.length - 1];
    if (inHeader && prev && UNIT_ONLY.test(u.text) && !repeated(u.text) && !UNIT_ONLY.test(prev.text) && isLabel(prev.text) && prev.lines.length + u.lines.length <= MAX_HEADER_LINES) {
      out[out.length - 1] = { lines: [...prev.lines, ...u.lines], text: `${prev.text} ${u.text}` };
      outEnds[outEnds.length - 1] = ends[i]!;
      return;
    }
    out.push(u);
    outEnds.push(ends[i]!);
  });
  return { units: out, ends: outEnds };
}

/**
 * Rows set apart by blank lines, a cell a line within each ("01" / "Stockholms län" / "12 400",
 * blank, "03" / …): the lines read as one run of cells, and the reading holds only when every
 * row it finds begins a paragraph.
 */
function rowParagraphUnits(lines: SourceLine[], start: number, limit = Infinity): { units: Unit[]; ends: number[]; starts: Set<number> } {
  const units: Unit[] = [];
  const ends: number[] = [];
  const starts = new Set<number>();
  let i = start;
  while (i < lines.length && units.length < limit) {
    if (isBlank(lines, i)) {
      // One blank line between rows; two end the table.
      if (i + 1 >= lines.length || isBlank(lines, i + 1)) break;
      i++;
      continue;
    }
    const from = i;
    while (i < lines.length && !isBlank(lines, i) && i - from <= MAX_COLUMNS) i++;
    const para = lines.slice(from, i);
    if (para.length > MAX_COLUMNS || para.some((l) => l.raw.trim().length > MAX_HEADER_LINE)) break;
    starts.add(para[0]!.line);
    para.forEach((l, n) => {
      units.push(isEmptyCellLine(lines, from + n) ? emptyUnit(l) : { lines: [l], text: withoutBorder(l.raw).trim() });
      ends.push(i);
    });
  }
  return { units, ends, starts };
}

function detectRowParagraphs(file: string, lines: SourceLine[], start: number): { grid: Grid; end: number } | null {
  // Only where a row is a paragraph of several lines, and a value is near (asked at every line).
  if (start + 1 >= lines.length || isBlank(lines, start + 1)) return null;
  if (!rowParagraphUnits(lines, start, VALUE_REACH).units.some((u) => looksValue(u.text))) return null;
  const { units, ends, starts } = rowParagraphUnits(lines, start);
  if (starts.size < MIN_RECORDS) return null;
  const found = detectIn(file, units, ends, false);
  if (!found) return null;
  const body = found.grid.rows.slice(found.grid.headerRows ?? 0);
  // A row may open with an empty cell (its code left out) on a line of its own.
  const opens = (row: GridRow): boolean => starts.has(row.cells[0]?.location.line ?? -1) || starts.has(row.cells.find((c) => c.text.trim() !== '')?.location.line ?? -1);
  return body.length > 0 && body.every(opens) ? found : null;
}

export function detectCellPerLineGrid(file: string, lines: SourceLine[], start: number): { grid: Grid; end: number } | null {
  const found = cellPerLineGrid(file, lines, start);
  // Lines that each hold a row's figures set apart by single spaces are no cells of this layout (several-figures.ts).
  if (!found || readsRowLinesAsCells(found.grid.rows)) return null;
  // A row's figure left on its label's line by a converter (label-trailing-figure.ts).
  splitTrailingFigures(found.grid);
  return found;
}

/**
 * The record the text ends inside: after the last full record, a label and fewer values than the
 * row has cells, running to the text's last line (a stored copy cut off inside a row), else null.
 */
function cutRowAtEnd(units: readonly Unit[], ends: readonly number[], recs: readonly Rec[], k: number, textEnd: number): Rec | null {
  const last = recs[recs.length - 1];
  if (last === undefined || last.labels !== 1 || last.values !== k - 1) return null;
  const at = last.at + last.labels + last.values;
  const tail = units.slice(at);
  if (tail.length < 2 || tail.length >= k || ends[units.length - 1]! < textEnd) return null;
  if (tail.some((u) => u.lines.length !== 1) || !isLabel(tail[0]!.text) || !tail.slice(1).every(isValueUnit)) return null;
  return { at, labels: 1, values: tail.length - 1 };
}

/** The index after the text's last line that is not blank. */
function lastTextLine(lines: readonly SourceLine[]): number {
  let n = lines.length;
  while (n > 0 && lines[n - 1]!.raw.trim() === '') n--;
  return n;
}

function cellPerLineGrid(file: string, lines: SourceLine[], start: number): { grid: Grid; end: number } | null {
  const plain = lineUnits(lines, start);
  const found = detectIn(file, plain.units, plain.ends, false);
  // A total row set apart by a blank line is the table's last row (detached-total.ts).
  if (found) return takeDetachedTotal(file, lines, found);
  const rowParagraphs = detectRowParagraphs(file, lines, start);
  // Rows as paragraphs: a total row whose code cell is empty stands after one blank line more (detached-total.ts).
  if (rowParagraphs) return takeDetachedTotal(file, lines, rowParagraphs);
  // Cells separated by blank lines: the cell at start is a paragraph of at most a few lines.
  // The first units first: without a value among them no reading is tried (see detectIn).
  const near = paragraphUnits(lines, start, VALUE_REACH);
  if (!near.units.some((u) => looksValue(u.text))) return rowParagraphGrid(file, lines, start);
  const para = paragraphUnits(lines, start);
  if (para.units.length < MIN_UNIT_RECORDS * 2 + 2) return rowParagraphGrid(file, lines, start);
  const joined = joinUnitHeads(para.units, para.ends);
  const textEnd = lastTextLine(lines);
  const found2 = (joined.units.length < para.units.length ? detectIn(file, joined.units, joined.ends, true, textEnd) : null) ?? detectIn(file, para.units, para.ends, true, textEnd);
  if (found2) return found2;
  // A header line set directly above the first row's label, with no blank line between them.
  const first = para.units[0]!;
  if (first.lines.length !== 2) return rowParagraphGrid(file, lines, start);
  const split: Unit[] = first.lines.map((l) => ({ lines: [l], text: withoutBorder(l.raw).trim() }));
  return detectIn(file, [...split, ...para.units.slice(1)], [lines.indexOf(first.lines[0]!) + 1, ...para.ends], true) ?? rowParagraphGrid(file, lines, start);
}

/**
 * Rows pasted as paragraphs: one cell a line, a blank line after each row only.
 *
 *   Region            Uppsala län        Gotlands län
 *   Belopp i          1 250              310
 *   tkr
 *                                        …
 *
 * Every row after the first is a label and as many cells as the other rows, at least one of
 * them a value; the first paragraph is the header (its titles may wrap). Read without the
 * blank lines, the cells are a table of one cell a line (detectIn). Asked only where a
 * paragraph of one cell a line gave no table; the paragraph after the first decides at once.
 */
const MIN_ROW_PARAGRAPHS = 3;

function rowParagraph(lines: SourceLine[], i: number): SourceLine[] {
  const para: SourceLine[] = [];
  while (i < lines.length && lines[i]!.raw.trim() !== '' && para.length <= MAX_COLUMNS * MAX_HEADER_LINES) para.push(lines[i++]!);
  return para;
}

const isRowParagraph = (para: SourceLine[]): boolean =>
  para.length >= 2 && para.length <= MAX_COLUMNS && isLabel(para[0]!.raw) && para.slice(1).every((l) => l.raw.trim().length <= MAX_LABEL) && para.slice(1).some((l) => looksValue(l.raw.trim()));

const afterBlank = (lines: SourceLine[], i: number): number => {
  while (i < lines.length && lines[i]!.raw.trim() === '') i++;
  return i;
};

function rowParagraphGrid(file: string, lines: SourceLine[], start: number): { grid: Grid; end: number } | null {
  // The header opens a paragraph; inside one (running text) nothing is tried.
  if (start > 0 && lines[start - 1]!.raw.trim() !== '') return null;
  const head = rowParagraph(lines, start);
  if (head.length < 2 || head.length > MAX_COLUMNS * MAX_HEADER_LINES) return null;
  let i = afterBlank(lines, start + head.length);
  if (!isRowParagraph(rowParagraph(lines, i)) || !head.every((l) => isHeaderCell(l.raw))) return null;
  const units: Unit[] = [];
  const ends: number[] = [];
  const add = (para: SourceLine[], from: number): void => {
    para.forEach((l, n) => {
      units.push({ lines: [l], text: withoutBorder(l.raw).trim() });
      ends.push(from + n + 1);
    });
  };
  add(head, start);
  const paras: SourceLine[][] = [];
  const at = new Map<SourceLine, number>();
  for (let para = rowParagraph(lines, i); isRowParagraph(para); para = rowParagraph(lines, i)) {
    paras.push(para);
    para.forEach((l, n) => at.set(l, i + n));
    i = afterBlank(lines, i + para.length);
  }
  let width = 0;
  const rows: SourceLine[][] = [];
  for (const para of splitParagraphHeadings(paras, isLabel)) {
    // A row may leave its trailing empty cells out; the widest row so far sets the width.
    if (width > 0 && para.length > width && rows.length > 1) break;
    width = Math.max(width, para.length);
    rows.push(para);
    add(para, at.get(para[0]!)!);
  }
  // The header names every column, or every value column under an empty first title.
  if (rows.length < MIN_ROW_PARAGRAPHS || head.length < width - 1) return null;
  // Titles that wrap: which lines make one title the rows do not say; the reader of one cell a line decides.
  if (head.length > width) return detectIn(file, units, ends, false);
  return rowParagraphTable(file, head, rows, width, ends[ends.length - 1]!);
}

/** A line's cells read by digit groups (sums over them warn); null when it reads no one way. */
function packedCells(file: string, l: SourceLine, want: number): GridCell[] | null {
  const raw = withoutBorder(l.raw);
  const spans = packedCellSpans(raw, want);
  return spans ? spans.map(([a, b]) => ({ ...toGridCell(file, l, a, b), readBy: 'spaced' as const })) : null;
}

/** The grid of a header paragraph of one title a line and rows of one cell a line, as printed. */
function rowParagraphTable(file: string, head: SourceLine[], rows: SourceLine[][], width: number, end: number): { grid: Grid; end: number } {
  const unit = (l: SourceLine): Unit => ({ lines: [l], text: withoutBorder(l.raw).trim() });
  const titles = head.map((l) => cellOf(file, unit(l), true));
  if (titles.length < width) titles.unshift({ ...titles[0]!, text: '' });
  const out: GridRow[] = [{ cells: titles, location: titles[0]!.location }];
  for (const para of rows) {
    // A short row's one line of several figures holds the cells it lacks (packed-cell-line.ts).
    const packed = para.length < width ? para.slice(1).filter((l) => holdsSeveralValues(withoutBorder(l.raw))) : [];
    const cells = para.flatMap((l) => (packed.length === 1 && l === packed[0] ? packedCells(file, l, width - para.length + 1) : null) ?? [cellOf(file, unit(l), false)]);
    // Which cells a short row left out the page does not say: its values are put from the left, as a guess.
    if (cells.length < width) {
      for (const c of cells.slice(1)) {
        c.uncertain = 'short row';
        c.placedByGuess = true;
      }
    }
    while (cells.length < width) cells.push({ ...cellOf(file, unit(para[0]!), false), text: '' });
    out.push({ cells, location: cells[0]!.location });
  }
  return { grid: { kind: 'grid', source: 'cell-per-line', caption: null, rows: out, headerRows: 1 }, end };
}
