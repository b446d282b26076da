import type { SourceLine } from './source-line.js';
import { toGridCell, toTextLine } from './source-line.js';
import type { Grid, GridCell, GridRow } from './types.js';
import { t } from '../messages/index.js';
import { splitGluedRun } from './glued-run.js';
import { tailValues } from './glued-row-tails.js';
import { oncePerLine } from './once-per-line.js';
import { gluedTitleLine } from './glued-title-line.js';

/**
 * A table whose cells lost their separators, rows like "Inkomster35 805146 43019 896" under a
 * header of short lines ("1 000 €Förbrukning" / "2019" / "Budget" / "2020" …). The label is the
 * text up to the run of digits at the end of the line. In such a copy an empty cell keeps one
 * space, so a row with fewer values is placed by the spaces before and after them when they
 * account for every column ("Överskridningar 126 980    "); otherwise its values fill from the
 * left and are marked uncertain. A line without values is a heading; one that names a unit of
 * its own ("Förändring, %") begins a new table under the same header.
 * Every cell carries `readBy: "glued"`: its digits were told apart by digit groups, not by
 * printed columns, so a sum that disagrees over it warns, never errs.
 */

const MIN_ROWS = 3;
const MIN_GLUED = 2;
const MAX_HEADER_LINES = 16;
const MAX_HEADER_LINE = 60;
const MAX_LINE = 200;
const MAX_COLUMNS = 12;
/** A character of the run of digits, spaces, signs and decimal commas that ends a line. */
const RUN_CHAR = /[\d\s\u00a0\-−–,]/;

/** Where the trailing characters that `ok` accepts begin (scanned from the end: no pattern to backtrack). */
function tailStart(text: string, ok: (c: string) => boolean): number {
  let at = text.length;
  while (at > 0 && ok(text[at - 1]!)) at--;
  return at;
}
const isSpace = (c: string): boolean => c === ' ' || c === '\u00a0';
const YEAR = /^(?:19|20)\d{2}$/;

interface ValueLine {
  src: SourceLine;
  /** End of the label in raw. */
  labelEnd: number;
  /** Offsets into raw of each value; a value from a wrapped tail line carries that line (glued-row-tails.ts). */
  values: { from: number; to: number; src?: SourceLine }[];
  glued: boolean;
  /** Spaces between the label and the first value, and after the last value. */
  before: number;
  after: number;
}

/** A line as a label and glued values, or null when it has no values that read so. */
const valueLine = oncePerLine(readValueLine);

function readValueLine(src: SourceLine): ValueLine | null {
  const raw = src.raw;
  if (raw.length > MAX_LINE || raw.includes('\t')) return null;
  const body = raw.slice(0, tailStart(raw, isSpace));
  const after = raw.length - body.length;
  let at = tailStart(body, (c) => RUN_CHAR.test(c));
  // The run starts at a digit or a sign; spaces before it lie between label and values.
  while (at < body.length && /[\s\u00a0,]/.test(body[at]!)) at++;
  if (at >= body.length) return null;
  const label = body.slice(0, at);
  if ((label.match(/\p{L}/gu) ?? []).length < 2) return null;
  const run = body.slice(at);
  const split = splitGluedRun(run);
  if (!split) return null;
  const before = label.length - tailStart(label, isSpace);
  // A lone small whole number after a space ends a heading ("Avdelning 12", "Kapitel 3"), not a row.
  if (split.values.length === 1 && before > 0 && /^\d{1,2}$/.test(run)) return null;
  return { src, labelEnd: at - before, values: split.values.map((v) => ({ from: at + v.from, to: at + v.to })), glued: split.glued, before, after };
}

const isBlank = (src: SourceLine): boolean => src.raw.trim() === '';

/** Where a title is set against the text before it: "1 000 €Förbrukning", "kronorUtfall", "11euro". */
const HEAD_GLUE = /(?<=[^\p{L}\d\s(-]|\p{Ll})(?=\p{Lu})|(?<=\d)(?=\p{L})/u;

/** Header words, with hyphenated wraps ("Ekonomi-" / "plan") joined. */
function headerWords(texts: string[]): string[] {
  const out: string[] = [];
  for (const text of texts) {
    for (const w of text.split(HEAD_GLUE).join(' ').trim().split(/\s+/)) {
      if (w === '') continue;
      const prev = out[out.length - 1];
      if (prev && /\p{L}-$/u.test(prev) && /^\p{Ll}/u.test(w)) out[out.length - 1] = prev.slice(0, -1) + w;
      else out.push(w);
    }
  }
  return out;
}

/**
 * Column titles from the header: what the first line holds before a title set against it heads
 * the label column ("1 000 €" in "1 000 €Förbrukning"); then one title per year ("Budget 2020"),
 * or, without a year per column, the last words.
 */
export function gluedTitles(lines: SourceLine[], width: number): { label: string; columns: string[] } {
  if (lines.length === 0) return { label: '', columns: new Array<string>(width).fill('') };
  const firstLine = lines[0]!.raw.trim();
  const glue = HEAD_GLUE.exec(firstLine);
  const label = glue ? firstLine.slice(0, glue.index).trim() : '';
  const words = headerWords([glue ? firstLine.slice(glue.index) : firstLine, ...lines.slice(1).map((l) => l.raw)]);
  const isWord = (w: string): boolean => /^\p{L}/u.test(w);
  if (words.filter((w) => YEAR.test(w)).length === width) {
    const columns: string[] = [];
    let acc: string[] = [];
    for (const w of words) {
      acc.push(w);
      if (YEAR.test(w)) {
        columns.push(acc.join(' '));
        acc = [];
      }
    }
    return { label, columns };
  }
  if (words.length >= width && words.slice(-width).every(isWord)) {
    return { label: [label, ...words.slice(0, -width)].filter((x) => x !== '').join(' '), columns: words.slice(-width) };
  }
  return { label: [label, ...words].filter((x) => x !== '').join(' '), columns: new Array<string>(width).fill('') };
}

function emptyCell(file: string, src: SourceLine): GridCell {
  return { text: '', location: { file, line: src.line }, colspan: 1, rowspan: 1, header: false, bold: false };
}

/** A heading that names a unit of its own ("Förändring, %", "Per invånare, kronor"): the start of a new table. */
const UNIT_WORDS = /%|€|\b(?:procent|kronor|kr|tkr|mnkr|mdkr|euro|antal|andel)\b/i;
const namesUnit = (text: string): boolean => UNIT_WORDS.test(text);

export function detectGluedValues(file: string, lines: SourceLine[], start: number): { grids: Grid[]; end: number } | null {
  // Header: short lines without values, directly above the first row.
  let i = start;
  const head: SourceLine[] = [];
  // Or one line of titles run together, longer than a header line of this table's kind (glued-title-line.ts).
  let long = false;
  while (i < lines.length && !isBlank(lines[i]!) && valueLine(lines[i]!) === null) {
    if (head.length >= MAX_HEADER_LINES || long) return null;
    long = lines[i]!.raw.trim().length > MAX_HEADER_LINE;
    if (long && head.length > 0) return null;
    head.push(lines[i]!);
    i++;
  }
  const titleLine = head.length === 1 ? gluedTitleLine(head[0]!.raw) : null;
  if (long && !titleLine) return null;
  const first = lines[i] ? valueLine(lines[i]!) : null;
  if (!first?.glued) return null;
  // Body: rows, headings and blank lines until two blank lines or a line that is neither.
  let body: { src: SourceLine; row: ValueLine | null; k: number }[] = [];
  let blanks = 0;
  let end = i;
  for (let k = i; k < lines.length; k++) {
    const src = lines[k]!;
    if (isBlank(src)) {
      if (++blanks > 1) break;
      continue;
    }
    const row = valueLine(src);
    if (!row && src.raw.trim().length > MAX_HEADER_LINE) break;
    blanks = 0;
    body.push({ src, row, k });
    if (row) end = k + 1;
  }
  // Rows wrapped onto lines of values go back together before the columns are counted (glued-row-tails.ts).
  body = withTails(body, MAX_COLUMNS);
  const rows = body.filter((b) => b.row !== null).map((b) => b.row!);
  const glued = rows.filter((r) => r.glued);
  if (rows.length < MIN_ROWS || glued.length < MIN_GLUED) return null;
  // The column count: the largest count two glued rows have (rows with fewer values have empty cells).
  const width = glued.map((r) => r.values.length).sort((a, b) => b - a)[1]!;
  if (width < 2 || width > MAX_COLUMNS) return null;
  // A row with more values than that ends the table.
  const over = body.findIndex((b) => b.row !== null && b.row.values.length > width);
  const kept = (over >= 0 ? body.slice(0, over) : body).slice();
  while (kept.length > 0 && kept[kept.length - 1]!.row === null) kept.pop();
  if (kept.filter((b) => b.row).length < MIN_ROWS) return null;
  end = kept[kept.length - 1]!.k + 1;

  // A line of run-together titles heads the table when it has a title for every column (and maybe the labels');
  // a long one that does not is no header of this table.
  const fits = titleLine !== null && (titleLine.length === width || titleLine.length === width + 1);
  if (long && !fits) return null;
  const titles = fits ? { label: titleLine.length > width ? titleLine[0]! : '', columns: titleLine.slice(-width) } : gluedTitles(head, width);
  // A part under a unit heading has that heading over its columns, so that the columns take its unit.
  const headerRow = (over?: SourceLine): GridRow[] => {
    if (head.length === 0) return [];
    const anchor = head[0]!;
    const cells = [titles.label, ...titles.columns].map((text) => ({ ...emptyCell(file, anchor), text, header: true }));
    if (!over) return [{ cells, location: { file, line: anchor.line } }];
    const group = [{ ...emptyCell(file, over), header: true }, { ...toGridCell(file, over, 0, over.raw.trimEnd().length), header: true, colspan: width }];
    return [{ cells: group, location: { file, line: over.line } }, { cells, location: { file, line: anchor.line } }];
  };
  const grids: Grid[] = [];
  let current: Grid = { kind: 'grid', source: 'glued', caption: null, rows: headerRow(), headerRows: head.length > 0 ? 1 : 0 };
  let dataRows = 0;
  for (const b of kept) {
    if (b.row === null) {
      const text = b.src.raw.trim();
      if (dataRows > 0 && namesUnit(text)) {
        grids.push(current);
        current = { kind: 'grid', source: 'glued', caption: toTextLine(file, b.src), rows: headerRow(b.src), headerRows: head.length > 0 ? 2 : 0 };
        dataRows = 0;
        continue;
      }
      const cells = [toGridCell(file, b.src, 0, b.src.raw.trimEnd().length), ...Array.from({ length: width }, () => emptyCell(file, b.src))];
      current.rows.push({ cells, location: cells[0]!.location });
      continue;
    }
    const r = b.row;
    const label = toGridCell(file, r.src, 0, r.labelEnd);
    const place = placeValues(r, width);
    const cells: GridCell[] = [label];
    for (let c = 0; c < width; c++) {
      const v = place.at[c];
      if (v === undefined) {
        cells.push(emptyCell(file, r.src));
        continue;
      }
      const cell = toGridCell(file, v.src ?? r.src, v.from, v.to);
      cell.readBy = 'glued';
      if (place.doubt) cell.uncertain = place.doubt;
      cells.push(cell);
    }
    current.rows.push({ cells, location: label.location });
    dataRows++;
  }
  grids.push(current);
  return { grids, end };
}

/**
 * The body with each row's wrapped tail lines (values only, no label) given back to the row, as
 * long as the row has no more values than `width` (glued-row-tails.ts). A merged row's spacing no
 * longer tells where its empty cells are, so a short one is placed as a guess.
 */
function withTails<B extends { src: SourceLine; row: ValueLine | null; k: number }>(body: B[], width: number): B[] {
  const out: B[] = [];
  let prev: B | null = null;
  for (const b of body) {
    const tail = b.row === null && prev?.row ? tailValues(b.src) : null;
    if (tail && prev?.row && prev.row.values.length + tail.length <= width) {
      prev.row = { ...prev.row, values: [...prev.row.values, ...tail], after: -1 };
      // The row now ends on its last wrapped line.
      prev.k = b.k;
      continue;
    }
    prev = { ...b };
    out.push(prev);
  }
  return out;
}

/** Column of each value: all columns, or the ones the row's spaces leave, or from the left (a guess). */
function placeValues(r: ValueLine, width: number): { at: (ValueLine['values'][number] | undefined)[]; doubt: string | null } {
  const n = r.values.length;
  const at: (ValueLine['values'][number] | undefined)[] = new Array(width).fill(undefined);
  if (n === width) {
    r.values.forEach((v, c) => (at[c] = v));
    return { at, doubt: null };
  }
  // One space per empty cell: as many cells before the values as spaces between them and the label.
  const lead = r.before;
  if (lead + n + r.after === width) {
    r.values.forEach((v, c) => (at[lead + c] = v));
    return { at, doubt: null };
  }
  r.values.forEach((v, c) => (at[c] = v));
  return { at, doubt: t('doubt.gluedFewer') };
}
