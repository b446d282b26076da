import type { SourceLine } from './source-line.js';
import { lastTitleIsColumn } from './last-title-column.js';

/**
 * A header copied out of a web table whose titles were wrapped word by word, one line each:
 *
 *   Antal            Utfall          Andel
 *   elever           2023            kvinnor
 *   Andel            Prognos         (%)
 *   flickor          2024            Antal
 *   (%)                              anställda
 *
 * Each column's title begins with a capital letter; its other lines go on in lower case, with a
 * digit or a parenthesis ("elever", "åk 1", "2024", "(%)"). So the titles, and with them the
 * column count, are read off the lines: a table as wide as that is not limited to the column
 * count a header on one line may name. A word broken at a hyphen ("efter-" / "gymn") is joined.
 */
const MIN_LINES = 4;
const MAX_LINES = 80;
const MAX_LINE = 24;
const MAX_WORDS = 3;
const MIN_TITLES = 2;

export interface StackedHeader {
  /** Index of the first line after the header (the first row). */
  end: number;
  titles: string[];
}

const isTitleLine = (raw: string): boolean => {
  const t = raw.trim();
  return t !== '' && t.length <= MAX_LINE && t.split(/\s+/).length <= MAX_WORDS && !/[.:;!?]$/.test(t);
};

/** The stacked header starting at `start` and ending right above a row (`isRow`), or null. */
export function stackedHeader(
  lines: SourceLine[],
  start: number,
  isRow: (src: SourceLine) => boolean,
  rowRange?: (src: SourceLine) => { min: number; max: number } | null,
): StackedHeader | null {
  if (start > 0 && lines[start - 1]!.raw.trim() !== '') return null;
  let i = start;
  while (i < lines.length && i - start < MAX_LINES && isTitleLine(lines[i]!.raw) && !isRow(lines[i]!)) i++;
  if (i - start < MIN_LINES || i >= lines.length || !isRow(lines[i]!)) return null;
  // Titles closed by years ("Budget" / "2024") are the year headers the column reader knows.
  if (lines.slice(start, i).some((l) => /^(?:19|20)\d{2}$/.test(l.raw.trim()))) return null;
  const titles: string[][] = [];
  for (let k = start; k < i; k++) {
    const t = lines[k]!.raw.trim();
    if (/^\p{Lu}/u.test(t) || titles.length === 0) titles.push([t]);
    else titles[titles.length - 1]!.push(t);
  }
  // A last title of one line right above the rows is a heading over them ("Skolnämnd"), not a column,
  // unless the first row's values can only be as many as the titles with it (last-title-column.ts).
  if (titles.length > 1 && titles[titles.length - 1]!.length === 1 && !lastTitleIsColumn(titles.length, rowRange?.(lines[i]!) ?? null)) {
    titles.pop();
    i--;
  }
  // Stacked: some title spans several lines; a run of one-word lines each a title is another layout.
  if (titles.length < MIN_TITLES || titles.every((t) => t.length === 1)) return null;
  const text = titles.map((parts) => parts.reduce((acc, p) => (acc.endsWith('-') && /^\p{Ll}/u.test(p) ? acc.slice(0, -1) + p : `${acc} ${p}`)));
  return { end: i, titles: text };
}
