/**
 * Reads text into amount tokens the way the chevrotain lexer of tokens.ts does, without loading
 * chevrotain: at each offset the patterns of lexemes.ts are tried in their order, the first that
 * matches wins, a keyword or number word gives way to a longer plain word, whitespace is
 * skipped; whitespace, digits, dashes and % are told by their character code. Loading chevrotain cost a reading thread more at start-up than lexing every sentence
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

const NUMBER_RUN = sticky(lex.NUMBER_RUN);
const WORD = sticky(lex.WORD);

const kind = (name: string): { name: string } => ({ name });
const NumberRun = kind('NumberRun');
const Dash = kind('Dash');
const PercentSign = kind('PercentSign');
const NumberWord = kind('NumberWord');
const Word = kind('Word');
const Other = kind('Other');

/** Keywords by the character code they may start with, each list in the lexer's order. */
const KEYWORDS_AT = new Map<number, { type: { name: string }; pattern: RegExp }[]>();
for (const [name, list] of lex.KEYWORDS) {
  const entry = { type: kind(name), pattern: sticky(lex.keywordPattern(list)) };
  for (const c of lex.keywordStartChars(list)) {
    const at = KEYWORDS_AT.get(c.charCodeAt(0));
    if (at) at.push(entry);
    else KEYWORDS_AT.set(c.charCodeAt(0), [entry]);
  }
}
const NUMBER_WORD_START = new Set(lex.NUMBER_WORD_START.map((c) => c.charCodeAt(0)));

/**
 * The characters of lexemes.ts's WHITESPACE, by code: JavaScript's \s (which chevrotain's
 * analysis of the pattern lists the same way), the soft hyphen and the zero-width space.
 */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0xad || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** How many characters a sticky pattern takes at `offset` (-1: none); `test` spares the match array. */
function lengthAt(re: RegExp, text: string, offset: number): number {
  re.lastIndex = offset;
  return re.test(text) ? re.lastIndex - offset : -1;
}

/** The tokens of `text`, whitespace left out. Every character is some token, so there are no errors. */
export function scanAmounts(text: string): AmountToken[] {
  const out: AmountToken[] = [];
  const n = text.length;
  let at = 0;
  while (at < n) {
    const c = text.charCodeAt(at);
    if (isSpace(c)) {
      at++;
      continue;
    }
    if (c >= 0x30 && c <= 0x39) {
      const length = lengthAt(NUMBER_RUN, text, at);
      out.push({ tokenType: NumberRun, image: text.substr(at, length), startOffset: at });
      at += length;
      continue;
    }
    if (c === 0x2d || c === 0x2212 || c === 0x2013 || c === 0x25) {
      out.push({ tokenType: c === 0x25 ? PercentSign : Dash, image: text[at]!, startOffset: at });
      at++;
      continue;
    }
    // A number word or keyword, unless a plain word starting here is longer.
    let type: { name: string } | null = null;
    let length = -1;
    let value: number | undefined;
    const numberWord = NUMBER_WORD_START.has(c) ? lex.matchNumberWord(text, at) : null;
    if (numberWord !== null) {
      type = NumberWord;
      length = numberWord.image.length;
      value = numberWord.value;
    } else {
      const keywords = KEYWORDS_AT.get(c);
      if (keywords !== undefined) {
        for (const keyword of keywords) {
          length = lengthAt(keyword.pattern, text, at);
          if (length >= 0) {
            type = keyword.type;
            break;
          }
        }
      }
    }
    const word = lengthAt(WORD, text, at);
    if (word > length) {
      type = Word;
      length = word;
      value = undefined;
    }
    if (type === null) {
      type = Other;
      length = 1;
    }
    const token: AmountToken = { tokenType: type, image: text.substr(at, length), startOffset: at };
    if (value !== undefined) token.payload = value;
    out.push(token);
    at += length;
  }
  return out;
}
