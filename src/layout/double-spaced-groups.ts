import type { SourceLine } from './source-line.js';

/**
 * A figure whose digit groups a slip set two spaces apart ("5  797") in a column whose other
 * figures group by one space ("12 410", "25 300"):
 *
 *   Grundskola           25 300     26 115
 *   Fritidshem            5  797     6 020      ← one figure, not two cells
 *
 * Under cells set apart by wide gaps the two spaces read as a cell boundary: the row gains a cell
 * and its figures stand a column off. Under tabs the cell reads as no number. The column decides:
 * the figure is joined only when the rows around it (two or more, no blank line between) group
 * their figures in that column by one space and never by two, and, under wide gaps, when joined
 * the row has as many cells as they do and its figure ends where theirs do. The line is written
 * with one space (under wide gaps the figure set one place right, so its right edge stays). Where the column does
 * not decide, a tabbed line is left as it is (its cell stays a doubtful one, which sums warn on);
 * under wide gaps, where the joined row is as wide as the others and its figure ends where theirs
 * do, it is joined with its cell marked uncertain: read as two cells its figures stood a column off.
 */
const MAX_NEIGHBOURS = 3;
const MIN_NEIGHBOURS = 2;
const SEGMENT = /\S(?:\S| (?! ))*/g;
const MAY_HOLD = /\d {2}\d{3}(?!\d)/;
/** A whole figure in a cell, its groups set apart by one or two spaces, at least one by two. */
const TABBED_FIGURE = /^[-−]?\d{1,3}(?: {1,2}\d{3})+(?:,\d+)?$/;
const LEAD = /^[-−]?\d{1,3}$/;
const TAIL = /^\d{3}(?: \d{3})*(?:,\d+)?$/;
const GROUPED = /^[-−]?\d{1,3}(?: \d{3})*(?:,\d+)?$/;
const YEAR = /^(?:19|20)\d{2}$/;
const UNGROUPED = /^[-−]?\d{4,}(?:,\d+)?$/;
const ONE_SPACE_GROUPS = /\d \d{3}(?!\d)/;

const segments = (raw: string): { text: string; end: number }[] => [...raw.matchAll(SEGMENT)].map((m) => ({ text: m[0], end: m.index + m[0].length }));

/** The neighbouring lines of i in its block (no blank line between), nearest first. */
function neighbours(lines: SourceLine[], i: number): SourceLine[] {
  const out: SourceLine[] = [];
  for (const dir of [-1, 1]) {
    for (let k = 1; k <= MAX_NEIGHBOURS; k++) {
      const l = lines[i + dir * k];
      if (l === undefined || l.raw.trim() === '') break;
      out.push(l);
    }
  }
  return out;
}

/** Whether the column's other cells decide: some group by one space, none by two. */
const decides = (cells: string[]): boolean => cells.length >= MIN_NEIGHBOURS && cells.some((c) => ONE_SPACE_GROUPS.test(c)) && !cells.some((c) => MAY_HOLD.test(c));

function tabbed(lines: SourceLine[], i: number): string | null {
  const cells = lines[i]!.raw.split('\t');
  const around = neighbours(lines, i)
    .map((l) => l.raw.split('\t'))
    .filter((c) => c.length === cells.length);
  let changed = false;
  const out = cells.map((c, k) => {
    const text = c.trim();
    if (k === 0 || !MAY_HOLD.test(text) || !TABBED_FIGURE.test(text)) return c;
    if (!decides(around.map((r) => r[k]!.trim()).filter((x) => x !== ''))) return c;
    changed = true;
    return c.replace(/ {2}(?=\d{3})/g, ' ');
  });
  return changed ? out.join('\t') : null;
}

/** Why a figure joined under wide gaps is still in doubt: its column did not decide. */
export const UNGROUPED_COLUMN = 'digit groups two spaces apart in a column that does not group by one';

function aligned(lines: SourceLine[], i: number): { raw: string; doubt?: { cell: number; why: string } } | null {
  const raw = lines[i]!.raw;
  const segs = segments(raw);
  const around = neighbours(lines, i)
    .map((l) => segments(l.raw))
    .filter((s) => s.length === segs.length - 1);
  if (around.length < MIN_NEIGHBOURS) return null;
  for (let k = 1; k + 1 < segs.length; k++) {
    const lead = segs[k]!;
    const tail = segs[k + 1]!;
    // Exactly two spaces between them.
    if (!LEAD.test(lead.text) || !TAIL.test(tail.text) || raw.slice(lead.end, tail.end - tail.text.length) !== '  ') continue;
    // The column's figures (a header's years left aside), set right where the joined figure ends.
    const column = around.map((s) => s[k]!).filter((c) => GROUPED.test(c.text) || (UNGROUPED.test(c.text) && !YEAR.test(c.text)));
    if (column.length < MIN_NEIGHBOURS || !column.every((c) => Math.abs(c.end - tail.end) <= 1)) continue;
    const from = lead.end - lead.text.length;
    const joined = raw.slice(0, from) + ' ' + lead.text + ' ' + raw.slice(tail.end - tail.text.length);
    // Joined, the row is as wide as the others and its figure ends where theirs do; but unless the
    // column groups by one space, a slip of one space is a guess: the cell is marked uncertain.
    return decides(column.map((c) => c.text)) ? { raw: joined } : { raw: joined, doubt: { cell: k, why: UNGROUPED_COLUMN } };
  }
  return null;
}

export interface DoubleSpacedResult {
  lines: SourceLine[];
  /** Lines whose joined figure the column did not decide: the cell's place in the row and why. */
  doubts: Map<SourceLine, { cell: number; why: string }>;
}

/** Joins such figures; other lines are handed on as they are. */
export function joinDoubleSpacedGroups(lines: SourceLine[]): DoubleSpacedResult {
  let out: SourceLine[] | null = null;
  const doubts = new Map<SourceLine, { cell: number; why: string }>();
  for (let i = 0; i < lines.length; i++) {
    const src = lines[i]!;
    let row: SourceLine | null = null;
    if (MAY_HOLD.test(src.raw)) {
      if (src.raw.includes('\t')) {
        const raw = tabbed(lines, i);
        if (raw !== null) row = { ...src, raw };
      } else {
        const found = aligned(lines, i);
        if (found) {
          row = { ...src, raw: found.raw };
          if (found.doubt) doubts.set(row, found.doubt);
        }
      }
    }
    if (row !== null && !out) out = lines.slice(0, i);
    if (out) out.push(row ?? src);
  }
  return { lines: out ?? lines, doubts };
}
