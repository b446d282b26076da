import { CODE_TITLE } from './code-cells.js';

/**
 * A one-line header whose titles are several words each, set apart by single spaces as the
 * rows' cells are: "Nämnd Budget Utfall Avvikelse mot budget", "Belopp i mnkr Intäkter
 * Kostnader Årets resultat Utgående eget kapital". Each title opens with a capital letter and
 * goes on in lower case (Swedish titles capitalise only their first word), so the capitals cut
 * the line into the stub's title and one title per value column. Read only when the cut gives
 * exactly that count: otherwise the words are left as they are.
 */
const MAX_WORDS_A_TITLE = 6;
const CAPITAL = /^[A-ZÅÄÖÉ(]/;
/** A word that goes on a title: lower case, a number, a unit in parentheses, a dash. */
const GOES_ON = /^(?:[a-zåäöéü]|\d|[-–%&/])/;

export function capitalTitles(words: readonly string[], valueCols: number): { label: string; columns: string[] } | null {
  // A unit in parentheses opens no title ("(tkr) Budget Utfall"): the stub's title must.
  if (words.length === 0 || !CAPITAL.test(words[0]!) || words[0]!.startsWith('(')) return null;
  // A caption ("Tabell 4. Antal platser 2021 Kvinnor") or a sentence is not a row of titles.
  if (words.some((w) => /[.:;!?]$/.test(w))) return null;
  const groups: string[][] = [];
  for (const w of words) {
    if (CAPITAL.test(w) && !/^\(/.test(w)) groups.push([w]);
    else if (GOES_ON.test(w) || /^\(/.test(w)) groups[groups.length - 1]!.push(w);
    else return null;
  }
  // A code column's title before the label's ("Kod Post Netto Beviljat belopp totalt"): both head the
  // one label column, as single spaces cannot set the code apart from the name.
  const stub = groups.length === valueCols + 2 && groups[0]!.length === 1 && CODE_TITLE.test(groups[0]![0]!) ? 2 : 1;
  if (groups.length !== valueCols + stub || groups.some((g) => g.length > MAX_WORDS_A_TITLE)) return null;
  // Only a header with at least one title of several words needs this; one word a title is read already.
  if (groups.slice(stub).every((g) => g.length === 1)) return null;
  const titles = groups.map((g) => g.join(' '));
  return { label: titles.slice(0, stub).join(' '), columns: titles.slice(stub) };
}

/**
 * Words cut into titles where a capital letter opens the next ("Antal lägenheter Antal boende" →
 * "Antal lägenheter", "Antal boende"), every other word going on the title before it; null when
 * the first word opens none. For callers that know the titles' count another way.
 */
export function cutAtCapitals(words: readonly string[]): string[][] | null {
  if (words.length === 0 || !/^\p{Lu}/u.test(words[0]!)) return null;
  const titles: string[][] = [];
  for (const w of words) {
    if (/^\p{Lu}/u.test(w)) titles.push([w]);
    else titles[titles.length - 1]!.push(w);
  }
  return titles;
}
