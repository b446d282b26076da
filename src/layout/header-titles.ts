import { CODE_ONLY_TITLE, CODE_TITLE } from './code-cells.js';
import { LETTER_CODE_TITLE } from '../lexicon/phrases.js';

/**
 * The titles of a header set over lines, for a table whose column count was found otherwise (by
 * its sums, sum-width.ts) and which the header's own words did not split: "Gårds-" / "stöd" /
 * "Bidrag extensiv vall Bidrag ekologisk odling", "Kommun Utfall 2022 Budget 2023 varav
 * investeringar". Words wrapped at a hyphen are joined; a title opens at a capital letter, at a
 * year after a year, or at a word that opens a title in lower case ("varav", "därav"); every
 * other word goes on the title before it. Read only when the cut gives one title per value
 * column, with or without a title for the rows before them; otherwise null, and the columns keep
 * their numbers.
 */
const MAX_WORDS_A_TITLE = 6;
const CAPITAL = /^[A-ZÅÄÖÉ]/;
const YEAR = /^(?:19|20)\d{2}$/;
/** Lower-case words that open a title of their own. */
const OPENS = /^(?:varav|därav|summa|totalt|antal|andel)$/;
/** A caption or a sentence is not a row of titles. */
const SENTENCE_END = /[.:;!?]$/;

export interface HeaderTitles {
  label: string;
  columns: string[];
}

/** Words of the lines, a word cut at a hyphen at a line's end joined with its rest ("Gårds-" + "stöd"). */
function joinedWords(lines: readonly string[]): string[] {
  const words: string[] = [];
  let carry = false;
  for (const line of lines) {
    const ws = line.trim().split(/\s+/).filter((w) => w !== '');
    ws.forEach((w, k) => {
      if (k === 0 && carry && /^[a-zåäöé]/.test(w)) words[words.length - 1] = words[words.length - 1]!.slice(0, -1) + w;
      else words.push(w);
    });
    carry = words.length > 0 && /\p{L}-$/u.test(words[words.length - 1]!);
  }
  return words;
}

export function headerTitles(lines: readonly string[], valueCols: number): HeaderTitles | null {
  const words = joinedWords(lines);
  if (words.length === 0 || valueCols < 2 || !CAPITAL.test(words[0]!)) return null;
  // A code column's title first ("Förk.", "Nr.") is an abbreviation, not a sentence's end.
  const codeFirst = isCodeTitle(words[0]!);
  if (words.some((w, k) => SENTENCE_END.test(w) && !(k === 0 && codeFirst))) return null;
  // Years run on their titles ("Utfall 2022 Budget 2023"); when that gives no fit, a year after a
  // title's words may be a title of its own ("Kod Belopp i tusental kronor 2019 Budget 2021").
  return fitTitles(titleGroups(words), words, valueCols, codeFirst) ?? fitTitles(titleGroups(words, true), words, valueCols, codeFirst);
}

function fitTitles(titles: string[] | null, words: readonly string[], valueCols: number, codeFirst: boolean): HeaderTitles | null {
  if (titles === null) return null;
  const read = (label: string, columns: string[]): HeaderTitles | null =>
    // A code's title ("Kod", "Länskod") heads codes before the labels, never a column of values.
    columns.some((c) => CODE_ONLY_TITLE.test(c)) ? null : { label, columns };
  if (titles.length === valueCols) return read('', titles);
  if (titles.length === valueCols + 1) return read(titles[0]!, titles.slice(1));
  // A code column's title and the names' title over the label ("Förk. Parti" over "M Moderaterna").
  if (titles.length === valueCols + 2 && codeFirst && titles[0] === words[0] && !/\d/.test(titles[1]!)) return read(`${titles[0]} ${titles[1]}`, titles.slice(2));
  return null;
}

const isCodeTitle = (word: string): boolean => CODE_TITLE.test(word) || LETTER_CODE_TITLE.test(word);

/**
 * The words cut into titles: a title opens at a capital letter, at a year after a year, or at a
 * word that opens a title in lower case; every other word goes on the title before it. With
 * `yearsApart`, every year is a title of its own. Null when a title would be longer than a title is.
 */
export function titleGroups(words: readonly string[], yearsApart = false): string[] | null {
  const groups: string[][] = [];
  for (const w of words) {
    const last = groups[groups.length - 1];
    const yearAfterYear = YEAR.test(w) && last !== undefined && YEAR.test(last[last.length - 1]!);
    // With years apart, a year is a title of its own and ends it: "Förändring 2019 2020" is three titles.
    if (yearsApart && last !== undefined && (YEAR.test(w) || YEAR.test(last[last.length - 1]!))) {
      groups.push([w]);
      continue;
    }
    // A word after a comma goes on its title ("Förändring, antal").
    const afterComma = last !== undefined && last[last.length - 1]!.endsWith(',');
    if (!last || (!afterComma && (CAPITAL.test(w) || OPENS.test(w) || yearAfterYear))) groups.push([w]);
    else last.push(w);
  }
  if (groups.some((g) => g.length > MAX_WORDS_A_TITLE)) return null;
  return groups.map((g) => g.join(' '));
}
