import type { SourceLine } from './source-line.js';
import type { StackedHeader } from './stacked-header.js';

/**
 * A header whose column titles each end in a year ("Budget 2019", "Plan 2023", "Period
 * 2019–2022"), copied out of a PDF whose title cells wrapped before their years: each line of
 * the copy ends with the first word of one title and the next line opens with that title's year,
 * so the lines cut across the titles. Pages set the lines as paragraphs (a blank line between)
 * as often as not:
 *
 *   Investeringar och exploateringar Budget
 *
 *   2019 Budget
 *
 *   2020 Period 2019-
 *
 *   2020
 *
 *   Plan
 *
 *   2021 Plan 2022
 *
 *   Skattefinansierad verksamhet 132 544 130 135 262 679 109 255 55 000
 *
 * Joined, the lines are one header line: the row labels' title, then titles of a few words that
 * each close with a year or a span of years (its end may stand on the next line). Read line by
 * line, the year that opens a line was a row's label or value and the header was lost. Taken only
 * where two lines or more open with a year and go on with words (the mark of titles cut at their
 * years) and the first row under the header holds one value per title.
 */
const MAX_LINES = 16;
const MAX_LINE = 60;
const MIN_TITLES = 3;
const MAX_TITLES = 14;
const MAX_TITLE_WORDS = 3;
const MIN_CUT_LINES = 2;

const YEAR = /^(?:19|20)\d\d$/;
/** A span's first year left at the end of a line ("2019-"), its last year on the next. */
const OPEN_SPAN = /^(?:19|20)\d\d[-–]$/;
const SPAN = /^(?:19|20)\d\d[-–](?:19|20)?\d\d$/;
const WORD = /^\p{L}[\p{L}.,\-–/]*$/u;
/** A line that opens with a year and goes on with a word: a title cut at its year. */
const CUT_AT_YEAR = /^(?:19|20)\d\d\s+\p{L}/u;

const isBlank = (raw: string): boolean => raw.trim() === '';

/** The header's words, a span cut over two lines joined again ("2019-" + "2022"). */
function joinedTokens(texts: readonly string[]): string[] | null {
  const out: string[] = [];
  for (const t of texts.flatMap((x) => x.trim().split(/\s+/))) {
    const prev = out[out.length - 1];
    if (prev !== undefined && OPEN_SPAN.test(prev) && /^\d+$/.test(t)) out[out.length - 1] = prev + t;
    else out.push(t);
  }
  return out.every((t) => YEAR.test(t) || SPAN.test(t) || WORD.test(t)) ? out : null;
}

const closesTitle = (t: string): boolean => YEAR.test(t) || SPAN.test(t);

/**
 * The label column's title and the column titles of a joined header, or null unless every
 * title is a few words closed by a year. The first title takes as many words as the second,
 * since such titles share one shape ("Budget 2019 Budget 2020"); the words before it title the labels.
 */
export function yearTitles(tokens: readonly string[]): { label: string; titles: string[] } | null {
  const groups: string[][] = [[]];
  for (const t of tokens) {
    groups[groups.length - 1]!.push(t);
    if (closesTitle(t)) groups.push([]);
  }
  if (groups.pop()!.length > 0) return null;
  if (groups.length < MIN_TITLES || groups.length > MAX_TITLES) return null;
  if (groups.slice(1).some((g) => g.length < 2 || g.length > MAX_TITLE_WORDS + 1)) return null;
  const first = groups[0]!;
  const own = Math.min(groups[1]!.length, first.length);
  if (own < 2) return null;
  return { label: first.slice(0, first.length - own).join(' '), titles: [first.slice(first.length - own).join(' '), ...groups.slice(1).map((g) => g.join(' '))] };
}

/**
 * The year-wrapped header starting at `start`, or null. `values(src)` is how many values the
 * line can hold as a row, or null for a line that is no row.
 */
export function yearWrappedHeader(
  lines: readonly SourceLine[],
  start: number,
  values: (src: SourceLine) => { min: number; max: number } | null,
): (StackedHeader & { label: string }) | null {
  if (start >= lines.length || isBlank(lines[start]!.raw) || CUT_AT_YEAR.test(lines[start]!.raw.trim())) return null;
  const texts: string[] = [];
  let cut = 0;
  for (let i = start; i < lines.length && i - start <= MAX_LINES; i++) {
    const raw = lines[i]!.raw;
    if (isBlank(raw)) {
      // One blank line between the header's lines; two end it.
      if (i + 1 >= lines.length || isBlank(lines[i + 1]!.raw)) return null;
      continue;
    }
    if (cut >= MIN_CUT_LINES && texts.length >= 2) {
      const tokens = joinedTokens(texts);
      const read = tokens === null ? null : yearTitles(tokens);
      const row = values(lines[i]!);
      if (read !== null && row !== null && row.min <= read.titles.length && read.titles.length <= row.max) return { end: i, ...read };
    }
    if (raw.trim().length > MAX_LINE) return null;
    if (CUT_AT_YEAR.test(raw.trim())) cut++;
    texts.push(raw);
  }
  return null;
}
