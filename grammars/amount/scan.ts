/**
 * Reads text into amount tokens the way the chevrotain lexer of tokens.ts does, without loading
 * chevrotain: at each offset the patterns of lexemes.ts are tried in their order, the first that
 * matches wins, a keyword or number word gives way to a longer plain word, whitespace is
 * skipped. Loading chevrotain cost a reading thread more at start-up than lexing every sentence
 * of a long document; a test compares the tokens of both on generated and real text.
 */
import * as lex from './lexemes.js';

/** What the window cutter and the descent read of a token; chevrotain's tokens have the same fields. */
export interface AmountToken {
  tokenType: { name: string };
  image: string;
  startOffset: number;
  /** A number word's value. */
  payload?: number;
}

/** A pattern tried at the current offset: chevrotain's tokens are sticky (matched right there). */
const sticky = (re: RegExp): RegExp => new RegExp(re.source, `${re.flags}y`);

const WHITESPACE = sticky(lex.WHITESPACE);
const NUMBER_RUN = sticky(lex.NUMBER_RUN);
const WORD = sticky(lex.WORD);
const DASH = lex.DASH;
const OTHER = lex.OTHER;

const kind = (name: string): { name: string } => ({ name });
const NumberRun = kind('NumberRun');
const Dash = kind('Dash');
const PercentSign = kind('PercentSign');
const NumberWord = kind('NumberWord');
const Word = kind('Word');
const Other = kind('Other');

/** Keywords by the character they may start with, each list in the lexer's order. */
const KEYWORDS_AT = new Map<string, { type: { name: string }; pattern: RegExp }[]>();
for (const [name, list] of lex.KEYWORDS) {
  const entry = { type: kind(name), pattern: sticky(lex.keywordPattern(list)) };
  for (const c of lex.keywordStartChars(list)) {
    const at = KEYWORDS_AT.get(c);
    if (at) at.push(entry);
    else KEYWORDS_AT.set(c, [entry]);
  }
}
const NUMBER_WORD_START = new Set(lex.NUMBER_WORD_START);

function matchAt(re: RegExp, text: string, offset: number): string | null {
  re.lastIndex = offset;
  const m = re.exec(text);
  return m === null ? null : m[0];
}

/** The tokens of `text`, whitespace left out. Every character is some token, so there are no errors. */
export function scanAmounts(text: string): AmountToken[] {
  const out: AmountToken[] = [];
  let at = 0;
  while (at < text.length) {
    const c = text[at]!;
    const space = matchAt(WHITESPACE, text, at);
    if (space !== null) {
      at += space.length;
      continue;
    }
    let token: AmountToken | null = null;
    const run = c >= '0' && c <= '9' ? matchAt(NUMBER_RUN, text, at) : null;
    if (run !== null) token = { tokenType: NumberRun, image: run, startOffset: at };
    else if (DASH.test(c)) token = { tokenType: Dash, image: c, startOffset: at };
    else if (c === '%') token = { tokenType: PercentSign, image: c, startOffset: at };
    else {
      // A number word or keyword, unless a plain word starting here is longer.
      const numberWord = NUMBER_WORD_START.has(c) ? lex.matchNumberWord(text, at) : null;
      if (numberWord !== null) token = { tokenType: NumberWord, image: numberWord.image, startOffset: at, payload: numberWord.value };
      else {
        for (const keyword of KEYWORDS_AT.get(c) ?? []) {
          const image = matchAt(keyword.pattern, text, at);
          if (image !== null) {
            token = { tokenType: keyword.type, image, startOffset: at };
            break;
          }
        }
      }
      const word = matchAt(WORD, text, at);
      if (word !== null && (token === null || word.length > token.image.length)) token = { tokenType: Word, image: word, startOffset: at };
      if (token === null) token = { tokenType: Other, image: c, startOffset: at };
    }
    out.push(token);
    at += token.image.length;
  }
  return out;
}
