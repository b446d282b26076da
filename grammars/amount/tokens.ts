/**
 * Lexer for amounts in Swedish prose and table cells.
 *
 * Whitespace is skipped; the parser and visitor use token offsets when adjacency matters
 * (a minus sign glued to its number, digits glued to letters). A whole run of digit groups
 * separated by single spaces ("2024 141 759 535") is one NumberRun token: deciding where one
 * number ends and the next begins needs the following unit, so it is left to the visitor.
 */
import { createToken, Lexer, type CustomPatternMatcherReturn, type TokenType } from 'chevrotain';
import { NUMBER_WORD_PARTS, parseNumberWord } from './numberWords.js';
import * as words from './lexicon.js';

/** Letters that can occur in Swedish (and other Latin-script) words. */
const LETTER = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F';
/** Characters that may separate thousands inside one number: space, NBSP, narrow NBSP, thin space. */
export const GROUP_SEPARATORS = ' \u00A0\u202F\u2009';

export const WhiteSpace = createToken({
  name: 'WhiteSpace',
  // \s covers NBSP, U+202F, U+2009 and line separators; soft hyphens and zero-width spaces are noise.
  pattern: /[\s\u00AD\u200B]+/,
  group: Lexer.SKIPPED,
  line_breaks: true,
});

/** Digit groups separated by exactly one separator, with an optional decimal comma part. */
export const NumberRun = createToken({
  name: 'NumberRun',
  pattern: new RegExp(`\\d+(?:[${GROUP_SEPARATORS}]\\d+)*(?:,\\d+)?`),
  line_breaks: false,
});

/** Hyphen, U+2212 minus or en dash: a minus sign or a range dash, decided from context. */
export const Dash = createToken({ name: 'Dash', pattern: /[-\u2212\u2013]/ });
export const PercentSign = createToken({ name: 'PercentSign', pattern: /%/ });

export const Word = createToken({
  name: 'Word',
  pattern: new RegExp(`[${LETTER}][${LETTER}0-9]*`),
});

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

/** A whole word whose letters spell a number ("två", "tjugofem"); "tusen" is a scale word instead. */
function matchNumberWord(text: string, offset: number): CustomPatternMatcherReturn | null {
  NUMBER_WORD_SHAPE.lastIndex = offset;
  const m = NUMBER_WORD_SHAPE.exec(text);
  if (m === null) return null;
  const lower = m[0].toLowerCase();
  if (lower === 'tusen') return null;
  const value = parseNumberWord(lower);
  if (value === null) return null;
  const result: CustomPatternMatcherReturn = [m[0]];
  result.payload = value;
  return result;
}

const NUMBER_WORD_START = [...'entfsåhnoaENTFSÅHNOA'];

export const NumberWord = createToken({
  name: 'NumberWord',
  pattern: { exec: matchNumberWord },
  line_breaks: false,
  start_chars_hint: NUMBER_WORD_START,
  longer_alt: Word,
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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

/** A case-insensitive keyword; longer alternatives first so "närmare" is not read as "nära". */
function keyword(name: string, list: readonly string[]): TokenType {
  const sorted = [...list].sort((a, b) => b.length - a.length).map(escape);
  return createToken({ name, pattern: new RegExp(sorted.join('|'), 'i'), longer_alt: Word, start_chars_hint: keywordStartChars(list) });
}

export const Qualifier = keyword('Qualifier', [...words.QUALIFIER_WORDS.keys()]);
export const Och = keyword('Och', ['och']);
export const Halv = keyword('Halv', ['halv']);
export const Thousand = keyword('Thousand', words.THOUSAND_WORDS);
export const Million = keyword('Million', words.MILLION_WORDS);
export const Billion = keyword('Billion', words.BILLION_WORDS);
export const Sek = keyword('Sek', words.SEK_WORDS);
export const SekThousand = keyword('SekThousand', words.SEK_THOUSAND_WORDS);
export const SekMillion = keyword('SekMillion', words.SEK_MILLION_WORDS);
export const SekBillion = keyword('SekBillion', words.SEK_BILLION_WORDS);
export const PercentWord = keyword('PercentWord', words.PERCENT_WORDS);
export const Swedish = keyword('Swedish', words.SWEDISH_WORDS);
export const ForeignAdjective = keyword('ForeignAdjective', words.FOREIGN_ADJECTIVES);
export const ForeignCurrency = keyword('ForeignCurrency', words.FOREIGN_CURRENCY_WORDS);
export const CountNoun = keyword('CountNoun', words.COUNT_NOUNS);

/**
 * Any other single character (punctuation, Markdown escapes, symbols). Written as ranges rather
 * than a complement class so the lexer keeps its first-character optimisation; whitespace,
 * digits and letters never reach it because earlier patterns take them.
 */
export const Other = createToken({
  name: 'Other',
  pattern: /[\u0000-\u0008\u000E-\u001F!-\/:-@[-`{-~\u007F-\u009F\u00A1-\uFFFF]/,
});

/** Order matters: chevrotain takes the first pattern that matches (keywords before Word). */
export const allTokens: TokenType[] = [
  WhiteSpace,
  NumberRun,
  Dash,
  PercentSign,
  NumberWord,
  Qualifier,
  Och,
  Halv,
  Thousand,
  Million,
  Billion,
  SekThousand,
  SekMillion,
  SekBillion,
  Sek,
  PercentWord,
  Swedish,
  ForeignAdjective,
  ForeignCurrency,
  CountNoun,
  Word,
  Other,
];

/** The lexer's options; `skipValidations` spares the pattern checks at every start (a test runs them). */
export const AMOUNT_LEXER_CONFIG = {
  positionTracking: 'onlyOffset',
  ensureOptimizations: true,
  skipValidations: true,
} as const;

export const amountLexer = new Lexer(allTokens, AMOUNT_LEXER_CONFIG);
