import { isBorderLine, withoutBorder } from './cell-per-line-grid.js';
import { looksValue } from './looks-numeric.js';
import { hyphenWrappedLines } from './hyphen-wrapped-cell.js';
import { joinHyphenated } from './hyphen-join.js';
import { CODE_CELL } from './code-cells.js';
import { isTotalLabelText } from './total-label.js';
import type { SourceLine } from './source-line.js';
import { toGridCell } from './source-line.js';
import type { Grid, GridCell, GridRow } from './types.js';

/**
 * Lists of grants pasted from a web table, one cell a line (often a blank line between cells),
 * whose rows hold several text cells before or between their figures: a case number, the
 * applicant, the organisation, the project's title, then the amount.
 *
 *   Dnr                      Projektägare
 *   Sökande                  Projekt
 *   Lärosäte                 Kommun
 *   Beviljat belopp (kr)     Beviljat (tkr)
 *   2024-00117               Hembygdsföreningen
 *   Anna Berg                Ny brygga vid sjön
 *   Umeå universitet         Åre
 *   Skogens kolförråd …      350
 *   1 250 000                …
 *
 * The header is the run of short text cells above the first record; its length k is the row's
 * width. Every record must repeat the first record's pattern (which of its k cells are figures)
 * exactly, at least MIN_RECORDS times: a figure where a text cell stood, or text where a figure
 * stood, ends the table, so a row that lost a cell is never read out of line (its lines stay
 * text). Rows with a single text cell are the plain cell-per-line reader's; this one takes
 * rows with two or more.
 */
const MIN_RECORDS = 3;
const MIN_COLUMNS = 3;
const MAX_COLUMNS = 10;
/** A header cell: a column title, sometimes a long one ("Rekommenderad finansiering i miljoner kr …"). */
const MAX_HEADER_CELL = 120;
/** A text cell in a row: a project's title may run to a few hundred characters. */
const MAX_TEXT_CELL = 300;
/** Lines read at most for one table: a long grant list, never a whole document. */
const MAX_UNITS = 6000;

interface Unit {
  src: SourceLine;
  text: string;
  /** Index of the line after this cell. */
  end: number;
  /** Lines of a name broken at a hyphen, put together: the cell's text is `text`. */
  joined?: boolean;
}

/**
 * Cells from `start`: non-blank lines, at most one blank line between two of them (a page pastes
 * either none or one). Stops at a longer gap, a line too long to be a cell, or `limit` cells.
 */
function unitsFrom(lines: SourceLine[], start: number, limit: number): Unit[] {
  const units: Unit[] = [];
  let i = start;
  while (i < lines.length && units.length < limit) {
    const text = withoutBorder(lines[i]!.raw).trim();
    if (isBorderLine(lines[i]!.raw)) {
      i++;
      continue;
    }
    if (text === '') {
      if (units.length === 0 || lines[i + 1]?.raw.trim() === '' || i + 1 >= lines.length) break;
      i++;
      continue;
    }
    if (text.length > MAX_TEXT_CELL || text.includes('\t')) break;
    // A name broken at a hyphen over two lines ("Väst-" / "manlands län") is one cell (hyphen-wrapped-cell.ts).
    const n = hyphenWrappedLines(lines, i);
    if (n > 1) {
      const joined = lines.slice(i, i + n).reduce((a, l) => joinHyphenated(a, withoutBorder(l.raw).trim()), '');
      units.push({ src: lines[i]!, text: joined, end: i + n, joined: true });
      i += n;
      continue;
    }
    units.push({ src: lines[i]!, text, end: i + 1 });
    i++;
  }
  return units;
}

const isHeaderCell = (text: string): boolean => text.length <= MAX_HEADER_CELL && !looksValue(text) && !/[.!?]$/.test(text) && /\p{L}/u.test(text);
/** A text cell: anything not a figure, a case number ("2024-00117") too. */
const isTextCell = (text: string): boolean => /[\p{L}\d]/u.test(text) && !looksValue(text);

/** How many records of width k, from `from`, follow `pattern` (true where a figure stands). */
function recordsOf(units: Unit[], from: number, pattern: boolean[]): number {
  const k = pattern.length;
  let n = 0;
  for (let at = from; at + k <= units.length; at += k) {
    const fits = pattern.every((figure, c) => (figure ? looksValue(units[at + c]!.text) : isTextCell(units[at + c]!.text)));
    if (!fits) break;
    n++;
  }
  return n;
}

/** The pattern repeats a shorter one: rows of a narrower table put side by side. */
function periodic(pattern: boolean[]): boolean {
  const k = pattern.length;
  for (let d = 1; d < k; d++) if (k % d === 0 && pattern.every((f, c) => f === pattern[c % d])) return true;
  return false;
}

function cellOf(file: string, unit: Unit, header: boolean): GridCell {
  const cell = toGridCell(file, unit.src, 0, withoutBorder(unit.src.raw).length);
  cell.header = header;
  if (unit.joined) cell.text = unit.text;
  return cell;
}

/**
 * The records before the first whose text cell after its first opens with a total word ("Bifall" /
 * "Totalt" / "4 950"): a total's label opens its row, so from there the rows are read one cell out
 * of line (a caption taken for the first title) and no record read so far is certain.
 */
function totalOutOfLine(units: Unit[], k: number, pattern: boolean[]): number {
  const first = pattern.indexOf(false);
  for (let at = k; at + k <= units.length; at += k) {
    if (pattern.some((figure, c) => !figure && c > first && isTotalLabelText(units[at + c]!.text.split(/\s+/)[0] ?? ''))) return 0;
  }
  return Infinity;
}

/** A caption over the titles: the first line set apart by a blank line where the next lines follow each other with none. */
function captionSetApart(lines: SourceLine[], start: number): boolean {
  if (lines[start + 1]?.raw.trim() !== '') return false;
  let i = start + 2;
  while (i < lines.length && lines[i]!.raw.trim() === '') i++;
  return i + 2 < lines.length && lines.slice(i, i + 3).every((l) => l.raw.trim() !== '');
}

export function detectTextColumnRecords(file: string, lines: SourceLine[], start: number): { grid: Grid; end: number } | null {
  // Asked at every line: a start that is no column title is rejected before anything is read.
  if (!isHeaderCell(lines[start]!.raw.trim()) || captionSetApart(lines, start)) return null;
  const head = unitsFrom(lines, start, 2 * MAX_COLUMNS + 1);
  let titles = 0;
  while (titles < head.length && titles < MAX_COLUMNS && isHeaderCell(head[titles]!.text)) titles++;
  // The first figure must come within the first record after the header.
  const firstFigure = head.findIndex((u) => looksValue(u.text));
  if (titles < MIN_COLUMNS || firstFigure < 0) return null;
  let best: { k: number; records: number; pattern: boolean[] } | null = null;
  let units: Unit[] | null = null;
  for (let k = MIN_COLUMNS; k <= titles; k++) {
    // The header is the first k cells; the first record's cells follow and hold the first figure.
    if (firstFigure < k || firstFigure >= 2 * k) continue;
    units ??= unitsFrom(lines, start, MAX_UNITS);
    if (units.length < k * (1 + MIN_RECORDS)) break;
    const pattern = units.slice(k, 2 * k).map((u) => looksValue(u.text));
    // Two text cells at least (one is the plain cell-per-line reader's), one figure at least. A code
    // before the label ("1:1" / "Polismyndigheten", "01" / "Stockholms län") is a code column, which
    // that reader reads, with a total row that has no code: it counts as no text cell here.
    const codeFirst = !pattern[0] && CODE_CELL.test(units[k]!.text);
    if (pattern.filter((f) => !f).length - (codeFirst ? 1 : 0) < 2) continue;
    // "Län, 1 200, Gotland, 300" as one row of four is two rows of a narrower table (its caption read as a title).
    if (periodic(pattern)) continue;
    // A total's label opens its row: one in a later text cell ("Avslag" / "Summa" / "305 000") shows the rows read one cell out of line.
    const records = Math.min(recordsOf(units, k, pattern), totalOutOfLine(units, k, pattern));
    if (records >= MIN_RECORDS && (!best || records > best.records)) best = { k, records, pattern };
  }
  if (!best || !units) return null;
  const { k, records } = best;
  const header: GridRow = { cells: units.slice(0, k).map((u) => cellOf(file, u, true)), location: cellOf(file, units[0]!, true).location };
  const rows: GridRow[] = [header];
  for (let r = 1; r <= records; r++) {
    const cells = units.slice(r * k, (r + 1) * k).map((u) => cellOf(file, u, false));
    rows.push({ cells, location: cells[0]!.location });
  }
  let last = units[(records + 1) * k - 1]!;
  const total = totalRecord(file, units, (records + 1) * k, best.pattern);
  if (total) {
    rows.push(total.row);
    last = total.last;
  }
  return { grid: { kind: 'grid', source: 'cell-per-line', caption: null, rows, headerRows: 1 }, end: last.end };
}

/**
 * The total row after the records: its label, then only the figures ("Summa" / "305 000", under
 * "Mottagare" / "Beslut" / "Belopp (kr)"), the text cells between left out. Read where the label
 * opens with a total word, stands where the rows' labels stand (the first cell, a text cell), and
 * is followed by exactly as many figures as a record holds and no more: each goes to its figure
 * column in order, the other text cells empty.
 */
function totalRecord(file: string, units: Unit[], at: number, pattern: boolean[]): { row: GridRow; last: Unit } | null {
  const figures = pattern.flatMap((figure, c) => (figure ? [c] : []));
  const label = units[at];
  if (!label || pattern[0] || CODE_CELL.test(label.text) || !isTotalLabelText(label.text.split(/\s+/)[0] ?? '')) return null;
  const values = units.slice(at + 1, at + 1 + figures.length);
  if (values.length < figures.length || !values.every((u) => looksValue(u.text))) return null;
  // A further figure after them: the row is not read as printed, so it stays text.
  const after = units[at + 1 + figures.length];
  if (after && looksValue(after.text)) return null;
  const first = cellOf(file, label, false);
  const cells: GridCell[] = pattern.map((_, c) => (c === 0 ? first : { text: '', location: first.location, colspan: 1, rowspan: 1, header: false, bold: false }));
  figures.forEach((c, n) => (cells[c] = cellOf(file, values[n]!, false)));
  return { row: { cells, location: first.location }, last: values[values.length - 1]! };
}
