import type { SourceLine } from './source-line.js';
import { toGridCell, toTextLine } from './source-line.js';
import type { Grid, GridCell, GridRow } from './types.js';
import { t } from '../messages/index.js';

/**
 * A web table copied out with every cell separator lost, under a header of years set against
 * one another:
 *
 *   201620152014
 *   Hyror och arrenden324311298
 *   Summa intäkter2 1371 7061 652
 *   Konsumtionsavgifter216
 *   214216
 *
 * The years give the column count. A space is kept only inside a number, so a value is a first
 * group of one to three digits and then groups of three after a space; a line break is a cell
 * boundary (a cell that wrapped). Small values set against each other ("324311298") split into
 * the column count in several ways: the split whose values are most alike in size is taken,
 * since the columns are years of the same item, and its cells are marked as a guess. Every cell
 * carries `readBy: "glued"`, so a sum over them warns, never errs.
 */

const MIN_YEARS = 2;
const MAX_YEARS = 12;
const MIN_ROWS = 3;
const MAX_LINE = 200;
const MAX_HEADING = 60;
/** Readings tried per row: rows of a dozen small values glued together have fewer than this. */
const MAX_SPLITS = 5000;
const SIGNS = '-−–';

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** The note column's title ("Not", "Noter"), as the header may set it against the years. */
const NOTE_TITLE = /^not(?:er)?\.?$/i;

/**
 * The header: years set against each other, maybe after a title set against them ("Not2016…",
 * "Belopp i Mkr2017…"): the title heads the labels, or is the note column's.
 */
function gluedHeader(raw: string): { title: string; years: string[] } | null {
  const s = raw.trim();
  let at = s.length;
  while (at > 0 && isDigit(s[at - 1])) at--;
  const title = s.slice(0, at).trim();
  // A title ends in a letter or a closing bracket, holds no figure and is short.
  if (title !== '' && (title.length > MAX_HEADING || /\d/.test(title) || !/[\p{L})]$/u.test(title))) return null;
  const years = gluedYears(s.slice(at));
  return years ? { title, years } : null;
}

/** Years set against each other, each the one before plus or minus one ("201620152014"). */
function gluedYears(raw: string): string[] | null {
  const s = raw.trim();
  if (s.length < 4 * MIN_YEARS || s.length > 4 * MAX_YEARS || s.length % 4 !== 0) return null;
  for (const c of s) if (!isDigit(c)) return null;
  const years = s.match(/\d{4}/g)!;
  const ys = years.map(Number);
  const step = ys[1]! - ys[0]!;
  if (Math.abs(step) !== 1 || ys[0]! < 1900 || ys[0]! > 2099) return null;
  return ys.every((y, k) => k === 0 || y === ys[k - 1]! + step) ? years : null;
}

const MAX_YEAR_LINE = 4 * MAX_YEARS + 8;
const isYearLine = (src: SourceLine | undefined): boolean => src !== undefined && src.raw.length <= MAX_YEAR_LINE + MAX_HEADING && gluedHeader(src.raw) !== null;
/** A caption directly above the years ("Nettokostnad (tkr)"): short words, no figures. */
const isCaption = (raw: string): boolean => raw.trim() !== '' && raw.length <= MAX_HEADING && !/\d/.test(raw);

/** Cheap test asked at every line: the years, or a short caption right above them. */
export function mayStartGluedYears(lines: SourceLine[], i: number): boolean {
  return isYearLine(lines[i]) || (isCaption(lines[i]!.raw) && isYearLine(lines[i + 1]));
}

/** One value's place: the line it stands on and its offsets in that line. */
interface Place {
  src: SourceLine;
  from: number;
  to: number;
}

/** A row: its label and the runs of figures it holds, one per line (a line break ends a cell). */
interface Row {
  label: { src: SourceLine; to: number };
  runs: Place[];
  /** Index in `lines` of the row's last line. */
  last: number;
}

interface Heading {
  heading: SourceLine;
  last: number;
}

/** Where the trailing digits, spaces and signs of a line begin. */
function runStart(raw: string): number {
  let at = raw.length;
  while (at > 0 && (isDigit(raw[at - 1]) || raw[at - 1] === ' ' || SIGNS.includes(raw[at - 1]!))) at--;
  while (at < raw.length && raw[at] === ' ') at++;
  return at;
}

/** Every way to read `s` as values of the grammar above, as [from, to) offsets; at most MAX_SPLITS. */
function valueSplits(s: string, want: number): [number, number][][] {
  const out: [number, number][][] = [];
  const cur: [number, number][] = [];
  const walk = (i: number): void => {
    if (out.length >= MAX_SPLITS || cur.length > want) return;
    if (i === s.length) {
      if (cur.length === want) out.push([...cur]);
      return;
    }
    let j = i;
    if (SIGNS.includes(s[j]!)) j++;
    // A dash before no digit is an empty cell ("---", "-619-").
    if (j > i && !isDigit(s[j])) {
      cur.push([i, j]);
      walk(j);
      cur.pop();
      return;
    }
    if (!isDigit(s[j])) return;
    // A value that opens with 0 is 0 itself.
    const maxFirst = s[j] === '0' ? 1 : 3;
    for (let n = 1; n <= maxFirst && isDigit(s[j + n - 1]); n++) {
      let e = j + n;
      // Groups after a space belong to the value; a space must be followed by a group of three.
      let ok = true;
      while (s[e] === ' ') {
        if (!(isDigit(s[e + 1]) && isDigit(s[e + 2]) && isDigit(s[e + 3]))) {
          ok = false;
          break;
        }
        e += 4;
      }
      if (!ok) continue;
      cur.push([i, e]);
      walk(e);
      cur.pop();
    }
  };
  walk(0);
  return out;
}

/** Every reading of a row's runs as `width` values, each run holding whole values. */
function rowSplits(runs: string[], width: number): [number, number, number][][] {
  let acc: [number, number, number][][] = [[]];
  runs.forEach((run, r) => {
    const next: [number, number, number][][] = [];
    for (let n = 1; n <= width; n++) {
      const ways = valueSplits(run, n);
      for (const a of acc) {
        if (a.length + n > width || (r === runs.length - 1 && a.length + n !== width)) continue;
        for (const w of ways) {
          if (next.length >= MAX_SPLITS) break;
          next.push([...a, ...w.map(([f, e]): [number, number, number] => [r, f, e])]);
        }
      }
    }
    acc = next;
  });
  return acc.filter((a) => a.length === width);
}

/** How far apart in size a reading's values are: the span of their orders of magnitude (a zero counts as the smallest). */
function spread(runs: string[], split: [number, number, number][]): number {
  const sizes = split.map(([r, f, e]) => Math.log10(1 + Math.abs(Number(runs[r]!.slice(f, e).replace(/[ −–-]/g, '')))));
  return Math.max(...sizes) - Math.min(...sizes);
}

function emptyCell(file: string, src: SourceLine): GridCell {
  return { text: '', location: { file, line: src.line }, colspan: 1, rowspan: 1, header: false, bold: false };
}

const LETTERS = /\p{L}.*\p{L}/u;

export function detectGluedYearColumns(file: string, lines: SourceLine[], at: number): { grid: Grid; end: number } | null {
  const caption = isYearLine(lines[at]) ? null : lines[at]!;
  const start = caption ? at + 1 : at;
  const found = readTable(file, lines, start);
  if (found && caption) found.grid.caption = toTextLine(file, caption, 0, caption.raw.trimEnd().length);
  return found;
}

function readTable(file: string, lines: SourceLine[], start: number): { grid: Grid; end: number } | null {
  const head = gluedHeader(lines[start]!.raw);
  if (!head) return null;
  const { years } = head;
  const width = years.length;
  const noteCol = NOTE_TITLE.test(head.title);
  const rows: (Row | Heading)[] = [];
  let k = start + 1;
  for (; k < lines.length; k++) {
    const src = lines[k]!;
    const raw = src.raw.trimEnd();
    if (raw.trim() === '' || raw.length > MAX_LINE) break;
    const at = runStart(raw);
    const last = rows[rows.length - 1];
    // A line of figures only goes on with the row above: its cell wrapped.
    if (at === 0 || raw.slice(0, at).trim() === '') {
      if (!last || 'heading' in last) break;
      last.runs.push({ src, from: at, to: raw.length });
      last.last = k;
      continue;
    }
    if (!LETTERS.test(raw.slice(0, at))) break;
    if (at === raw.length) {
      // Words without figures: a heading over the rows below, when a row follows.
      if (raw.length > MAX_HEADING || /\d/.test(raw)) break;
      rows.push({ heading: src, last: k });
      continue;
    }
    rows.push({ label: { src, to: at }, runs: [{ src, from: at, to: raw.length }], last: k });
  }
  while (rows.length > 0 && 'heading' in rows[rows.length - 1]!) rows.pop();
  const end = start + 1 + countLines(rows, start);
  const grid: Grid = { kind: 'grid', source: 'glued', caption: null, rows: [headerRow(file, lines[start]!, head.title, years, noteCol)], headerRows: 1 };
  let read = 0;
  for (const row of rows) {
    if ('heading' in row) {
      const cell = toGridCell(file, row.heading, 0, row.heading.raw.trimEnd().length);
      const blanks = (noteCol ? [...years, ''] : years).map(() => emptyCell(file, row.heading));
      grid.rows.push({ cells: [cell, ...blanks], location: cell.location });
      continue;
    }
    const texts = row.runs.map((p) => p.src.raw.slice(p.from, p.to));
    const ways = readings(texts, width, noteCol);
    // A row that does not read as the table's columns ends it: its figures stay in the text.
    if (ways.length === 0) return read >= MIN_ROWS ? finish(grid, rows, row, start) : null;
    const best = ways.filter((w) => !w.rejected).reduce((a, b) => (spread(texts, b.values) < spread(texts, a.values) ? b : a));
    const doubt = ways.length > 1 ? t('doubt.gluedYears') : null;
    const label = toGridCell(file, row.label.src, 0, row.label.to);
    const cells: GridCell[] = [label];
    if (noteCol) {
      const n = best.note;
      cells.push(n ? toGridCell(file, row.runs[n[0]]!.src, row.runs[n[0]]!.from + n[1], row.runs[n[0]]!.from + n[2]) : emptyCell(file, row.label.src));
    }
    for (const [r, f, e] of best.values) {
      const p = row.runs[r]!;
      const cell = toGridCell(file, p.src, p.from + f, p.from + e);
      cell.readBy = 'glued';
      if (doubt) cell.uncertain = doubt;
      cells.push(cell);
    }
    grid.rows.push({ cells, location: label.location });
    read++;
  }
  return read >= MIN_ROWS ? { grid, end } : null;
}

/** Lines the rows take, from the header on. */
function countLines(rows: (Row | Heading)[], start: number): number {
  return rows.length === 0 ? 0 : rows[rows.length - 1]!.last - start;
}

/** The table up to the row that did not read: the rows before it, ending at the line above it. */
function finish(grid: Grid, rows: (Row | Heading)[], stop: Row, start: number): { grid: Grid; end: number } {
  const before = rows.slice(0, rows.indexOf(stop));
  while (before.length > 0 && 'heading' in before[before.length - 1]!) {
    before.pop();
    grid.rows.pop();
  }
  return { grid, end: start + 1 + countLines(before, start) };
}

/** A note: the first value of the first run, a whole number of one or two digits. */
const isNote = (texts: string[], [r, f, e]: [number, number, number]): boolean => r === 0 && f === 0 && /^\d{1,2}$/.test(texts[0]!.slice(f, e));
/** A reading of a row: its note (under a note column) and its values, each [run, from, to]. */
interface Reading {
  note: [number, number, number] | null;
  values: [number, number, number][];
  /** A reading of the other kind (with or without a note) than the one taken: it only puts the row in doubt. */
  rejected?: boolean;
}

/** Orders of magnitude between one item's values in two years that a reading without a note may not span when one with a note need not. */
const NOTE_SPREAD = 3;

/**
 * A row's readings as the table's columns. Under a note column a row may open with its note
 * ("34-7-13-7": note 34, then −7, −13, −7; "359131 828-7": note 35, then 913, 1 828, −7). A row
 * that reads as the columns without a note is read so ("706849-46" is 706, 849, −46, not note 70
 * and 68, 49, −46), unless that reading needs values a thousandfold apart (359, 131 828, −7) and
 * one with a note brings them at least tenfold closer.
 */
function readings(texts: string[], width: number, noteCol: boolean): Reading[] {
  const plain: Reading[] = rowSplits(texts, width).map((values) => ({ note: null, values }));
  if (!noteCol) return plain;
  const noted: Reading[] = rowSplits(texts, width + 1)
    .filter((w) => isNote(texts, w[0]!))
    .map((w) => ({ note: w[0]!, values: w.slice(1) }));
  if (plain.length === 0 || noted.length === 0) return plain.length === 0 ? noted : plain;
  const least = (rs: Reading[]): number => Math.min(...rs.map((r) => spread(texts, r.values)));
  const p = least(plain);
  // The readings taken first, the others after them: both kinds read, so the row is in doubt.
  return p >= NOTE_SPREAD && least(noted) + 1 <= p ? [...noted, ...plain.map((r) => ({ ...r, rejected: true }))] : [...plain, ...noted.map((r) => ({ ...r, rejected: true }))];
}

function headerRow(file: string, src: SourceLine, title: string, years: string[], noteCol: boolean): GridRow {
  const trimmed = src.raw.trimEnd();
  const first = trimmed.length - 4 * years.length;
  const titleCell: GridCell = title === '' ? { ...emptyCell(file, src), header: true } : { ...toGridCell(file, src, 0, first), header: true };
  // The note column's title heads its column; any other title heads the labels.
  const cells: GridCell[] = noteCol ? [{ ...emptyCell(file, src), header: true }, titleCell] : [titleCell];
  years.forEach((y, k) => cells.push({ ...toGridCell(file, src, first + 4 * k, first + 4 * k + 4), text: y, header: true }));
  return { cells, location: { file, line: src.line } };
}
