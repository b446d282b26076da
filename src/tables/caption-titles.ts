import type { Grid, GridCell, GridRow } from '../layout/types.js';
import { looksValue } from '../layout/looks-numeric.js';
import { matchRegion } from '../regions/index.js';

/**
 * Column titles set at the end of a caption line when a table has no header row of its own:
 * "Månadslön efter klass och kön år 2012 Kvinnor Män" above "Arbetare 25 300 27 100". The last
 * words are the titles when their count equals the rows' value count and they are short
 * capitalised words or years, not the end of a sentence ("… till Region Skåne" is a name).
 */
const MAX_TITLES = 6;
const MAX_CAPTION_WORDS = 40;
/** A title word: one capitalised word of letters ("Kvinnor", "Deltid", "Övriga"), or a year. */
const TITLE_WORD = /^(?:[A-ZÅÄÖÉ][a-zåäöéü-]{1,19}|(?:19|20)\d{2})$/;
const YEAR = /^(?:19|20)\d{2}$/;
/** A word that makes the words after it the end of a phrase: "… bidrag till Region Skåne", "… i Övre Norrland". */
const BINDING_WORD = /^(?:till|för|från|i|inom|av|på|med|mot|och|samt|eller|per|vid|hos|under|över|om|the|of|and|region|kommun)$/i;

export function withCaptionTitles(grid: Grid): Grid {
  const caption = grid.caption;
  if (!caption || (grid.headerRows ?? 0) > 0 || grid.source === 'list' || grid.rows.length < 2) return grid;
  const first = grid.rows[0]!;
  const n = first.cells.length - 1;
  if (n < 2 || n > MAX_TITLES) return grid;
  // Every row a label and n values: no header row hides among them.
  for (const row of grid.rows) {
    if (row.cells.length !== n + 1) return grid;
    if (looksValue(row.cells[0]!.text) || !row.cells.slice(1).every((c) => looksValue(c.text))) return grid;
  }
  const words = caption.text.trim().split(/\s+/);
  if (words.length <= n || words.length > MAX_CAPTION_WORDS) return grid;
  const phrases = headerPhrases(words, n);
  if (phrases) return withHeader(grid, null, words[0]!, phrases);
  const titles = words.slice(words.length - n);
  if (!titles.every((w) => TITLE_WORD.test(w)) || new Set(titles).size !== n) return grid;
  const years = titles.filter((w) => YEAR.test(w)).length;
  // Years are titles only all together ("2021 2022"); a year and words are a caption's own date.
  if (years !== 0 && years !== n) return grid;
  const before = words[words.length - n - 1]!;
  if (BINDING_WORD.test(before) || (years === 0 && TITLE_WORD.test(before) && !YEAR.test(before))) return grid;
  // A place name is the caption's subject, not a column ("Bidrag 2023 Uppsala Gävleborg").
  if (titles.some((w) => matchRegion(w) !== null)) return grid;
  return withHeader(grid, words.slice(0, words.length - n).join(' '), '', titles);
}

/** The grid with a header row of these titles, its caption the rest (null: none left). */
function withHeader(grid: Grid, rest: string | null, labelTitle: string, titles: readonly string[]): Grid {
  const caption = grid.caption!;
  const cell = (text: string): GridCell => ({ text, location: caption.location, colspan: 1, rowspan: 1, header: true, bold: false });
  const header: GridRow = { cells: [cell(labelTitle), ...titles.map(cell)], location: caption.location };
  return { ...grid, caption: rest === null ? null : { ...caption, text: rest }, rows: [header, ...grid.rows], headerRows: 1 };
}

/** Words of a header line: short, no sentence punctuation, no lead-in colon. */
const MAX_HEADER_WORDS = 16;
const CAPITAL = /^\p{Lu}/u;

/**
 * A caption that is the table's header line, every title opening with a capital and going on
 * in lower case or figures, the label column's title first: "Region Antal nystartade företag Nya
 * företag per 1000 invånare" over "Stockholms län 21 487 14,7" is "Region" | "Antal nystartade
 * företag" | "Nya företag per 1000 invånare". Read so only when the line opens with two capitalised
 * words and has exactly one capitalised word per value column after the first; a title that
 * names a region, or a line that reads as a sentence, is not such a header.
 */
export function headerPhrases(words: readonly string[], n: number): string[] | null {
  if (words.length > MAX_HEADER_WORDS || words.length < n + 2) return null;
  const text = words.join(' ');
  if (/[:;]$/.test(text) || /[.!?]\s/.test(text) || /[,]/.test(text)) return null;
  if (!CAPITAL.test(words[0]!) || !CAPITAL.test(words[1]!)) return null;
  const starts = words.map((w, i) => (i > 0 && CAPITAL.test(w) ? i : -1)).filter((i) => i > 0);
  if (starts.length !== n) return null;
  const phrases = starts.map((from, k) => words.slice(from, starts[k + 1] ?? words.length).join(' '));
  // Single words are the short titles above; here at least one title is a phrase.
  if (phrases.every((p) => !p.includes(' '))) return null;
  if (phrases.some((p) => matchRegion(p.split(' ')[0]!) !== null || matchRegion(p) !== null)) return null;
  return phrases;
}
