import type { CstNode, IToken } from 'chevrotain';
import { describe, expect, it } from 'vitest';
import { amountParser } from '../../../grammars/amount/parser.js';
import { amountLexer } from '../../../grammars/amount/tokens.js';

/** Parses a window with the `amounts` rule; returns each amount's token images, errors failing the test. */
function parseAmounts(text: string): string[][] {
  amountParser.input = amountLexer.tokenize(text).tokens;
  const cst = amountParser.amounts();
  expect(amountParser.errors).toEqual([]);
  return ((cst.children['amount'] ?? []) as CstNode[]).map(images);
}

function images(node: CstNode): string[] {
  const out: { image: string; at: number }[] = [];
  const walk = (n: CstNode): void => {
    for (const list of Object.values(n.children)) {
      for (const el of list) {
        if ('image' in el) out.push({ image: (el as IToken).image, at: (el as IToken).startOffset });
        else walk(el as CstNode);
      }
    }
  };
  walk(node);
  return out.sort((a, b) => a.at - b.at).map((x) => x.image);
}

describe('amount rule', () => {
  it('reads qualifier, number words, scale and unit', () => {
    expect(parseAmounts('Nära två miljarder kronor')).toEqual([['Nära', 'två', 'miljarder', 'kronor']]);
  });

  it('reads digits with scale and currency', () => {
    expect(parseAmounts('2 937 miljoner kronor')).toEqual([['2 937', 'miljoner', 'kronor']]);
  });

  it('reads "svenska kronor" as one unit', () => {
    expect(parseAmounts('5 miljoner svenska kronor')).toEqual([['5', 'miljoner', 'svenska', 'kronor']]);
  });

  it('leaves "svenska" without "kronor" as a stray word', () => {
    expect(parseAmounts('5 000 svenska')).toEqual([['5 000']]);
  });

  it('reads a minus sign before the number', () => {
    expect(parseAmounts('−27 kr')).toEqual([['−', '27', 'kr']]);
  });

  it('reads "en halv" and "två och en halv" as one numeral', () => {
    expect(parseAmounts('en halv miljard')).toEqual([['en', 'halv', 'miljard']]);
    expect(parseAmounts('två och en halv miljarder')).toEqual([['två', 'och', 'en', 'halv', 'miljarder']]);
  });

  it('reads "två och tre miljoner" as two numerals', () => {
    expect(parseAmounts('två och tre miljoner')).toEqual([['två'], ['tre', 'miljoner']]);
  });

  it('reads a range as two amounts', () => {
    expect(parseAmounts('1,0–4,9 procentenheter')).toEqual([['1,0'], ['–', '4,9', 'procentenheter']]);
  });

  it('skips unit words that follow no number', () => {
    expect(parseAmounts('kronor och 3 %')).toEqual([['3', '%']]);
  });

  it('reports an error for a qualifier with no number (cells rely on this)', () => {
    amountParser.input = amountLexer.tokenize('drygt').tokens;
    amountParser.amount();
    expect(amountParser.errors.length).toBeGreaterThan(0);
  });

  it('reports an error when a cell holds more than one amount', () => {
    amountParser.input = amountLexer.tokenize('5 kr 6 kr').tokens;
    amountParser.amount();
    expect(amountParser.errors.length).toBeGreaterThan(0);
  });
});
