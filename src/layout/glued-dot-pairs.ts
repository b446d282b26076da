import type { GridCell, GridRow } from './types.js';

/**
 * Two figures grouped by dots and run together in one cell, the cell after them left empty or
 * missing: "6.3486.914" under "2022 | 2023" is 6.348 and 6.914 (a table in tkr grouping its
 * thousands with dots). Never one number: where every group but one has three digits and that one
 * has four to six, the first figure ends three digits into it and the split is the only one there
 * is ("6.348" + "6.914", "12.3451.234.567" → "12.345" + "1.234.567", "6.348914" → "6.348" + "914").
 * The two figures go into the cell and the empty one after it, both read as glued (a sum over
 * them can only warn). A run that splits more than one way ("9146.914") stays as printed, unread
 * and reported; a well-formed figure a small one could have made ("123.456" in a row one figure
 * short) is read, with a doubt.
 */
export const GLUED_DOT_DOUBT = 'two figures grouped by dots run together in this cell, and the digits split more than one way: unread';

const DOTTED = /^\d{1,3}(?:\.\d+)+$/;

/** The two figures of a glued dotted run, or null where there is no single split. */
export function splitDotPair(text: string): [string, string] | null {
  const t = text.trim();
  if (!DOTTED.test(t)) return null;
  const groups = t.split('.');
  const odd = groups.map((g, i) => (i > 0 && g.length !== 3 ? i : -1)).filter((i) => i > 0);
  if (odd.length !== 1) return null;
  const k = odd[0]!;
  const g = groups[k]!;
  if (g.length < 4 || g.length > 6) return null;
  const first = [...groups.slice(0, k), g.slice(0, 3)].join('.');
  const second = [g.slice(3), ...groups.slice(k + 1)].join('.');
  return [first, second];
}

/** Well formed, yet a small figure and the next one's first group could make it ("123.456": one figure, or 1 + 23.456, 12 + 3.456): read, with a doubt. */
export const DOT_PAIR_DOUBT = 'a figure grouped by dots in a row one figure short: it may be two figures run together';

/** A dotted run whose first group has four to six digits ("9146.914": 9 + 146.914, 91 + 46.914 …): two figures, split more than one way. */
export const SEVERAL_WAYS = /^\d{4,6}(?:\.\d{3})+$/;
const MAYBE_TWO = /^\d{2,3}(?:\.\d{3})+$/;

const filled = (c: GridCell | undefined): boolean => c !== undefined && c.text.trim() !== '';

function blankLike(like: GridCell): GridCell {
  return { ...like, text: '', location: { ...like.location } };
}

/**
 * Splits glued dotted pairs in the body rows (after `headerRows`) of a table of `width` columns.
 * A row qualifies when it holds one filled cell fewer than the width after the glued one: the
 * cell right after it is empty, or the row stops there one cell short.
 */
export function splitGluedDotPairs(rows: GridRow[], headerRows: number, width = Math.max(0, ...rows.map((r) => r.cells.length))): void {
  for (const row of rows.slice(headerRows)) {
    const cells = row.cells;
    for (let c = 1; c < cells.length; c++) {
      const cell = cells[c]!;
      if (!/\d\.\d/.test(cell.text)) continue;
      const short = c === cells.length - 1 && cells.length < width;
      const emptyNext = c + 1 < cells.length && !filled(cells[c + 1]) && cells.slice(c + 2).every((x) => !filled(x));
      if (!short && !emptyNext) continue;
      const pair = splitDotPair(cell.text);
      if (pair === null) {
        if (SEVERAL_WAYS.test(cell.text.trim())) cell.uncertain = GLUED_DOT_DOUBT;
        else if (MAYBE_TWO.test(cell.text.trim())) cell.uncertain = DOT_PAIR_DOUBT;
        continue;
      }
      const raw = cell.text;
      const lead = raw.length - raw.trimStart().length;
      const at = cell.location.column;
      const second: GridCell = short ? blankLike(cell) : cells[c + 1]!;
      cell.text = pair[0];
      second.text = pair[1];
      if (at !== undefined) {
        const cut = at + lead + pair[0].length;
        second.location = { ...cell.location, column: cut };
        cell.location = { ...cell.location, endColumn: cut };
      }
      cell.readBy = 'glued';
      second.readBy = 'glued';
      if (short) cells.push(second);
      break;
    }
  }
}
