import { looksValue } from './looks-numeric.js';
import type { ListLabelTest } from './region-list.js';
import type { SourceLine } from './source-line.js';
import { toGridCell } from './source-line.js';
import { isTotalLabelText } from './total-label.js';
import type { Grid, GridRow } from './types.js';

/**
 * A two-column region table pasted one cell a line, in the shapes the general cell-per-line
 * reader leaves alone: a blank line after each row (label / value pairs), or too few rows for it
 * (three regions and no total):
 *
 *   Region                         Belopp i miljarder kronor
 *   Belopp (miljoner kronor)       2025
 *                                  Stockholm
 *   Region Uppsala                 1,2
 *   12,3                           Västra Götaland
 *                                  1,1
 *   Region Skåne                   Skåne
 *   45,6                           0,9
 *
 * Every row's label names a region (or is the total, last), every value line is one figure, and
 * the blank lines fall between rows only or nowhere. Two lines without figures right above the
 * first row (a year may stand in the second) are the header, so its unit goes with the figures.
 * The region names are what make the pairs a table: pairs of other labels stay prose.
 */
const MIN_ROWS = 3;
/** Without blank lines the general reader takes four rows or more. */
const MAX_TIGHT_ROWS = 3;
const MAX_HEAD = 50;

interface Pair {
  label: SourceLine;
  value: SourceLine;
  total: boolean;
}

const isBlank = (l: SourceLine | undefined): boolean => l !== undefined && l.raw.trim() === '';
const isHeadCell = (raw: string): boolean => {
  const t = raw.trim();
  return t !== '' && t.length <= MAX_HEAD && (!/\d/.test(t) || /^(?:19|20)\d\d$/.test(t)) && !/[.:;!?]$/.test(t);
};

type Gaps = 'none' | 'rows' | 'cells';

/** The next non-blank line after `k` and how many blank lines stand before it (at most one counts), or null. */
function next(lines: SourceLine[], k: number): { at: number; blank: boolean } | null {
  let j = k + 1;
  while (j < lines.length && lines[j]!.raw.trim() === '' && j - k <= 2) j++;
  return j < lines.length && j - k <= 2 ? { at: j, blank: j - k === 2 } : null;
}

export function detectRegionPairs(file: string, lines: SourceLine[], start: number, isListLabel: ListLabelTest): { grid: Grid; end: number } | null {
  let i = start;
  const head: SourceLine[] = [];
  let gaps: Gaps | null = null;
  if (!isListLabel(lines[i]?.raw.trim() ?? '')) {
    // A header of two cells: the label column's title (or the unit) and the value column's.
    const second = next(lines, i);
    if (!second || !isHeadCell(lines[i]?.raw ?? '') || !isHeadCell(lines[second.at]!.raw)) return null;
    head.push(lines[i]!, lines[second.at]!);
    if (second.blank) gaps = 'cells';
    i = second.at;
    const first = next(lines, i);
    if (!first) return null;
    gaps ??= first.blank ? 'rows' : 'none';
    if (gaps === 'cells' && !first.blank) return null;
    i = first.at;
  }
  const pairs: Pair[] = [];
  let end = i;
  while (i < lines.length) {
    const label = lines[i]!;
    const v = next(lines, i);
    if (!v) break;
    // Inside a row: a blank line only when every cell has one.
    gaps ??= v.blank ? 'cells' : null;
    if (v.blank !== (gaps === 'cells')) break;
    const value = lines[v.at]!;
    const text = label.raw.trim();
    const total = pairs.length >= MIN_ROWS && isTotalLabelText(text.split(/\s+/)[0] ?? '');
    if (!(total || isListLabel(text)) || !looksValue(value.raw.trim())) break;
    pairs.push({ label, value, total });
    end = v.at + 1;
    if (total) break;
    const n = next(lines, v.at);
    if (!n) break;
    // Between rows: a blank line when rows or cells are set apart, none when nothing is.
    gaps ??= n.blank ? 'rows' : 'none';
    if (n.blank !== (gaps !== 'none')) break;
    i = n.at;
  }
  const rows = pairs.filter((p) => !p.total).length;
  // Rows going on after the total (an adjustment and the amount it leaves): the general reader's (total-tail).
  if (pairs[pairs.length - 1]?.total) {
    const after = next(lines, end - 1);
    const value = after ? next(lines, after.at) : null;
    if (after && value && !looksValue(lines[after.at]!.raw.trim()) && looksValue(lines[value.at]!.raw.trim())) return null;
  }
  // Cells set apart alike, or none: the general reader takes four rows or more, and only a header says what the figures are.
  if (rows < MIN_ROWS || (gaps !== 'rows' && (rows > MAX_TIGHT_ROWS || head.length === 0))) return null;
  const cell = (l: SourceLine): ReturnType<typeof toGridCell> => {
    const from = l.raw.length - l.raw.trimStart().length;
    return toGridCell(file, l, from, l.raw.trimEnd().length);
  };
  const body: GridRow[] = pairs.map((p) => {
    const cells = [cell(p.label), cell(p.value)];
    return { cells, location: cells[0]!.location };
  });
  const header: GridRow[] = head.length === 0 ? [] : [{ cells: head.map((l) => ({ ...cell(l), header: true })), location: cell(head[0]!).location }];
  return { grid: { kind: 'grid', source: 'list', caption: null, rows: [...header, ...body], headerRows: header.length }, end };
}
