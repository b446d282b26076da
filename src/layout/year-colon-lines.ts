import type { SourceLine } from './source-line.js';
import { toGridCell } from './source-line.js';
import type { Grid, GridCell, GridRow } from './types.js';
import { isTotalLabelText } from './total-label.js';

/**
 * A series by year (or by season, "2016/17:") written one a line, the year and a colon before
 * the figure, as pages list what a count was each year:
 *
 *   2005: 8 918 personer
 *   2006: 27 920
 *   2013: 19 317 (tom juli)
 *
 *   Summa: 166 314 personer
 *
 * Three or more lines whose years follow each other (one up or one down a line) make a table of
 * one column; words after a figure ("personer", "kronor") title that column, a remark in
 * parentheses stays in its cell as the figure's note, and a total line ("Summa: …") right after
 * the years, a blank line between them at most, closes the table. Each figure stands alone on its
 * line after a colon, so the reading is not a guess.
 */
const MIN_YEARS = 3;
const MAX_LINE = 80;
const AMOUNT = '[-−–]?\\d{1,3}(?:[ \\u00a0]\\d{3})*(?:,\\d+)?';
/** "2005: 8 918 personer", "2013: 19 317 (tom juli)": the year, the figure, maybe unit words, maybe a remark. */
const LINE = new RegExp(`^((?:19|20)\\d{2}(?:[-–/](?:19|20)?\\d{2})?):[ \\u00a0]*(${AMOUNT})(?:[ \\u00a0]+(\\p{L}{2,20}))?(?:[ \\u00a0]+(\\([^()]{1,40}\\)))?$`, 'u');
/** "Summa: 166 314 personer". */
const TOTAL = new RegExp(`^(\\p{L}{2,20}):[ \\u00a0]*(${AMOUNT})(?:[ \\u00a0]+(\\p{L}{2,20}))?$`, 'u');

interface Item {
  src: SourceLine;
  labelEnd: number;
  valueFrom: number;
  valueTo: number;
  unit: string | null;
  year: number | null;
}

function itemOf(src: SourceLine, total: boolean): Item | null {
  const raw = src.raw.trimEnd();
  if (raw.length > MAX_LINE || raw !== raw.trimStart()) return null;
  const m = (total ? TOTAL : LINE).exec(raw);
  if (!m) return null;
  const valueFrom = raw.indexOf(m[2]!, m[1]!.length + 1);
  // A remark in parentheses is the figure's note: the cell runs to the line's end; unit words are the column's.
  const remark = total ? undefined : m[4];
  const valueTo = remark ? raw.length : valueFrom + m[2]!.length;
  return { src, labelEnd: m[1]!.length, valueFrom, valueTo, unit: m[3] ?? null, year: total ? null : Number(m[1]!.slice(0, 4)) };
}

/** Cheap test asked at a line: it opens with a year and a colon. */
export const mayStartYearColonLines = (raw: string): boolean => /^(?:19|20)\d{2}(?:[-–/](?:19|20)?\d{2})?:/.test(raw);

export function detectYearColonLines(file: string, lines: SourceLine[], start: number): { grid: Grid; end: number } | null {
  const items: Item[] = [];
  for (let k = start; k < lines.length; k++) {
    const item = itemOf(lines[k]!, false);
    if (!item || (items.length > 0 && Math.abs(item.year! - items[items.length - 1]!.year!) !== 1)) break;
    if (items.length > 1 && item.year! - items[items.length - 1]!.year! !== items[1]!.year! - items[0]!.year!) break;
    items.push(item);
  }
  if (items.length < MIN_YEARS) return null;
  let end = start + items.length;
  // The total, right after the years or a blank line below them.
  const at = lines[end]?.raw.trim() === '' ? end + 1 : end;
  const total = lines[at] ? itemOf(lines[at]!, true) : null;
  const closing = total && isTotalLabelText(lines[at]!.raw.slice(0, total.labelEnd)) ? total : null;
  if (closing) end = at + 1;
  const rows = closing ? [...items, closing] : items;
  const units = [...new Set(rows.map((r) => r.unit).filter((u): u is string => u !== null))];
  // Two units are two measures in one column: not this shape (and neither word may be lost).
  if (units.length > 1) return null;
  const head = lines[start]!;
  const headerCell = (text: string): GridCell => ({ text, location: { file, line: head.line }, colspan: 1, rowspan: 1, header: true, bold: false });
  const gridRows: GridRow[] = [{ cells: [headerCell(''), headerCell(units[0] ?? '')], location: { file, line: head.line } }];
  for (const r of rows) {
    const label = toGridCell(file, r.src, 0, r.labelEnd);
    gridRows.push({ cells: [label, toGridCell(file, r.src, r.valueFrom, r.valueTo)], location: label.location });
  }
  return { grid: { kind: 'grid', source: 'list', caption: null, rows: gridRows, headerRows: 1, labelsSet: true }, end };
}
