import type { SourceLine } from './source-line.js';
import { toGridCell, toTextLine } from './source-line.js';
import type { Block, Grid, GridCell, GridRow, TextLine } from './types.js';

/**
 * A table of one figure column whose rows are named by numbers, under a header line that titles
 * the numbers and the figures, as denominations, ages or sizes are listed:
 *
 *   Valör Miljoner kronor
 *   20 1 021
 *   50 953
 *   1000 3 335
 *   Ogiltiga sedlar* 5 931
 *   Totalt 56 175
 *
 * A row's first token is its label when it is a whole number without digit groups and the
 * labels rise from row to row (20, 50, 100 … — figures of one column rise so only by chance);
 * the rest of the line is one amount in digit groups. Rows named by words may follow. The split
 * rests on digit groups, not printed columns, so the cells carry `readBy: "spaced"`: a sum that
 * disagrees over them warns, never errs.
 */
const MIN_NUMBERED = 3;
const MAX_LINE = 80;
/** The header: a title of the numbers and a title of the figures, words only ("Valör Miljoner kronor", "Ålder Antal"). */
const HEADER = /^\p{Lu}[\p{L}-]*\s+\p{L}[\p{L} ()%.,-]*$/u;
const AMOUNT = /^[-−–]?\d{1,3}(?: \d{3})*(?:,\d+)?$/;
const NUMBERED = /^(\d{1,4}) (\S.*)$/;
/** A row named by words: a label ending in a letter, ")" or a note mark, then one amount. */
const WORDED = /^(\p{L}[^\d]*?[\p{L})*]) ([-−–]?\d[\d ,]*)$/u;

interface Row {
  src: SourceLine;
  labelEnd: number;
  valueStart: number;
  number: number | null;
}

function rowOf(src: SourceLine): Row | null {
  const raw = src.raw.trimEnd();
  if (raw.length > MAX_LINE || raw !== raw.trimStart()) return null;
  const n = NUMBERED.exec(raw);
  if (n && AMOUNT.test(n[2]!)) return { src, labelEnd: n[1]!.length, valueStart: n[1]!.length + 1, number: Number(n[1]) };
  const w = WORDED.exec(raw);
  if (w && AMOUNT.test(w[2]!)) return { src, labelEnd: w[1]!.length, valueStart: w[1]!.length + 1, number: null };
  return null;
}

const isHeader = (src: SourceLine | undefined): boolean => src !== undefined && src.raw.length <= MAX_LINE && HEADER.test(src.raw.trim());
/** A title line above the header ("Sedlar i cirkulation 2018-09-30", "Värde per valör"): short, not a row. */
const isTitle = (src: SourceLine | undefined): boolean => src !== undefined && src.raw.trim() !== '' && src.raw.length <= MAX_LINE && rowOf(src) === null;
const MAX_TITLES = 2;

/** The header's line: at `i`, or under up to two title lines; -1 when none stands over a row named by a number. */
function headerAt(lines: SourceLine[], i: number): number {
  for (let k = i; k <= i + MAX_TITLES && k < lines.length; k++) {
    const next = lines[k + 1];
    if (isHeader(lines[k]) && next !== undefined && rowOf(next)?.number != null) return k;
    if (!isTitle(lines[k])) return -1;
  }
  return -1;
}

/** Cheap test asked at a line: a header of words (maybe under title lines) over a row named by a number. */
export function mayStartNumberLabelRows(lines: SourceLine[], i: number): boolean {
  return lines[i]!.raw.length <= MAX_LINE && headerAt(lines, i) >= 0;
}

export function detectNumberLabelRows(file: string, lines: SourceLine[], start: number): { blocks: Block[]; end: number } | null {
  const at = headerAt(lines, start);
  if (at < 0) return null;
  const head = lines[at]!;
  const rows: Row[] = [];
  for (let k = at + 1; k < lines.length; k++) {
    const row = rowOf(lines[k]!);
    if (!row) break;
    rows.push(row);
  }
  // The numbered rows come first, each number above the one before.
  const numbered = rows.findIndex((r) => r.number === null);
  const lead = numbered < 0 ? rows : rows.slice(0, numbered);
  if (lead.length < MIN_NUMBERED || !lead.every((r, k) => k === 0 || r.number! > lead[k - 1]!.number!)) return null;
  if (rows.slice(lead.length).some((r) => r.number !== null)) return null;
  const [stub, ...title] = head.raw.trim().split(/\s+/);
  const headerCell = (text: string): GridCell => ({ text, location: { file, line: head.line }, colspan: 1, rowspan: 1, header: true, bold: false });
  const gridRows: GridRow[] = [{ cells: [headerCell(stub!), headerCell(title.join(' '))], location: { file, line: head.line } }];
  for (const r of rows) {
    const label = toGridCell(file, r.src, 0, r.labelEnd);
    const value = { ...toGridCell(file, r.src, r.valueStart, r.src.raw.trimEnd().length), readBy: 'spaced' as const };
    gridRows.push({ cells: [label, value], location: label.location });
  }
  const grid: Grid = { kind: 'grid', source: 'spaced', caption: null, rows: gridRows, headerRows: 1, labelsSet: true };
  // Title lines stay text above the table, where captions are found for any table.
  const titles: TextLine[] = lines.slice(start, at).map((src) => toTextLine(file, src));
  return { blocks: titles.length > 0 ? [{ kind: 'text', role: 'paragraph', lines: titles }, grid] : [grid], end: at + 1 + rows.length };
}
