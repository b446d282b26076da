/**
 * The amount tokens' patterns, in the order the lexer tries them: first match wins, and a
 * keyword or number word gives way to a longer plain word ("kronorna", "sektor"). Kept free of
 * the parser library, so that reading documents does not load it: tokens.ts builds chevrotain's
 * lexer from these (the definition the tests hold to), scan.ts reads text with them directly.
 */
import { NUMBER_WORD_PARTS, parseNumberWord } from './numberWords.js';
import * as words from './lexicon.js';

/** Letters that can occur in Swedish (and other Latin-script) words. */
const LETTER = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F';
/** Characters that may separate thousands inside one number: space, NBSP, narrow NBSP, thin space. */
export const GROUP_SEPARATORS = ' \u00A0\u202F\u2009';

// \s covers NBSP, U+202F, U+2009 and line separators; soft hyphens and zero-width spaces are noise.
export const WHITESPACE = /[\s\u00AD\u200B]+/;
/** Digit groups separated by exactly one separator, with an optional decimal comma part. */
export const NUMBER_RUN = new RegExp(`\\d+(?:[${GROUP_SEPARATORS}]\\d+)*(?:,\\d+)?`);
/** Hyphen, U+2212 minus or en dash: a minus sign or a range dash, decided from context. */
export const DASH = /[-\u2212\u2013]/;
export const PERCENT_SIGN = /%/;
export const WORD = new RegExp(`[${LETTER}][${LETTER}0-9]*`);
/**
 * Any other single character (punctuation, Markdown escapes, symbols). Written as ranges rather
 * than a complement class so the lexer keeps its first-character optimisation; whitespace,
 * digits and letters never reach it because earlier patterns take them.
 */
export const OTHER = /[\u0000-\u0008\u000E-\u001F!-\/:-@[-`{-~\u007F-\u009F\u00A1-\uFFFF]/;

/**
 * Quick shape test before the exact check: a whole word made only of number-word parts.
 * Most words fail it within a character or two, which keeps the lexer fast on prose.
 */
const NUMBER_WORD_SHAPE = new RegExp(
  // (?=(…+))\1 takes the parts once, without backtracking into other splits of the word
  // (exponential on a long run of parts that ends in a letter); a shorter split ends inside the
  // word, so it could never pass the closing look-ahead anyway.
  `(?=((?:${[...NUMBER_WORD_PARTS].sort((a, b) => b.length - a.length).join('|')})+))\\1(?![${LETTER}0-9])`,
  'iy',
);

/** A whole word at `offset` whose letters spell a number ("två", "tjugofem"), with its value; "tusen" is a scale word instead. */
export function matchNumberWord(text: string, offset: number): { image: string; value: number } | null {
  NUMBER_WORD_SHAPE.lastIndex = offset;
  const m = NUMBER_WORD_SHAPE.exec(text);
  if (m === null) return null;
  const lower = m[0].toLowerCase();
  if (lower === 'tusen') return null;
  const value = parseNumberWord(lower);
  if (value === null) return null;
  return { image: m[0], value };
}

/** The letters the lexer tries a number word at. */
export const NUMBER_WORD_START = [...'entfsåhnoaENTFSÅHNOA'];

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A case-insensitive keyword pattern; longer alternatives first so "närmare" is not read as "nära". */
export function keywordPattern(list: readonly string[]): RegExp {
  const sorted = [...list].sort((a, b) => b.length - a.length).map(escape);
  return new RegExp(sorted.join('|'), 'i');
}

/**
 * The characters a case-insensitive keyword can start with: each word's first letter in both
 * cases, as the lexer's own analysis of the pattern finds them. Given as a hint, they spare
 * that analysis (parsing every alternative of the pattern) at each start of a process.
 */
export function keywordStartChars(list: readonly string[]): string[] {
  const chars = new Set<string>();
  for (const word of list) {
    const first = word[0]!;
    chars.add(first.toLowerCase());
    chars.add(first.toUpperCase());
  }
  return [...chars].sort();
}

/** The keyword tokens with their words, in the order the lexer tries them (after number words, before plain words). */
export const KEYWORDS: readonly (readonly [string, readonly string[]])[] = [
  ['Qualifier', [...words.QUALIFIER_WORDS.keys()]],
  ['Och', ['och']],
  // A fraction after a number word: "en halv", "en kvarts" (the parse tells them apart by the word).
  ['Halv', ['halv', 'kvarts']],
  ['Thousand', words.THOUSAND_WORDS],
  ['Million', words.MILLION_WORDS],
  ['Billion', words.BILLION_WORDS],
  ['SekThousand', words.SEK_THOUSAND_WORDS],
  ['SekMillion', words.SEK_MILLION_WORDS],
  ['SekBillion', words.SEK_BILLION_WORDS],
  ['Sek', words.SEK_WORDS],
  ['PercentWord', words.PERCENT_WORDS],
  ['Swedish', words.SWEDISH_WORDS],
  ['ForeignAdjective', words.FOREIGN_ADJECTIVES],
  ['ForeignCurrency', words.FOREIGN_CURRENCY_WORDS],
  ['CountNoun', words.COUNT_NOUNS],
];
