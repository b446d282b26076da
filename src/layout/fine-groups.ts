import type { SourceLine } from './source-line.js';

/**
 * Digit groups typeset with a no-break, narrow no-break or thin space ("12 345"), in a table
 * whose cells stand apart by ordinary spaces, as a web or PDF table copied out gives them:
 *
 *   Region Västmanland 75 294 59 542 459 11 600
 *
 * The kind of space tells a figure's groups from a border between cells, which single spaces
 * alone cannot. Whether a table writes so is decided from all its rows, never from one line:
 *
 * - `joined`: a fine space between digits joins groups (the figure is one token, a whole cell),
 *   when the rows hold such a figure and no fine space stands between two figures (a writer who
 *   sets cells apart by them too tells nothing by them);
 * - `cells`: besides, ordinary spaces never join groups, so every figure is a cell ("12 459" is
 *   12 and 459), when at least two rows hold a figure grouped by fine spaces and no ordinary space
 *   stands before a group that cannot open a value ("1 045": that table groups some figures with
 *   ordinary spaces, and its ordinary spaces are read as before). A lone dash before a figure is
 *   then a blank cell or the figure's sign, as the column count has it.
 *
 * A table is read in a fine mode only when that reading reaches as far as the plain one.
 */
export type FineMode = 'off' | 'joined' | 'cells';

export const FINE_SPACES = '\u00a0\u202f\u2009';
const FINE = /[\u00a0\u202f\u2009]/;
const FINE_ALL = /[\u00a0\u202f\u2009]/g;
/** A figure's first group and its later groups joined by single fine spaces, a sign maybe before it. */
const OPEN_FIGURE = /^[-−–‑+]?\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})*$/;
/** A digit group that may follow (as GROUP in spaced-columns.ts: decimals, a mark or % may end it). */
const LATER_GROUP = /^\d{3}(?:,\d+)?(?:%|[*¹²³⁴⁵⁶⁷⁸⁹⁰±]+)?$/;
/** Three digits with a leading zero: only a later group, never a value of its own. */
const ONLY_GROUP = /^0\d{2}(?:,\d+)?(?:%|[*¹²³⁴⁵⁶⁷⁸⁹⁰±]+)?$/;
const SIGN = /^[-−–‑]$/;
/** Lines looked at from a table's first line for a figure grouped by fine spaces: a header's lines and the first row. */
const NEAR = 16;
const FINE_FIGURE = /\d[\u00a0\u202f\u2009]\d{3}(?!\d)/;

/** True when the lines from `start` on hold a figure grouped by fine spaces: only then is a table read in a fine mode too. */
export function fineGroupsNear(lines: SourceLine[], start: number): boolean {
  for (let i = start; i < lines.length && i < start + NEAR; i++) if (FINE_FIGURE.test(lines[i]!.raw)) return true;
  return false;
}

/** True when `next`, after `prev` with `gap` between them, is a later digit group of the same figure. */
export function joinsGroup(prev: string, gap: string, next: string): boolean {
  return gap.length === 1 && FINE.test(gap) && OPEN_FIGURE.test(prev) && LATER_GROUP.test(next);
}

/** True when the token is a figure whose groups are joined by fine spaces. */
export const isFineFigure = (t: string): boolean => FINE.test(t) && /\d/.test(t);

/** The token with its fine spaces taken out, for reading its number. */
export const withoutFineSpaces = (t: string): string => t.replace(FINE_ALL, '');

interface RunTok {
  text: string;
  from: number;
  to: number;
}

/**
 * What a table's rows allow, read with fine groups joined: each row as its source line, its
 * tokens and where its digit run begins among them.
 */
export function fineVerdict(rows: { raw: string; toks: RunTok[]; runAt: number }[]): { joined: boolean; cells: boolean } {
  let figures = 0;
  let rowsWith = 0;
  let onlyGroup = false;
  for (const { raw, toks, runAt } of rows) {
    let here = false;
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k]!;
      const gap = k > 0 ? raw.slice(toks[k - 1]!.to, t.from) : '';
      // A group that cannot open a value after an ordinary space, in the run or in a label that took it
      // when every figure was read as a cell: the table groups that figure with an ordinary space.
      if (k > 0 && /\d$/.test(toks[k - 1]!.text) && ONLY_GROUP.test(t.text)) onlyGroup = true;
      if (k < runAt) continue;
      if (isFineFigure(t.text)) {
        figures++;
        here = true;
      }
      // A fine space between a label and its figures, or between two figures, parts cells: the line tells nothing by it.
      // A sign set apart from its figure by one ("– 1 234") is typeset so.
      if (k > 0 && FINE.test(gap) && !(k > runAt && SIGN.test(toks[k - 1]!.text))) return { joined: false, cells: false };
    }
    if (here) rowsWith++;
  }
  return { joined: figures > 0, cells: rowsWith >= 2 && !onlyGroup };
}
