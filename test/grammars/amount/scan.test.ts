import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KEYWORDS } from '../../../grammars/amount/lexemes.js';
import { NUMBER_WORD_PARTS } from '../../../grammars/amount/numberWords.js';
import { scanAmounts } from '../../../grammars/amount/scan.js';
import { amountLexer } from '../../../grammars/amount/tokens.js';

/** Type, text, offset and value of each token, whitespace left out. */
type Shown = [string, string, number, unknown];

function byChevrotain(text: string): Shown[] {
  const { tokens, errors } = amountLexer.tokenize(text);
  expect(errors).toEqual([]);
  return tokens.map((t) => [t.tokenType.name, t.image, t.startOffset, t.payload]);
}

function byScan(text: string): Shown[] {
  return scanAmounts(text).map((t) => [t.tokenType.name, t.image, t.startOffset, t.payload]);
}

const keywordWords = KEYWORDS.flatMap(([, list]) => list);
const variants = (w: string): string[] => [w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1)];

/**
 * Pieces text is made of here: every keyword and number-word part in three casings, words that
 * start like them, digits and every group separator, dashes, signs, letters beyond ASCII and
 * the characters the lexer skips or takes one by one.
 */
const PIECES = [
  ...keywordWords.flatMap(variants),
  ...[...NUMBER_WORD_PARTS].flatMap(variants),
  'tjugofem', 'kronorna', 'sektor', 'krav', 'miljonerna', 'tusental', 'entre', 'ett', 'halva', 'procentuellt', 'näring',
  '0', '7', '12', '2024', '1 545', '3,5', ',', '.', ':', '/', ';', '(', ')', '"',
  ' ', '  ', '\u00a0', '\u202f', '\u2009', '\t', '\n', '\u00ad', '\u200b', '\ufeff', '\u2028',
  '-', '\u2212', '\u2013', '%', 'é', 'ü', 'ß', 'Ω', 'ж', '€', '😀', '\u0000', '\u007f',
];

describe('scanAmounts', () => {
  it('gives the tokens the chevrotain lexer gives on text made of the pieces, in any order, glued or spaced', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), fc.boolean(), (pieces, spaced) => {
        const text = pieces.join(spaced ? ' ' : '');
        expect(byScan(text), JSON.stringify(text)).toEqual(byChevrotain(text));
      }),
      { numRuns: 20_000 },
    );
  });

  it('gives the same token for every UTF-16 code unit, alone and before a letter', () => {
    const differ: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      for (const text of [String.fromCharCode(c), `${String.fromCharCode(c)}a`]) {
        // Compared as JSON (65 536 characters); a difference is shown below.
        if (JSON.stringify(byScan(text)) !== JSON.stringify(byChevrotain(text))) differ.push(c.toString(16));
      }
    }
    expect(differ.slice(0, 10)).toEqual([]);
  });

  it('gives the same tokens on every keyword and number word, alone and followed by each piece', () => {
    for (const w of [...keywordWords, ...NUMBER_WORD_PARTS].flatMap(variants)) {
      for (const next of ['', ' ', 'a', 'ö', '9', '.', '-', '%']) expect(byScan(w + next), w + next).toEqual(byChevrotain(w + next));
    }
  });

  it('gives the same tokens on the text fixtures, line by line', () => {
    let tokens = 0;
    for (const f of readdirSync('test/fixtures/text')) {
      for (const line of readFileSync(`test/fixtures/text/${f}`, 'utf8').split('\n')) {
        const shown = byScan(line);
        expect(shown, line).toEqual(byChevrotain(line));
        tokens += shown.length;
      }
    }
    expect(tokens).toBeGreaterThan(1000);
  });

  it('reads a sentence into its tokens', () => {
    expect(byScan('Cirka 2 937 miljoner kronor, dvs. 12,5 %.')).toEqual([
      ['Qualifier', 'Cirka', 0, undefined],
      ['NumberRun', '2 937', 6, undefined],
      ['Million', 'miljoner', 12, undefined],
      ['Sek', 'kronor', 21, undefined],
      ['Other', ',', 27, undefined],
      ['Word', 'dvs', 29, undefined],
      ['Other', '.', 32, undefined],
      ['NumberRun', '12,5', 34, undefined],
      ['PercentSign', '%', 39, undefined],
      ['Other', '.', 40, undefined],
    ]);
    // The definite plural names the amount again ("de tjugofem kronorna"); a longer word is a word.
    expect(byScan('tjugofem kronorna')).toEqual([
      ['NumberWord', 'tjugofem', 0, 25],
      ['Sek', 'kronorna', 9, undefined],
    ]);
    expect(byScan('tjugofem kronans')).toEqual([
      ['NumberWord', 'tjugofem', 0, 25],
      ['Word', 'kronans', 9, undefined],
    ]);
  });
});
