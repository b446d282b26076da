import type { SourceLine } from './source-line.js';

/**
 * English words of statistics tables' titles and headers (SCB, Socialstyrelsen and the other
 * statistics offices print an English line under each Swedish one): function words and the
 * vocabulary of headers. Words spelt alike in Swedish, which a Swedish header cell on a line of its
 * own may be ("Region", "Program", "Total", "Summa", "Not", "Median", "Per", "All", "In", "Kind",
 * "SEK"), are not here, or that cell would read as English.
 */
const ENGLISH = new Set(
  (
    'the of and by to from with at on or an other others both ' +
    'table figure diagram chart source note notes unit units ' +
    'number numbers amount amounts share shares percent percentage rate rates change changes average mean ' +
    'men women boys girls sex gender age ages aged years year month months quarter quarters ' +
    'county counties municipality municipalities country sweden whole ' +
    'thousands thousand million millions billion billions ' +
    'programme programmes pupils students persons people population households deaths births children ' +
    'employees employed unemployed income incomes costs cost expenditure revenue type types ' +
    'unknown missing'
  ).split(' '),
);

/** Swedish words a header or title of the same tables uses, that English never does. */
const SWEDISH = /[åäöÅÄÖ]|(?<![\p{L}])(?:och|av|efter|samt|för|antal|totalt|summa|kvinnor|flickor|pojkar|kommun|kommuner|riket|procent|andel|belopp|tabell|kronor|tkr|mnkr)(?![\p{L}])/iu;

const WORD = /\p{L}+/gu;

/** Whether a line reads as English: no digit, no Swedish letter or word, and at least half its words in the list above. */
export function isEnglishLine(text: string): boolean {
  const t = text.trim();
  if (t === '' || t.length > 160 || /\d/.test(t) || SWEDISH.test(t)) return false;
  const words = t.match(WORD) ?? [];
  if (words.length === 0) return false;
  const known = words.filter((w) => ENGLISH.has(w.toLowerCase())).length;
  return known * 2 >= words.length && known >= 1;
}

/** The text of a title line without its number ("Table 2.", "Tabell 2:"), so that the words decide. */
const NUMBERED = /^\s*(?:tabell|table|figur|figure|diagram)\s+\d+[a-z]?[.:]?\s*/i;

/**
 * English subtitles under Swedish titles and headers, as statistics offices print them
 * ("Län 2021 2022 2023" over "County", "Program Kvinnor Män Totalt" over "Programme Women Men
 * Total", "Tabell 2. Antal avlidna …" over "Table 2. Number of deaths …"): the block finder took
 * the English line for the table's header, its caption or a row without figures. A line that reads
 * as English, right under a line that reads as Swedish (a Swedish word or letter), is left out of
 * the lines the tables are read from; it holds no figure (the full text keeps it). An English
 * paragraph of its own, with no Swedish line right above, stays.
 */
export function withoutEnglishSubtitles(lines: SourceLine[]): SourceLine[] {
  const dropped = new Set<number>();
  for (let i = 1; i < lines.length; i++) {
    const above = lines[i - 1]!.raw;
    if (above.trim() !== '' && SWEDISH.test(above) && isEnglishLine(lines[i]!.raw.replace(NUMBERED, ''))) dropped.add(i);
  }
  return dropped.size === 0 ? lines : lines.filter((_, i) => !dropped.has(i));
}
