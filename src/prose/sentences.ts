import { endsSentenceAfterMoneyUnit } from './money-unit-stop.js';

/**
 * Splits Swedish prose into sentences. A full stop ends a sentence unless it closes an
 * abbreviation (bl.a., t.ex., dvs., s.k., kap.) or sits inside a number or a numbered heading.
 * After a year ("… under 2026. Pengarna …") or a figure's last digit group ("… ökade till
 * 12 000. Regeringen …") within a sentence it does end one: Swedish writes no ordinal dots, and a
 * numbered heading ("1. Inledning", "2022. Utfall") has its number first. After a lone capital
 * letter it ends one where the letter names something after a word in lower case ("bilaga B."),
 * not after an initial or a list letter.
 */
const ABBREVIATIONS = new Set([
  'bl.a', 't.ex', 'dvs', 's.k', 'm.m', 'ca', 'kap', 'nr', 'p.g.a', 'pga', 'jfr', 'resp', 'st', 'prop', 'bet', 'rskr',
  'dnr', 'ap', 'fr.o.m', 't.o.m', 'o.s.v', 'osv', 'm.fl', 'd.v.s', 'f.d', 'inkl', 'exkl', 'kl', 'tel', 'milj', 'mdr', 'mnkr', 'tkr', 'kr', 'ang', 'enl', 'avd', 'sek', 'proc', 'e.d', 'fig', 'tab', 'forts',
]);

export interface SentenceSpan {
  start: number;
  end: number;
}

// A year of the last two centuries and this one, or a digit group closing a grouped figure ("12 000").
const YEAR = /^(?:18|19|20)\d\d$/;
const LAST_GROUP = /\d \d{3}$/;

/** A full stop right after the number `word`, ending at `at`, closes the sentence begun at `start`. */
function endsSentenceAfterNumber(text: string, start: number, at: number, word: string): boolean {
  const head = text.slice(start, at - word.length).trim();
  if (head === '') return false;
  return YEAR.test(word) || LAST_GROUP.test(text.slice(Math.max(start, at - 8), at));
}

/**
 * A full stop right after a lone capital letter, ending at `at`: an initial ("Anna B. Svensson",
 * "A. B. Berg") or a list letter opening what follows ("B. Bidrag till regionerna") does not end
 * the sentence; a letter that names an appendix, an option or a class after a word in lower case
 * ("enligt bilaga B. Regeringen …", "alternativ C. Det …") does.
 */
function endsSentenceAfterLetter(text: string, start: number, at: number): boolean {
  const letter = text[at - 1]!;
  if (letter !== letter.toUpperCase()) return false;
  // A run of initials ("A. B. Berg") goes on.
  if (/^\s+\p{Lu}\./u.test(text.slice(at + 1, at + 5))) return false;
  const head = text.slice(start, at - 1).trimEnd();
  const previous = head.slice(Math.max(head.lastIndexOf(' '), head.lastIndexOf('\t'), head.lastIndexOf('\n')) + 1);
  // A name follows a preposition or a conjunction ("skrevs av A. Berg"); a letter that names something follows a noun.
  return /^\p{Ll}{2,}$/u.test(previous) && !BEFORE_NAMES.has(previous);
}

// Words after which a capital letter and a stop are more likely a name's initial than a list letter.
const BEFORE_NAMES = new Set(['av', 'till', 'med', 'från', 'och', 'hos', 'för', 'åt', 'samt', 'eller', 'enligt', 'mot', 'om', 'på', 'vid', 'efter', 'genom', 'utan', 'än', 'som']);

export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  const re = /[.!?](?=\s+["”»(–-]?[A-ZÅÄÖ0-9])/g;
  for (const m of text.matchAll(re)) {
    const at = m.index;
    if (text[at] === '.') {
      const before = /(?<!\S)(\S+)$/.exec(text.slice(Math.max(0, at - 12), at))?.[1]?.toLowerCase() ?? '';
      const word = before.replace(/^[("„”]+/, '');
      if ((ABBREVIATIONS.has(word) && !endsSentenceAfterMoneyUnit(text, at, word)) || (/^[a-zåäö]$/i.test(word) && !endsSentenceAfterLetter(text, start, at))) continue;
      if (/^\d+(\.\d+)*$/.test(word) && !endsSentenceAfterNumber(text, start, at, word)) continue;
    }
    const end = at + 1;
    if (text.slice(start, end).trim() !== '') spans.push({ start, end });
    start = end;
    while (start < text.length && /\s/.test(text[start]!)) start++;
  }
  if (text.slice(start).trim() !== '') spans.push({ start, end: text.length });
  return spans;
}
