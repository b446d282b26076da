import { createToken, Lexer, type TokenType } from 'chevrotain';
import { describe, expect, it } from 'vitest';
import { allTokens, AMOUNT_LEXER_CONFIG, amountLexer, keywordStartChars, NumberWord } from '../../../grammars/amount/tokens.js';

/** "Type(image)" for every token, whitespace skipped. */
function lex(text: string): string[] {
  const result = amountLexer.tokenize(text);
  expect(result.errors).toEqual([]);
  return result.tokens.map((t) => `${t.tokenType.name}(${t.image})`);
}

describe('NumberRun', () => {
  it.each([
    ['space', '1 545 740 465'],
    ['no-break space U+00A0', '1\u00A0545\u00A0740\u00A0465'],
    ['narrow no-break space U+202F', '1\u202F545\u202F740\u202F465'],
    ['thin space U+2009', '1\u2009545\u2009740\u2009465'],
    ['no separator', '1545740465'],
  ])('takes digit groups separated by a %s as one token', (_name, text) => {
    expect(lex(text)).toEqual([`NumberRun(${text})`]);
  });

  it('keeps a decimal comma with its number', () => {
    expect(lex('1 237,5')).toEqual(['NumberRun(1 237,5)']);
    expect(lex('2,95')).toEqual(['NumberRun(2,95)']);
  });

  it('does not take a comma followed by a space (a list, not decimals)', () => {
    expect(lex('1, 2')).toEqual(['NumberRun(1)', 'Other(,)', 'NumberRun(2)']);
  });

  it('does not join groups across a tab, a newline or a double space', () => {
    expect(lex('9 540 486\t24 393 293')).toEqual(['NumberRun(9 540 486)', 'NumberRun(24 393 293)']);
    expect(lex('1 000\n2 000')).toEqual(['NumberRun(1 000)', 'NumberRun(2 000)']);
    expect(lex('1 000  200')).toEqual(['NumberRun(1 000)', 'NumberRun(200)']);
  });

  it('leaves the year-and-amount decision to the visitor: one run', () => {
    expect(lex('2024 141 759 535')).toEqual(['NumberRun(2024 141 759 535)']);
  });
});

describe('Dash', () => {
  it.each(['-', '\u2212', '\u2013'])('lexes %s as a Dash', (dash) => {
    expect(lex(`${dash}27`)).toEqual([`Dash(${dash})`, 'NumberRun(27)']);
  });

  it('lexes a range as number, dash, number', () => {
    expect(lex('1,0–4,9')).toEqual(['NumberRun(1,0)', 'Dash(–)', 'NumberRun(4,9)']);
  });
});

describe('words', () => {
  it('keeps digits after letters inside the word ("S2023")', () => {
    expect(lex('S2023/03331')).toEqual(['Word(S2023)', 'Other(/)', 'NumberRun(03331)']);
  });

  it('recognises qualifiers case-insensitively, longest first', () => {
    expect(lex('Nära närmare NÄRMARE drygt ca. c:a Över')).toEqual([
      'Qualifier(Nära)', 'Qualifier(närmare)', 'Qualifier(NÄRMARE)', 'Qualifier(drygt)',
      'Qualifier(ca.)', 'Qualifier(c:a)', 'Qualifier(Över)',
    ]);
  });

  it('does not take a keyword out of a longer word', () => {
    expect(lex('kronans krona kris underlag procentsats')).toEqual([
      'Word(kronans)', 'Sek(krona)', 'Word(kris)', 'Word(underlag)', 'Word(procentsats)',
    ]);
  });

  it('lexes currency and scale words', () => {
    expect(lex('kr kronor SEK tkr mnkr Mkr mdkr tusen miljon miljoner miljard miljarder')).toEqual([
      'Sek(kr)', 'Sek(kronor)', 'Sek(SEK)', 'SekThousand(tkr)', 'SekMillion(mnkr)', 'SekMillion(Mkr)',
      'SekBillion(mdkr)', 'Thousand(tusen)', 'Million(miljon)', 'Million(miljoner)', 'Billion(miljard)',
      'Billion(miljarder)',
    ]);
  });

  it('lexes percent in all spellings', () => {
    expect(lex('23,3% 5 procent 2 procentenheter')).toEqual([
      'NumberRun(23,3)', 'PercentSign(%)', 'NumberRun(5)', 'PercentWord(procent)', 'NumberRun(2)',
      'PercentWord(procentenheter)',
    ]);
  });

  it('lexes number words with their value as payload, including compounds', () => {
    const tokens = amountLexer.tokenize('två Tolv tjugofem tvåhundra en halv').tokens;
    expect(tokens.map((t) => [t.tokenType.name, t.payload])).toEqual([
      ['NumberWord', 2], ['NumberWord', 12], ['NumberWord', 25], ['NumberWord', 200],
      ['NumberWord', 1], ['Halv', undefined],
    ]);
  });

  it('does not take number words out of longer words', () => {
    expect(lex('entré tiotal treårig')).toEqual(['Word(entré)', 'Word(tiotal)', 'Word(treårig)']);
  });

  it('lexes non-money nouns and foreign currencies', () => {
    expect(lex('invånare personer euro norska')).toEqual([
      'CountNoun(invånare)', 'CountNoun(personer)', 'ForeignCurrency(euro)', 'ForeignAdjective(norska)',
    ]);
  });

  it('tolerates Markdown escapes as ordinary characters', () => {
    expect(lex('2023\\. hälso\\-')).toEqual([
      'NumberRun(2023)', 'Other(\\)', 'Other(.)', 'Word(hälso)', 'Other(\\)', 'Dash(-)',
    ]);
  });

  it('lexes any character without errors', () => {
    const result = amountLexer.tokenize('€ ½ 😀 § « » \u0000 \u2028 漢');
    expect(result.errors).toEqual([]);
  });
});

/**
 * Which token patterns the lexer tries first at each character (chevrotain's first-character
 * table), by token name. Internal to chevrotain, read here only to compare two lexers.
 */
function firstCharTable(lexer: Lexer): string[][] {
  const table = (lexer as unknown as { charCodeToPatternIdxToConfig: Record<string, ({ tokenType: TokenType }[] | undefined)[]> }).charCodeToPatternIdxToConfig.defaultMode!;
  return Array.from(table, (configs) => (configs ?? []).map((c) => c.tokenType.name));
}

describe('keyword start characters', () => {
  it('gives each word its first letter in both cases, Swedish letters too', () => {
    expect(keywordStartChars(['kronor', 'Euro', 'över', 'ärenden', 'c:a'])).toEqual(['C', 'E', 'K', 'c', 'e', 'k', 'Ä', 'Ö', 'ä', 'ö']);
    expect(keywordStartChars(['tkr', 'tusen', 'Tjugo'])).toEqual(['T', 't']);
  });

  it('are what the lexer finds by analysing the patterns: same first-character table, same tokens', () => {
    // The same patterns without hints, so that chevrotain analyses each regular expression itself.
    const analysed = allTokens.map((t) =>
      t === NumberWord
        ? createToken({ name: t.name, pattern: t.PATTERN as { exec: () => null }, start_chars_hint: t.START_CHARS_HINT! })
        : createToken({ name: t.name, pattern: t.PATTERN as RegExp, ...(t.GROUP !== undefined ? { group: t.GROUP } : {}), line_breaks: t.LINE_BREAKS ?? false }),
    );
    const withHints = new Lexer(allTokens, AMOUNT_LEXER_CONFIG);
    const withoutHints = new Lexer(analysed, AMOUNT_LEXER_CONFIG);
    expect(firstCharTable(withHints)).toEqual(firstCharTable(withoutHints));
    // And the table is not empty, so the comparison compares something.
    expect(firstCharTable(withHints).flat()).toContain('CountNoun');
  });
});
