import type { SourceLine } from './source-line.js';
import type { StackedHeader } from './stacked-header.js';

/**
 * A header whose years were cut one a line when the page was copied: the row labels' title with
 * the first year, then each further year on a line of its own,
 *
 *   Inkomsthuvudgrupp 2017          Län 2023          or   2019
 *   2018                            2022                   2020
 *   2019                            2021                   2021
 *   2020                            2020                   2022
 *   2021                                                   Region Norr 12 14 15 17
 *   Statens skatteinkomster 1 050 1 106 1 126 1 128 1 208
 *
 * Read line by line, each year looks like a row of one value. The years follow each other (each
 * one more, or one less, than the one before), so they count the columns: the header stands when
 * the row under it can hold exactly one value a year.
 */
const YEAR = /^(?:19|20)\d{2}$/;
const MIN_YEARS = 4;
const MAX_YEARS = 14;
const MAX_TITLE_WORDS = 4;
/** Words of a label column's title: letters, no figure, no sentence end. */
const TITLE_WORD = /^\p{L}[\p{L}\-/]*$/u;

export function yearLineHeader(lines: SourceLine[], start: number, rangeOf: (src: SourceLine) => { min: number; max: number } | null): (StackedHeader & { label: string }) | null {
  const first = lines[start]!.raw.trim().split(/\s+/);
  const year = first[first.length - 1]!;
  if (!YEAR.test(year) || first.length - 1 > MAX_TITLE_WORDS || !first.slice(0, -1).every((w) => TITLE_WORD.test(w))) return null;
  const years = [year];
  let i = start + 1;
  for (; i < lines.length && years.length < MAX_YEARS; i++) {
    const t = lines[i]!.raw.trim();
    if (!YEAR.test(t)) break;
    const step = Number(t) - Number(years[years.length - 1]);
    if (Math.abs(step) !== 1 || (years.length > 1 && step !== Number(years[1]) - Number(years[0]))) break;
    years.push(t);
  }
  if (years.length < MIN_YEARS || i >= lines.length) return null;
  const range = rangeOf(lines[i]!);
  if (range === null || range.min > years.length || range.max < years.length) return null;
  return { end: i, titles: years, label: first.slice(0, -1).join(' ') };
}
