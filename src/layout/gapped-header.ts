import type { SourceLine } from './source-line.js';
import type { StackedHeader } from './stacked-header.js';

/**
 * A header copied out of a web table whose cells each became a paragraph: one title a line, a
 * blank line between, the rows right under the last title.
 *
 *   Invånare 2022
 *
 *   Totalt
 *
 *   Kvinnor
 *
 *   Män
 *   Samtliga 596 841 296 295 300 546
 *
 * The titles name the value columns, as many as the first row holds values; a first title over
 * them all heads the label column. Without this, the table was found from the last title on,
 * with that title as its only header and its columns unnamed.
 */
const MAX_TITLE = 40;
const MAX_TITLE_WORDS = 5;
const MAX_FIRST = 80;
/** Two lines with a blank between are as often a heading and a unit line ("Resultaträkning" / "Tusental kronor"). */
const MIN_LINES = 3;
const MIN_TITLES = 2;
const MAX_TITLES = 12;

const isBlank = (raw: string): boolean => raw.trim() === '';
// A letter somewhere before the year, asked by a lookahead from the start: the same lines, no quadratic backtracking.
const YEAR_LAST = /^(?=[^\d]*\p{L})[^\d]*\s(?:19|20)\d{2}$/u;
/** A table's caption ("Tabell 13. …") or a line of cells set apart by runs of spaces is no column title. */
const NO_TITLE = /^(?:tabell|tab\.|figur|bilaga)\s|\S {3,}\S/i;
const isTitle = (raw: string, max: number): boolean => {
  const t = raw.trim();
  return t !== '' && t.length <= max && !/[.:;!?]$/.test(t) && !/\d{1,3}(?: \d{3})+(?!\d)/.test(t) && /\p{L}/u.test(t) && !NO_TITLE.test(t);
};

/**
 * The gapped header starting at `start`, or null. `values(src)` is how many values the line can
 * hold as a row, or null for a line that is no row.
 */
export function gappedHeader(lines: readonly SourceLine[], start: number, values: (src: SourceLine) => { min: number; max: number } | null): (StackedHeader & { label: string }) | null {
  const holds = (src: SourceLine, n: number): boolean => {
    const r = values(src);
    return r !== null && r.min <= n && n <= r.max;
  };
  // A title may close with the year it is for ("Invånare 2022", "Budget 2024"), which alone reads as a row's value.
  const titleLine = (src: SourceLine, max: number): boolean => isTitle(src.raw, max) && (values(src) === null || YEAR_LAST.test(src.raw.trim()));
  if (start >= lines.length || !titleLine(lines[start]!, MAX_FIRST)) return null;
  const titles: string[] = [lines[start]!.raw.trim()];
  let i = start + 1;
  // (blank, title) pairs, then the first row directly under the last title.
  while (i + 1 < lines.length && titles.length <= MAX_TITLES && isBlank(lines[i]!.raw) && titleLine(lines[i + 1]!, MAX_TITLE) && lines[i + 1]!.raw.trim().split(/\s+/).length <= MAX_TITLE_WORDS) {
    titles.push(lines[i + 1]!.raw.trim());
    i += 2;
  }
  // The rows may stand apart from the last title by a blank line too, as the titles stand apart
  // from each other, when they then follow each other line by line (the body is no paragraphs).
  // Then a heading above the titles could pass for the labels' title: the first row must need as many values as the titles name.
  const apart = i + 2 < lines.length && isBlank(lines[i]!.raw) && values(lines[i + 1]!) !== null && values(lines[i + 2]!) !== null;
  if (apart) i++;
  if (titles.length < MIN_LINES || i >= lines.length || isBlank(lines[i]!.raw)) return null;
  const row = lines[i]!;
  const n = titles.length - 1;
  if (apart) {
    const need = values(row)!.min;
    if (n >= MIN_TITLES && need === n) return { end: i, label: titles[0]!, titles: titles.slice(1) };
    return need === n + 1 ? { end: i, label: '', titles } : null;
  }
  if (n >= MIN_TITLES && holds(row, n)) return { end: i, label: titles[0]!, titles: titles.slice(1) };
  if (holds(row, n + 1)) return { end: i, label: '', titles };
  return null;
}
