import { right, union } from './lines.js';
import type { PageData, PdfLine, Segment } from './types.js';
import { isDataLine } from './whitespace-table.js';
import { joinNumber } from './wrapped-numbers.js';

/** Lines at the top of a page searched for the rest of a number (a repeated header stands before it). */
const MAX_LINES_BEFORE = 8;
/** Right edges of the two pieces of one cell (points). */
const ALIGN = 3;
/** The rest of a number wrapped in its cell: one digit group at most (the cell held the rest). */
const FRAGMENT = /^\d{1,3}$/;
const NUMBERS = /^[\d \u00a0\u202f\u2009]+$/;

/**
 * A number wrapped inside its cell where the page breaks: the first piece ends the last row of
 * one page ("51 062", "16 995 73"), the rest (one digit group) stands alone at the top of the
 * next, under the repeated header ("577", "7"). Each piece is put back into the cell it continues when it stands
 * in that cell's column (right edges aligned), the join gives one well-formed grouped number,
 * and only some columns of that row have such a rest (a whole row is a row of its own).
 * Works on the pages' lines (furniture removed) in place.
 */
export function joinNumbersOverPages(pages: PageData[], lines: PdfLine[][], bottomOf: (p: PageData) => number): void {
  for (let k = 0; k + 1 < pages.length; k++) {
    const before = lines[k]!;
    const after = lines[k + 1]!;
    const lastAt = findLastIndex(before, isDataLine);
    if (lastAt < 0 || !before.slice(lastAt + 1).every((l) => l.box.y + l.box.height <= bottomOf(pages[k]!))) continue;
    const last = before[lastAt]!;
    const firstData = after.findIndex(isDataLine);
    const limit = Math.min(after.length, MAX_LINES_BEFORE);
    const at = after.slice(0, limit).findIndex((l) => l.segments.some((s) => FRAGMENT.test(s.text)));
    if (at < 0 || (firstData >= 0 && at > firstData)) continue;
    const orphan = after[at]!;
    const pieces = orphan.segments.filter((s) => FRAGMENT.test(s.text));
    // A line with other numbers on it is a row of its own.
    if (orphan.segments.some((s) => NUMBERS.test(s.text) && !pieces.includes(s))) continue;
    const cells = last.segments.flatMap((s) => s.parts.map((p) => ({ seg: s, part: p })));
    const numbers = cells.filter((c) => /\d/.test(c.part.text)).length;
    if (pieces.length >= numbers) continue;
    const joins: { seg: Segment; part: Segment['parts'][number]; text: string; piece: Segment }[] = [];
    for (const piece of pieces) {
      const c = cells.find((x) => Math.abs(right(x.part.box) - right(piece.box)) <= ALIGN);
      const text = c ? joinNumber([c.part.text, piece.text]) : null;
      if (!c || text === null) break;
      joins.push({ ...c, text, piece });
    }
    if (joins.length !== pieces.length) continue;
    const segments = last.segments.map((s) => {
      const mine = joins.filter((j) => j.seg === s);
      if (mine.length === 0) return s;
      const parts = s.parts.map((p) => {
        const j = mine.find((x) => x.part === p);
        return j ? { text: j.text, box: p.box } : p;
      });
      return { ...s, parts, text: parts.map((p) => p.text).join(' ') };
    });
    before[lastAt] = { ...last, segments, text: segments.map((s) => s.text).join(' ') };
    const rest = orphan.segments.filter((s) => !pieces.includes(s));
    if (rest.length === 0) after.splice(at, 1);
    else after[at] = { ...orphan, segments: rest, text: rest.map((s) => s.text).join(' '), box: union(rest.map((s) => s.box)) };
  }
}

function findLastIndex<T>(xs: T[], f: (x: T) => boolean): number {
  for (let i = xs.length - 1; i >= 0; i--) if (f(xs[i]!)) return i;
  return -1;
}
