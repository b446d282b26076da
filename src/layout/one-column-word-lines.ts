import type { SourceLine } from './source-line.js';
import type { StackedHeader } from './stacked-header.js';

/**
 * The header of a web table of one value column, pasted word by word, each title's words on
 * lines of their own, above rows on one line each:
 *
 *   Överenskommelse           Område
 *   Belopp                    Erhållet
 *   2022                      belopp
 *   tkr                       (tkr)
 *   Psykisk hälsa 12 500      Vårdplatser 3 100
 *
 * The first line titles the labels; the others, down to a year or a unit right above the first
 * row, are the one value column's title ("Belopp 2022 tkr"). It stands only where the rows under
 * it (three at least) can each be read as one value, and the run of title lines opens after a
 * blank line: a year or a unit closing the run shows it is a header, not a heading over the rows.
 */
const MIN_LINES = 3;
const MAX_LINES = 6;
const MAX_LINE = 30;
const MAX_WORDS = 3;
const MIN_ROWS = 3;
const YEAR = /^(?:19|20)\d{2}$/;
const UNIT = /^\(?(?:tkr|mnkr|mdkr|mkr|kr|kronor|tusen kronor|tusental kronor|miljoner kronor|ksek|msek|sek)\)?$/i;
const isTitleLine = (raw: string): boolean => {
  const t = raw.trim();
  return t !== '' && t.length <= MAX_LINE && t.split(/\s+/).length <= MAX_WORDS && !/[.:;!?]$/.test(t) && !/\d/.test(t.replace(YEAR, ''));
};

export function oneColumnWordLines(lines: SourceLine[], start: number, rangeOf: (src: SourceLine) => { min: number; max: number } | null): (StackedHeader & { label: string }) | null {
  if (start > 0 && lines[start - 1]!.raw.trim() !== '') return null;
  if (!/^\p{Lu}/u.test(lines[start]!.raw.trim())) return null;
  let i = start;
  while (i < lines.length && i - start < MAX_LINES && isTitleLine(lines[i]!.raw) && rangeOf(lines[i]!) === null) i++;
  if (i - start < MIN_LINES || i + MIN_ROWS > lines.length) return null;
  const last = lines[i - 1]!.raw.trim();
  if (!YEAR.test(last) && !UNIT.test(last)) return null;
  for (let k = i; k < i + MIN_ROWS; k++) {
    const range = rangeOf(lines[k]!);
    if (range === null || range.min > 1) return null;
  }
  const words = lines.slice(start + 1, i).map((l) => l.raw.trim());
  return { end: i, titles: [words.join(' ')], label: lines[start]!.raw.trim() };
}
