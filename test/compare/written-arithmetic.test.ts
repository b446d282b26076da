import { describe, expect, it } from 'vitest';
import { readWrittenArithmetic } from '../../src/compare/written-arithmetic.js';

/**
 * Arithmetic written out in a line, in wordings and rows written for this test; the sums worked
 * out by hand in the comments.
 */
const read = (line: string) => {
  const a = readWrittenArithmetic(line);
  return a && { terms: a.terms.map((t) => t.map((f) => f.raw)), result: a.result.raw, leading: a.leading.map((f) => f.raw), equals: a.equals, guessed: a.guessed, worded: a.worded, computed: a.computed.value.toFixed() };
};

describe('written arithmetic', () => {
  it('reads a sentence with words between the terms and "="', () => {
    // 20 000 + 3 × 12 000 = 56 000.
    expect(read('Grundstöd 20 000 + mandatstöd 3 × 12 000 = 56 000 kronor')).toEqual({ terms: [['20 000'], ['3', '12 000']], result: '56 000', leading: [], equals: true, guessed: false, worded: true, computed: '56000' });
  });

  it('reads a row whose result follows its last term after a space, "x" as the sign of a product', () => {
    // 40 000 + 5 × 8 500 = 82 500; "8 500 82 500" cuts one way only by its digit groups.
    expect(read('Region Kalmar 40 000 + 5 x 8 500 82 500')).toMatchObject({ terms: [['40 000'], ['5', '8 500']], result: '82 500', equals: false, guessed: false, computed: '82500' });
  });

  it('chooses the figures’ bounds by the arithmetic when the digit groups allow several, and says so', () => {
    // "7 2 400 + 61 600 64 000": 2 400 + 61 600 = 64 000 (7 a count); 400 + 61 600 or 61 + 600 64 000 come nowhere near.
    expect(read('Bygdegården 7 2 400 + 61 600 64 000')).toMatchObject({ terms: [['2 400'], ['61 600']], result: '64 000', leading: ['7'], guessed: true, computed: '64000' });
  });

  it('reads no arithmetic in ordinary digit groups and signed changes', () => {
    expect(read('Intäkter 12 400 13 100 14 000')).toBeNull();
    // A change column signed "+": the figures go on after the would-be result.
    expect(read('Avgifter 1 200 +150 1 350 +40')).toBeNull();
    // A result far from the terms without "=": figures side by side, not a sum.
    expect(read('Personer 65 + 1 200 3 400')).toBeNull();
    // A percent is no term.
    expect(read('Andel 12 % + 3 % 15 %')).toBeNull();
    // A note mark glued to a figure is no product.
    expect(read('Bidrag 1 200* 3 400 4 600')).toBeNull();
  });

  it('keeps a written result that misses its terms when "=" names it', () => {
    // 15 000 + 2 × 4 000 = 23 000, not 24 000.
    expect(read('Fast del 15 000 kr + 2 × 4 000 kr = 24 000 kr')).toMatchObject({ result: '24 000', equals: true, guessed: false, computed: '23000' });
  });

  it('reads no arithmetic where a word scales a figure (the printed number is not the amount)', () => {
    // 12 tkr + 3 000 kr = 15 000 kr is right, but 12 + 3 000 ≠ 15 000.
    expect(read('Kostnaden är 12 tkr + 3 000 kr = 15 000 kr')).toBeNull();
    // 2 mnkr + 300 tkr = 2,3 mnkr.
    expect(read('Summan blir 2 mnkr + 300 tkr = 2,3 mnkr totalt')).toBeNull();
  });

  it('marks a result whose scale word may not scale the terms', () => {
    // 700 + 500 (thousands) = 1,2 miljoner, or 1,5 × 3 = 4,4 miljoner (all in millions): not printed which.
    expect(readWrittenArithmetic('Ramen 700 + 500 = 1,2 miljoner kronor')?.scaledResult).toBe(true);
    expect(readWrittenArithmetic('Ersättningen blir 1,5 × 3 = 4,4 miljoner kronor.')?.scaledResult).toBe(true);
    expect(readWrittenArithmetic('Fast del 15 000 kr + 2 × 4 000 kr = 24 000 kr')?.scaledResult).toBe(false);
  });
});
