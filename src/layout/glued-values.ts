import { codeDigits } from './abbreviated-code.js';
import type { SourceLine } from './source-line.js';
import { toGridCell, toTextLine } from './source-line.js';
import type { Grid, GridCell, GridRow } from './types.js';
import { t } from '../messages/index.js';
import { splitGluedRun } from './glued-run.js';
import { tailValues } from './glued-row-tails.js';
import { oncePerLine } from './once-per-line.js';
import { gluedTitleLine } from './glued-title-line.js';
import { gluedYearTitles } from './glued-year-titles.js';
import { byNoteOrder, notedSplits } from './glued-note-run.js';
import { isNoteLine } from './note-line.js';

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
  /** Offsets into raw of the note set against the first value, under a note column (glued-note-run.ts). */
  note?: { from: number; to: number };
  /** True when the note and the first value could be told apart more than one way. */
  noteDoubt?: boolean;
}

/** A line as a label and glued values, or null when it has no values that read so. */
const valueLine = oncePerLine(readValueLine);

/** A line as its label and the run of figures that ends it, or null. */
function lineParts(src: SourceLine): { at: number; label: string; run: string; after: number } | null {
  const raw = src.raw;
  if (raw.length > MAX_LINE || raw.includes('\t')) return null;
  const body = raw.slice(0, tailStart(raw, isSpace));
  const after = raw.length - body.length;
  let at = tailStart(body, (c) => RUN_CHAR.test(c));
  // The run starts at a digit or a sign; spaces before it lie between label and values.
  while (at < body.length && /[\s\u00a0,]/.test(body[at]!)) at++;
  if (at >= body.length) return null;
  // A post code's number set against the figures ("ap.12 0414 5900") is the label's (abbreviated-code.ts).
  at += codeDigits(body.slice(0, at), body.slice(at));
  if (at >= body.length) return null;
  const label = body.slice(0, at);
  if ((label.match(/\p{L}/gu) ?? []).length < 2) return null;
  return { at, label, run: body.slice(at), after };
}

/** Two numbers of up to four digits joined by a dash, the second the greater: a range ("1–6", "2019–2021"), as labels write one. */
function isRange(run: string): boolean {
  const m = /^(\d{1,4})[–-](\d{1,4})$/.exec(run);
  return m !== null && Number(m[2]) > Number(m[1]);
}

function readValueLine(src: SourceLine): ValueLine | null {
  const parts = lineParts(src);
  if (!parts) return null;
  const { at, label, run, after } = parts;
  // "Not2023", "Noter 2022": the note column's title over the years heads the table, no row does.
  if (NOTE_LEAD.test(label.trim()) && label.trim().length <= 6) return null;
  const split = splitGluedRun(run);
  if (!split) return null;
  const before = label.length - tailStart(label, isSpace);
  // A lone small whole number after a space ends a heading ("Avdelning 12", "Kapitel 3"), not a row.
  if (split.values.length === 1 && before > 0 && /^\d{1,2}$/.test(run)) return null;
  // A range after a space ends a label ("Åk 1–6", "Ålder 16–64", "byggda 1961–1975"), no row's figures.
  if (before > 0 && isRange(run)) return null;
  return { src, labelEnd: at - before, values: split.values.map((v) => ({ from: at + v.from, to: at + v.to })), glued: split.glued, before, after };
}

/**
 * Under a note column, a line whose figures run into its note with no space (glued-note-run.ts):
 * the reading whose note keeps the column's order (`last`, the note above), in doubt when the
 * digits allowed another. Null when no reading fits so.
 */
function readNotedLine(src: SourceLine, last: number | null): ValueLine | null {
  const parts = lineParts(src);
  if (!parts || parts.label.length - tailStart(parts.label, isSpace) > 0) return null;
  const { at, label, run, after } = parts;
  const readings = notedSplits(run);
  const taken = readings.length === 1 ? readings[0]! : byNoteOrder(readings, run, last);
  if (!taken) return null;
  return {
    src,
    labelEnd: label.length,
    values: taken.split.values.map((v) => ({ from: at + v.from, to: at + v.to })),
    glued: true,
    before: 0,
    after,
    note: { from: at + taken.note.from, to: at + taken.note.to },
    noteDoubt: readings.length > 1,
  };
}

/** Whether a row's first value could be a note: one or two digits, not led by a nought, set against the label. */
function mayOpenWithNote(r: ValueLine): boolean {
  const first = r.values[0];
  return !r.note && r.before === 0 && first !== undefined && first.from === r.labelEnd && /^[1-9]\d?$/.test(r.src.raw.slice(first.from, first.to));
}

/** A row under a note column whose first value is a note set against the rest ("34-7-13-7" in a table of three columns). */
function peelNote(r: ValueLine, width: number): ValueLine {
  const first = r.values[0];
  if (r.values.length !== width + 1 || !first || !mayOpenWithNote(r)) return r;
  return { ...r, note: { from: first.from, to: first.to }, values: r.values.slice(1) };
}

/** The note column's title at the head of a header line, set against the first title or not: "Not2019-01-01", "Noter 2020". */
const NOTE_LEAD = /^not(?:er)?\.?(?=[\d\s\u00a0]|$)/i;

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
  let head: SourceLine[] = [];
  // Or one line of titles run together, longer than a header line of this table's kind (glued-title-line.ts).
  let long = false;
  // Under a note column a row may open with its note set against its figures: that row ends the header too.
  const headNoted = (): boolean => head.some((l) => NOTE_LEAD.test(l.raw.trim()) && !isNoteLine(l.raw));
  // A line of titles each closed by a year ("1 000 €Bokslut 2022Budget 2023"): a header line, though it ends in a figure (glued-year-titles.ts).
  const headerLine = (src: SourceLine): boolean => valueLine(src) === null || gluedYearTitles(src.raw) !== null;
  while (i < lines.length && !isBlank(lines[i]!) && headerLine(lines[i]!) && !(headNoted() && readNotedLine(lines[i]!, null))) {
    if (head.length >= MAX_HEADER_LINES || long) return null;
    long = lines[i]!.raw.trim().length > MAX_HEADER_LINE;
    if (long && head.length > 0) return null;
    head.push(lines[i]!);
    i++;
  }
  const titleLine = head.length === 1 ? gluedTitleLine(head[0]!.raw) : null;
  if (long && !titleLine) return null;
  // A header line led by "Not" heads a note column: a row's note may stand against its figures.
  const noteCol = headNoted();
  const rowAt = (src: SourceLine, last: number | null): ValueLine | null => valueLine(src) ?? (noteCol ? readNotedLine(src, last) : null);
  const first = lines[i] ? rowAt(lines[i]!, null) : null;
  if (!first?.glued) return null;
  // Body: rows, headings and blank lines until two blank lines or a line that is neither.
  let body: { src: SourceLine; row: ValueLine | null; k: number }[] = [];
  let blanks = 0;
  let end = i;
  let lastNote: number | null = null;
  for (let k = i; k < lines.length; k++) {
    const src = lines[k]!;
    if (isBlank(src)) {
      if (++blanks > 1) break;
      continue;
    }
    const row = rowAt(src, lastNote);
    // A note's title line ("Not 17 Ej kassaflödespåverkande poster") opens that note's own table.
    if (!row && isNoteLine(src.raw)) break;
    if (row?.note) lastNote = Number(src.raw.slice(row.note.from, row.note.to));
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
  // Under a note column a row that opens with a small whole number set against its label may be note and values or values alone: it does not count.
  const counted = noteCol ? glued.filter((r) => r.note || !mayOpenWithNote(r)) : glued;
  const width = (counted.length >= MIN_GLUED ? counted : glued).map((r) => r.values.length).sort((a, b) => b - a)[1]!;
  if (width < 2 || width > MAX_COLUMNS) return null;
  if (noteCol) for (const b of body) if (b.row) b.row = peelNote(b.row, width);
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
  // Titles each closed by a year on the header's last line, one per column: the lines above them are the table's caption.
  const yearTitles = !fits && head.length > 0 ? gluedYearTitles(head[head.length - 1]!.raw) : null;
  const byYears = yearTitles !== null && yearTitles.titles.length === width;
  const captionLines = byYears ? head.slice(0, -1) : [];
  if (byYears) head = head.slice(-1);
  const titles = fits
    ? { label: titleLine.length > width ? titleLine[0]! : '', columns: titleLine.slice(-width) }
    : byYears
      ? { label: yearTitles.unit, columns: yearTitles.titles }
      : gluedTitles(head, width);
  // A part under a unit heading has that heading over its columns, so that the columns take its unit.
  const headerRow = (over?: SourceLine): GridRow[] => {
    if (head.length === 0) return [];
    const anchor = head[0]!;
    const cells = [titles.label, ...(noteCol ? ['Not'] : []), ...titles.columns].map((text) => ({ ...emptyCell(file, anchor), text, header: true }));
    if (!over) return [{ cells, location: { file, line: anchor.line } }];
    const lead = noteCol ? [{ ...emptyCell(file, over), header: true }] : [];
    const group = [{ ...emptyCell(file, over), header: true }, ...lead, { ...toGridCell(file, over, 0, over.raw.trimEnd().length), header: true, colspan: width }];
    return [{ cells: group, location: { file, line: over.line } }, { cells, location: { file, line: anchor.line } }];
  };
  const grids: Grid[] = [];
  const caption = captionLines.length > 0 ? { text: captionLines.map((l) => l.raw.trim()).join(' '), location: toTextLine(file, captionLines[0]!).location } : null;
  let current: Grid = { kind: 'grid', source: 'glued', caption, rows: headerRow(), headerRows: head.length > 0 ? 1 : 0 };
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
      const cells = [toGridCell(file, b.src, 0, b.src.raw.trimEnd().length), ...Array.from({ length: width + (noteCol ? 1 : 0) }, () => emptyCell(file, b.src))];
      current.rows.push({ cells, location: cells[0]!.location });
      continue;
    }
    const r = b.row;
    const label = toGridCell(file, r.src, 0, r.labelEnd);
    const place = placeValues(r, width);
    const cells: GridCell[] = [label];
    if (noteCol) cells.push(r.note ? toGridCell(file, r.src, r.note.from, r.note.to) : emptyCell(file, r.src));
    // Where the note ends and the first value begins was chosen by the column's order: the row's figures are a guess.
    const noteDoubt = r.noteDoubt ? t('doubt.gluedNote') : null;
    for (let c = 0; c < width; c++) {
      const v = place.at[c];
      if (v === undefined) {
        cells.push(emptyCell(file, r.src));
        continue;
      }
      const cell = toGridCell(file, v.src ?? r.src, v.from, v.to);
      cell.readBy = 'glued';
      if (place.doubt ?? noteDoubt) cell.uncertain = (place.doubt ?? noteDoubt)!;
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
