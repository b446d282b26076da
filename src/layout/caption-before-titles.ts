/**
 * A numbered table's caption and its column titles on one single-spaced line, the caption closed
 * by its unit:
 *
 *   Tabell 4 Riktade statsbidrag 2022, tkr Budget Utfall
 *   Psykisk hälsa 12 000 12 500
 *
 * The caption may name a year ("2022,"), which the column reader would take for a column of its
 * own; the unit closes the caption, and the words after it, each opening with a capital or a
 * year, are the columns' titles ("Tabell 3 Bidrag per område, mnkr 2021 2022 2023": the caption
 * is the table's, not the label column's title). Returns the offset in the line where the titles
 * begin, or -1 when the line is not so made.
 */
const NUMBERED = /^(?:Tabell|Tab\.|Table) \d{1,3}[.:]? /;
const UNIT = /^\(?(?:tkr|mnkr|mdkr|mkr|kr|kronor|ksek|msek)\)?[,:]?$/i;
/** A column's title: a word opening with a capital, or a year ("… mnkr 2021 2022 2023"). */
const TITLE = /^(?:\p{Lu}[\p{L}-]*|(?:19|20)\d{2})$/u;
const MAX_TITLES = 8;

export function captionBeforeTitles(raw: string): number {
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (!NUMBERED.test(text)) return -1;
  const words: { text: string; at: number }[] = [];
  for (const m of text.matchAll(/\S+/g)) words.push({ text: m[0], at: lead + m.index });
  let k = words.length - 1;
  while (k >= 0 && TITLE.test(words[k]!.text)) k--;
  const titles = words.length - 1 - k;
  // The unit right before the titles, after the caption's own words (number and one word at least).
  if (titles < 1 || titles > MAX_TITLES || k < 3 || !UNIT.test(words[k]!.text)) return -1;
  return words[k + 1]!.at;
}
