import type { GroupedTitles } from './grouped-cell-titles.js';

/**
 * A statement's header pasted one cell a paragraph, its empty cells lost: the stub's title, the
 * note column's title, the groups' titles, then the years, the first of them under a word of its
 * own that says what it is ("Budget"):
 *
 *   miljoner kronor      ← the rows' title
 *   Not                  ← the note column
 *   Kommunen             ← groups, each over a run of years
 *   Koncernen
 *   Budget               ← over the first year only
 *   2025  2025  2024  2025  2024
 *
 * The word may share the first year's cell ("Budget 2025").
 *
 * Read one title a column, the groups and the word took columns of their own and every figure
 * stood a column off. The years run down (or up) within a group and turn back where the next
 * group begins ("2025 2025 2024 | 2025 2024"); the worded year may repeat the year after it. The
 * header is read so only when the runs are as many as the groups and the years, with the note
 * column, fill the `k` − 1 columns after the stub.
 */
const NOTE_TITLE = /^not(?:er)?\.?$/i;
const YEAR = /^(?:19|20)\d{2}$/;
/** The first year may carry its word in its own cell ("Budget 2023"). */
const WORDED_YEAR = /^\p{L}[\p{L} ]{1,30} ((?:19|20)\d{2})$/u;
/** A group's title or the word over the first year: a few words, no figure. */
const WORDS = /^\p{L}[\p{L} ,.-]{1,40}$/u;
const MIN_GROUPS = 2;

export function notedGroupTitles(texts: readonly string[], k: number): GroupedTitles | null {
  const t = texts.map((x) => x.trim());
  if (t.length < 4 || !NOTE_TITLE.test(t[1]!) || YEAR.test(t[0]!)) return null;
  const firstYear = t.findIndex((x, c) => c > 1 && (YEAR.test(x) || WORDED_YEAR.test(x)));
  if (firstYear < 0 || !t.slice(firstYear + 1).every((x) => YEAR.test(x))) return null;
  const wordedCell = WORDED_YEAR.exec(t[firstYear]!);
  const years = [wordedCell ? wordedCell[1]! : t[firstYear]!, ...t.slice(firstYear + 1)];
  if (years.length !== k - 2) return null;
  const words = t.slice(2, firstYear);
  if (!words.every((w) => WORDS.test(w))) return null;
  const runs = yearRuns(years);
  if (runs === null) return null;
  // Every word a group's, or all but the last, which is the first year's.
  const groupCount = runs[runs.length - 1]! + 1;
  const worded = wordedCell !== null || words.length === groupCount + 1;
  if (groupCount < MIN_GROUPS || words.length !== groupCount + (worded && wordedCell === null ? 1 : 0)) return null;
  // A worded year may repeat the one after it; bare years never do.
  if (!worded && years.some((y, c) => c > 0 && y === years[c - 1])) return null;
  const groups = words.slice(0, groupCount);
  const subs = years.map((y, c) => (c > 0 || !worded ? y : wordedCell ? t[firstYear]! : `${words[groupCount]!} ${y}`));
  return {
    top: ['', '', ...runs.map((g) => groups[g]!)],
    sub: [t[0]!, t[1]!, ...subs],
    from: [0, 1, ...years.map((_, c) => firstYear + c)],
  };
}

/**
 * The group of each year: years go one way a year at a time (down or up, as the first step goes),
 * a step of none allowed only after the first year (its twin under the word); a step the other way
 * begins the next group. Null for years that do not run so.
 */
function yearRuns(years: readonly string[]): number[] | null {
  const ys = years.map(Number);
  const steps = ys.slice(1).map((y, c) => y - ys[c]!);
  const way = steps.find((d) => d !== 0);
  if (way === undefined || Math.abs(way) !== 1) return null;
  const out = [0];
  for (let c = 0; c < steps.length; c++) {
    const d = steps[c]!;
    if (d === way || (d === 0 && c === 0)) out.push(out[out.length - 1]!);
    else if (Math.sign(d) === -Math.sign(way)) out.push(out[out.length - 1]! + 1);
    else return null;
  }
  return out;
}
