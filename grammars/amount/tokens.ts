/**
 * Lexer for amounts in Swedish prose and table cells, as chevrotain tokens: the definition of
 * the lexing that the parser (parser.ts) and the tests use. Documents are read by scan.ts, which
 * tries the same patterns (lexemes.ts) in the same order; a test compares the two.
 *
 * Whitespace is skipped; the parser and visitor use token offsets when adjacency matters
 * (a minus sign glued to its number, digits glued to letters). A whole run of digit groups
 * separated by single spaces ("2024 141 759 535") is one NumberRun token: deciding where one
 * number ends and the next begins needs the following unit, so it is left to the visitor.
 */
import { createToken, Lexer, type CustomPatternMatcherReturn, type TokenType } from 'chevrotain';
import * as lex from './lexemes.js';

export { GROUP_SEPARATORS, keywordStartChars } from './lexemes.js';

export const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: lex.WHITESPACE, group: Lexer.SKIPPED, line_breaks: true });
export const NumberRun = createToken({ name: 'NumberRun', pattern: lex.NUMBER_RUN, line_breaks: false });
export const Dash = createToken({ name: 'Dash', pattern: lex.DASH });
export const PercentSign = createToken({ name: 'PercentSign', pattern: lex.PERCENT_SIGN });
export const Word = createToken({ name: 'Word', pattern: lex.WORD });

function matchNumberWord(text: string, offset: number): CustomPatternMatcherReturn | null {
  const m = lex.matchNumberWord(text, offset);
  if (m === null) return null;
  const result: CustomPatternMatcherReturn = [m.image];
  result.payload = m.value;
  return result;
}

export const NumberWord = createToken({
  name: 'NumberWord',
  pattern: { exec: matchNumberWord },
  line_breaks: false,
  start_chars_hint: lex.NUMBER_WORD_START,
  longer_alt: Word,
});

const keyword = new Map(
  lex.KEYWORDS.map(([name, list]) => [name, createToken({ name, pattern: lex.keywordPattern(list), longer_alt: Word, start_chars_hint: lex.keywordStartChars(list) })]),
);

export const Qualifier = keyword.get('Qualifier')!;
export const Och = keyword.get('Och')!;
export const Halv = keyword.get('Halv')!;
export const Thousand = keyword.get('Thousand')!;
export const Million = keyword.get('Million')!;
export const Billion = keyword.get('Billion')!;
export const Sek = keyword.get('Sek')!;
export const SekThousand = keyword.get('SekThousand')!;
export const SekMillion = keyword.get('SekMillion')!;
export const SekBillion = keyword.get('SekBillion')!;
export const PercentWord = keyword.get('PercentWord')!;
export const Swedish = keyword.get('Swedish')!;
export const ForeignAdjective = keyword.get('ForeignAdjective')!;
export const ForeignCurrency = keyword.get('ForeignCurrency')!;
export const CountNoun = keyword.get('CountNoun')!;

export const Other = createToken({ name: 'Other', pattern: lex.OTHER });

/** Order matters: chevrotain takes the first pattern that matches (keywords before Word). */
export const allTokens: TokenType[] = [WhiteSpace, NumberRun, Dash, PercentSign, NumberWord, ...keyword.values(), Word, Other];

/** The lexer's options; `skipValidations` spares the pattern checks at every start (a test runs them). */
export const AMOUNT_LEXER_CONFIG = {
  positionTracking: 'onlyOffset',
  ensureOptimizations: true,
  skipValidations: true,
} as const;

export const amountLexer = new Lexer(allTokens, AMOUNT_LEXER_CONFIG);
