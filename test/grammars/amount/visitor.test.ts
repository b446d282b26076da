import { describe, expect, it } from 'vitest';
import { amountParser } from '../../../grammars/amount/parser.js';
import type { AmountSyntax } from '../../../grammars/amount/syntax.js';
import { amountLexer } from '../../../grammars/amount/tokens.js';
import { amountVisitor } from '../../../grammars/amount/visitor.js';

function syntax(text: string): AmountSyntax[] {
  amountParser.input = amountLexer.tokenize(text).tokens;
  const cst = amountParser.amounts();
  expect(amountParser.errors).toEqual([]);
  return amountVisitor.visit(cst) as AmountSyntax[];
}

describe('AmountCstVisitor', () => {
  it('records spans of qualifier, numeral, scale and unit', () => {
    const [s] = syntax('drygt 2 937 miljoner kronor');
    expect(s).toMatchObject({
      qualifier: { image: 'drygt', start: 0, end: 5 },
      numeral: { kind: 'digits', run: { image: '2 937', start: 6, end: 11 } },
      scale: { exponent: 6, span: { start: 12, end: 20 } },
      unit: { kind: 'SEK', exponent: 0, span: { start: 21, end: 27 } },
      start: 0,
      end: 27,
    });
  });

  it('gives abbreviations their own scale', () => {
    expect(syntax('5 tkr')[0]?.unit).toMatchObject({ kind: 'SEK', exponent: 3 });
    expect(syntax('5 Mkr')[0]?.unit).toMatchObject({ kind: 'SEK', exponent: 6 });
    expect(syntax('5 mdkr')[0]?.unit).toMatchObject({ kind: 'SEK', exponent: 9 });
    // Companies write SEK with the scale's letter before it: KSEK and TSEK are thousands, MSEK millions.
    expect(syntax('5 KSEK')[0]?.unit).toMatchObject({ kind: 'SEK', exponent: 3 });
    expect(syntax('5 TSEK')[0]?.unit).toMatchObject({ kind: 'SEK', exponent: 3 });
    expect(syntax('5 MSEK')[0]?.unit).toMatchObject({ kind: 'SEK', exponent: 6 });
  });

  it('reads number words with halves', () => {
    expect(syntax('två miljarder')[0]?.numeral).toMatchObject({ kind: 'words', value: 2, half: false });
    expect(syntax('en halv miljard')[0]?.numeral).toMatchObject({ kind: 'words', value: 0, half: true });
    expect(syntax('två och en halv miljarder')[0]?.numeral).toMatchObject({ kind: 'words', value: 2, half: true });
  });

  it('marks "en"/"ett" as possible articles', () => {
    expect(syntax('en miljon')[0]?.numeral).toMatchObject({ kind: 'words', article: true });
    expect(syntax('tre miljoner')[0]?.numeral).toMatchObject({ kind: 'words', article: false });
  });

  it('classifies units', () => {
    expect(syntax('3 %')[0]?.unit?.kind).toBe('percent');
    expect(syntax('3 procentenheter')[0]?.unit?.kind).toBe('percent');
    expect(syntax('3 miljoner invånare')[0]?.unit?.kind).toBe('count');
    expect(syntax('3 miljoner euro')[0]?.unit?.kind).toBe('foreign');
    expect(syntax('3 miljoner danska kronor')[0]?.unit?.kind).toBe('foreign');
    expect(syntax('3 miljoner svenska kronor')[0]?.unit?.kind).toBe('SEK');
  });
});
