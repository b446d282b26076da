import type { SourceLine } from './source-line.js';
import { toGridCell } from './source-line.js';
import type { Grid, GridCell, GridRow } from './types.js';
import { t } from '../messages/index.js';

/**
 * A table of items, a figure and a remark (a deviation and its reason, a grant and its purpose),
 * copied from a web page with its cell separators lost:
 *
 *   OmrådeAvvikelse i miljoner kronorAnledning
 *   Byggbonus33Statligt stöd för byggande.
 *   Finansförvaltning 16Låga räntor.
 *   Skatteintäkter- 41Lägre skatteunderlag.
 *
 * The header's titles are cut where a capital follows a small letter; three titles make the
 * table. A row is a label, a figure, and a remark that opens with a capital right after the
 * figure's last digit. A label ending in a year set against the figure ("Pensioner före
 * 199862Låg …") keeps the year, the figure the digits after it, as a guess. Every figure carries
 * `readBy: "glued"`, so a sum over it warns, never errs.
 */
const MIN_ROWS = 3;
const MAX_HEAD = 120;
const MAX_LINE = 300;
const TITLE_GLUE = /(?<=[a-zåäö)])(?=[A-ZÅÄÖ])/;
const SIGNS = '-−–';

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isUpper = (c: string | undefined): boolean => c !== undefined && /[A-ZÅÄÖ]/.test(c);
const isLower = (c: string | undefined): boolean => c !== undefined && /[a-zåäö]/.test(c);

function titles(raw: string): string[] | null {
  const s = raw.trim();
  if (s === '' || s.length > MAX_HEAD || /\d/.test(s)) return null;
  const parts = s.split(TITLE_GLUE).map((p) => p.trim());
  return parts.length === 3 && parts.every((p) => p.length >= 3) ? parts : null;
}

interface RemarkRow {
  src: SourceLine;
  labelEnd: number;
  value: [number, number];
  remark: number;
  guess: boolean;
}

/** A row: label, figure, remark; null when the line is not one. */
function remarkRow(src: SourceLine): RemarkRow | null {
  const raw = src.raw.trimEnd();
  if (raw.length > MAX_LINE) return null;
  // The remark opens at the first capital that follows a digit and is followed by a small letter.
  let r = 1;
  while (r < raw.length && !(isDigit(raw[r - 1]) && isUpper(raw[r]) && isLower(raw[r + 1]))) r++;
  if (r >= raw.length) return null;
  let j = r;
  while (j > 0 && isDigit(raw[j - 1])) j--;
  let guess = false;
  let from = j;
  if (r - j > 3) {
    // More digits than a group holds: a year ending the label, set against a figure of one to three digits.
    const year = raw.slice(j, j + 4);
    if (!/^(?:19|20)\d{2}$/.test(year) || r - j > 7 || raw[j - 1] !== ' ') return null;
    from = j + 4;
    guess = true;
  } else {
    // Groups of three after a space belong to the figure ("1 250").
    let group = r - from;
    while (group === 3 && raw[from - 1] === ' ' && isDigit(raw[from - 2])) {
      let k = from - 1;
      while (k > 0 && isDigit(raw[k - 1])) k--;
      group = from - 1 - k;
      if (group > 3) break;
      from = k;
    }
  }
  // A sign before the figure, maybe with a space between ("Skatteintäkter- 41").
  let start = from;
  if (!guess) {
    let k = start;
    if (raw[k - 1] === ' ') k--;
    if (SIGNS.includes(raw[k - 1] ?? 'x')) start = k - 1;
  }
  const label = raw.slice(0, start).trim();
  if ((label.match(/\p{L}/gu) ?? []).length < 3) return null;
  return { src, labelEnd: start, value: [start, r], remark: r, guess };
}

/** Cheap test asked at every line: a short line without digits whose titles are glued, over a row. */
export function mayStartGluedRemarks(lines: SourceLine[], i: number): boolean {
  const raw = lines[i]!.raw;
  return raw.length <= MAX_HEAD && TITLE_GLUE.test(raw) && i + 1 < lines.length && titles(raw) !== null;
}

export function detectGluedRemarkRows(file: string, lines: SourceLine[], start: number): { grid: Grid; end: number } | null {
  const head = titles(lines[start]!.raw);
  if (!head) return null;
  const rows: RemarkRow[] = [];
  let k = start + 1;
  for (; k < lines.length; k++) {
    const row = remarkRow(lines[k]!);
    if (!row) break;
    rows.push(row);
  }
  if (rows.length < MIN_ROWS) return null;
  const anchor = lines[start]!;
  const headCells: GridCell[] = head.map((text) => ({ text, location: { file, line: anchor.line }, colspan: 1, rowspan: 1, header: true, bold: false }));
  const gridRows: GridRow[] = [{ cells: headCells, location: { file, line: anchor.line } }];
  for (const r of rows) {
    const raw = r.src.raw.trimEnd();
    const label = toGridCell(file, r.src, 0, r.labelEnd);
    const value = toGridCell(file, r.src, r.value[0], r.value[1]);
    // "- 41": the sign and its figure are one value.
    value.text = value.text.replace(/^([-−–])\s+/, '$1');
    value.readBy = 'glued';
    if (r.guess) value.uncertain = t('doubt.gluedYearLabel');
    const remark = toGridCell(file, r.src, r.remark, raw.length);
    gridRows.push({ cells: [label, value, remark], location: label.location });
  }
  return { grid: { kind: 'grid', source: 'glued', caption: null, rows: gridRows, headerRows: 1 }, end: k };
}
