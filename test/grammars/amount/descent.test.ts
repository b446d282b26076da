import type { IToken } from 'chevrotain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readAmount, readAmounts } from '../../../grammars/amount/descent.js';
import { amountParser } from '../../../grammars/amount/parser.js';
import type { AmountSyntax } from '../../../grammars/amount/syntax.js';
import { amountLexer } from '../../../grammars/amount/tokens.js';
import { amountVisitor } from '../../../grammars/amount/visitor.js';

/** What the chevrotain grammar (parser.ts + visitor.ts) reads from the tokens; null on a parse error. */
function grammarAmounts(tokens: IToken[]): AmountSyntax[] | null {
  amountParser.input = tokens;
  const cst = amountParser.amounts();
  return amountParser.errors.length > 0 ? null : (amountVisitor.visit(cst) as AmountSyntax[]);
}

function grammarAmount(tokens: IToken[]): AmountSyntax | null {
  amountParser.input = tokens;
  const cst = amountParser.amount();
  return amountParser.errors.length > 0 ? null : (amountVisitor.visit(cst) as AmountSyntax);
}

/**
 * One word for every kind of token a window may hold, and words that end a window (an ordinary
 * word, punctuation), which a table cell may still hold. Number words with and without an
 * article, since "en halv" reads differently from "två halv".
 */
const WORDS = ['12', '3 400,5', 'två', 'en', 'Ett', 'och', 'halv', 'kvarts', 'tusen', 'miljoner', 'miljarder', 'kronor', 'tkr', 'mnkr', 'mdkr', '%', 'procent', 'personer', 'svenska', 'danska', 'euro', 'cirka', '-', 'budget', ','];

/** The words whose order the gates and options look at: four of them in every order. */
const DECIDING = ['12', 'två', 'en', 'och', 'halv', 'kvarts', 'miljoner', 'kronor', 'svenska', 'danska', '%', 'cirka', '-'];

const TOKEN_OF = new Map(
  WORDS.map((w) => {
    const { tokens, errors } = amountLexer.tokenize(w);
    expect(errors).toEqual([]);
    expect(tokens).toHaveLength(1);
    return [w, tokens[0]!] as const;
  }),
);

/** The tokens of the words as the lexer gives them, two spaces apart (offsets as in a sentence). */
function tokensOf(words: readonly string[]): IToken[] {
  let at = 0;
  return words.map((w) => {
    const token = { ...TOKEN_OF.get(w)!, startOffset: at, endOffset: at + w.length - 1 };
    at += w.length + 2;
    return token;
  });
}

function sequences(alphabet: readonly string[], length: number): string[][] {
  if (length === 0) return [[]];
  return sequences(alphabet, length - 1).flatMap((s) => alphabet.map((w) => [...s, w]));
}

describe('readAmounts and readAmount', () => {
  it('read what the chevrotain grammar reads from every sequence of up to three tokens, and of four from the words that decide', () => {
    let amounts = 0;
    let rejected = 0;
    const differ: string[] = [];
    const all = [1, 2, 3].flatMap((length) => sequences(WORDS, length));
    for (const words of [...all, ...sequences(DECIDING, 4)]) {
      const tokens = tokensOf(words);
      const window = grammarAmounts(tokens);
      // Compared as JSON: tens of thousands of sequences, and a difference is shown below.
      if (JSON.stringify(readAmounts(tokens)) !== JSON.stringify(window)) differ.push(`amounts: ${words.join(' | ')}`);
      if (JSON.stringify(readAmount(tokens)) !== JSON.stringify(grammarAmount(tokens))) differ.push(`amount: ${words.join(' | ')}`);
      if (window === null) rejected++;
      else amounts += window.length;
    }
    expect(differ.slice(0, 10)).toEqual([]);
    // Both outcomes occur, so the comparison covers readings and errors alike.
    expect(amounts).toBeGreaterThan(10_000);
    expect(rejected).toBeGreaterThan(10_000);
  }, 60_000);

  it('read what the grammar reads from longer generated sequences', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { minLength: 5, maxLength: 12 }), (words) => {
        const tokens = tokensOf(words);
        expect(readAmounts(tokens)).toEqual(grammarAmounts(tokens));
        expect(readAmount(tokens)).toEqual(grammarAmount(tokens));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads spans, halves and units as the tree visitor does', () => {
    const text = 'drygt två och en halv miljoner svenska kronor';
    const tokens = amountLexer.tokenize(text).tokens;
    expect(readAmounts(tokens)).toEqual([
      {
        qualifier: { image: 'drygt', start: 0, end: 5 },
        numeral: { kind: 'words', value: 2, half: true, article: false, span: { image: '', start: 6, end: 21 } },
        scale: { exponent: 6, span: { image: 'miljoner', start: 22, end: 30 } },
        unit: { kind: 'SEK', exponent: 0, span: { image: '', start: 31, end: 45 } },
        start: 0,
        end: 45,
      },
    ]);
    expect(readAmount(amountLexer.tokenize('12 kr kr').tokens)).toBeNull();
    expect(readAmounts(amountLexer.tokenize('cirka').tokens)).toBeNull();
  });
});
