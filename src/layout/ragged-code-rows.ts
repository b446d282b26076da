import type { SourceLine } from './source-line.js';
import { looksValue } from './looks-numeric.js';

/**
 * A table with a code column whose cells are set apart by two spaces or more but not aligned,
 * each line as long as its own cells (as budget pages list moments and accounts):
 *
 *   Moment  Benämning  BS 2022  BP 2023
 *   28.90.30  Statsandelar till kommunerna  1 250  1 300
 *   28.90.31  Utjämning  420  410
 *   Sammanlagt    1 675  1 710
 *
 * Read by the places of its figures, the header's titles fell a column off ("Benämning" over the
 * first figures) and the code ran into the label. Every line holds its cells in order, so each run of
 * two spaces or more is written as a tab (the tab reader takes the cells in order); the spaces keep
 * every cell's offset. A row one cell short whose first cell is words (a total under the codes and
 * names) gets an empty cell after it, as a pasted row with a label spanning both would.
 * Only where at least MIN_ROWS rows open with a code, the header has as many titles as they have
 * cells, and the figures do not stand in columns already (then the aligned reader reads them).
 */
const MIN_ROWS = 2;
const MIN_CELLS = 3;
const MAX_CELLS = 12;
const MAX_LINE = 240;
/** A moment, account or appropriation code: "28.90.30", "2:1", "01", "4100", "1.2.3". */
const CODE = /^\d{1,4}(?:[.:]\d{1,4}){0,3}$/;
const GAP = / {2,}/g;

interface Cell {
  text: string;
  from: number;
  to: number;
}

function cellsOf(raw: string): Cell[] {
  const out: Cell[] = [];
  const trimmed = raw.trimEnd();
  let from = trimmed.length - trimmed.trimStart().length;
  for (const m of trimmed.matchAll(GAP)) {
    if (m.index > from) out.push({ text: trimmed.slice(from, m.index), from, to: m.index });
    from = m.index + m[0].length;
  }
  if (from < trimmed.length) out.push({ text: trimmed.slice(from), from, to: trimmed.length });
  return out;
}

const isCodeRow = (cells: Cell[], n: number): boolean =>
  cells.length === n && CODE.test(cells[0]!.text) && /\p{L}/u.test(cells[1]!.text) && cells.slice(2).every((c) => looksValue(c.text));
const isShortTotal = (cells: Cell[], n: number): boolean =>
  cells.length === n - 1 && /^\p{L}/u.test(cells[0]!.text) && !/\d/.test(cells[0]!.text) && cells.slice(1).every((c) => looksValue(c.text));

/** The line with each gap written as a tab (one more after the first cell when `pad`), its length kept. */
function asTabs(src: SourceLine, pad: boolean): SourceLine {
  let k = 0;
  const raw = src.raw.replace(GAP, (gap) => {
    const tabs = pad && k++ === 0 ? '\t\t' : '\t';
    return tabs + ' '.repeat(gap.length - tabs.length);
  });
  return { ...src, raw };
}

/** Places that differ by at most this many columns are one column's (a note mark after a figure, "3 428 799¹"). */
const SLACK = 2;
const spread = (xs: number[]): number => Math.max(...xs) - Math.min(...xs);

/** Whether the figures of the code rows stand in columns (a table already aligned): each column's right or left edges agree. */
function aligned(rows: Cell[][]): boolean {
  const n = rows[0]!.length;
  for (let c = 2; c < n; c++) if (spread(rows.map((r) => r[c]!.to)) > SLACK && spread(rows.map((r) => r[c]!.from)) > 0) return false;
  return true;
}

export function raggedCodeRowsAsTabs(lines: SourceLine[]): SourceLine[] {
  if (!lines.some((l) => CODE.test(l.raw.trim().split(/ {2,}/)[0] ?? ''))) return lines;
  const out = lines.slice();
  for (let h = 0; h + MIN_ROWS < lines.length; h++) {
    const raw = lines[h]!.raw;
    if (raw.includes('\t') || raw.length > MAX_LINE) continue;
    const head = cellsOf(raw);
    const n = head.length;
    if (n < MIN_CELLS || n > MAX_CELLS || head.some((c) => /\d/.test(c.text) && !/(?:19|20)\d\d/.test(c.text))) continue;
    if (!isCodeRow(cellsOf(lines[h + 1]!.raw), n)) continue;
    const rows: number[] = [];
    const pads: number[] = [];
    let k = h + 1;
    for (; k < lines.length; k++) {
      const l = lines[k]!;
      if (l.raw.includes('\t') || l.raw.length > MAX_LINE) break;
      const cells = cellsOf(l.raw);
      if (isCodeRow(cells, n)) rows.push(k);
      else if (isShortTotal(cells, n)) pads.push(k);
      else break;
    }
    if (rows.length < MIN_ROWS || aligned(rows.map((r) => cellsOf(lines[r]!.raw)))) continue;
    out[h] = asTabs(lines[h]!, false);
    for (const r of rows) out[r] = asTabs(lines[r]!, false);
    for (const r of pads) out[r] = asTabs(lines[r]!, true);
    h = k - 1;
  }
  return out;
}
