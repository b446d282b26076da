import { describe, expect, it } from 'vitest';
import { findAmounts } from '../../../grammars/amount/index.js';

/** Sentences written here; each sum worked out by hand. */
const read = (text: string) => findAmounts(text).map((a) => ({ raw: a.raw, value: a.value.toFixed(), unit: a.unit, precision: a.precision.toFixed() }));

describe('one amount written in two scale words', () => {
  it('joins "miljarder och … miljoner kronor"', () => {
    expect(read('Staten avsätter 3 miljarder och 361 miljoner kronor till vården.')).toEqual([
      { raw: '3 miljarder och 361 miljoner kronor', value: '3361000000', unit: 'SEK', precision: '500000' },
    ]);
  });

  it('joins the parts with only a space between, and in number words', () => {
    expect(read('Totalt fördelas 2 miljarder 45 miljoner kronor.')).toEqual([
      { raw: '2 miljarder 45 miljoner kronor', value: '2045000000', unit: 'SEK', precision: '500000' },
    ]);
    expect(read('Ramen är två miljarder och femhundra miljoner kronor.').map((a) => a.value)).toEqual(['2500000000']);
  });

  it('keeps the qualifier of the first part', () => {
    expect(findAmounts('Det blir drygt 1 miljard och 20 miljoner kronor.').map((a) => [a.value.toFixed(), a.qualifier])).toEqual([['1020000000', 'drygt']]);
  });

  it('leaves two amounts where each has its currency, a comma parts them, or the second is no part of the first', () => {
    expect(read('Regionerna får 3 miljarder kronor och kommunerna 361 miljoner kronor.').map((a) => a.value)).toEqual(['3000000000', '361000000']);
    expect(read('Beloppen var 3 miljarder, 361 miljoner och 12 miljoner kronor.').map((a) => a.value)).toEqual(['3000000000', '361000000', '12000000']);
    // 1 500 miljoner is more than one miljard: no part of it.
    expect(read('Först 3 miljarder och sedan 1 500 miljoner kronor.').map((a) => a.value)).toEqual(['3000000000', '1500000000']);
    expect(read('Ramen är 3 miljarder 1 500 miljoner kronor.').map((a) => a.value)).toEqual(['3000000000', '1500000000']);
  });

  it('reads a count in two scale words as one count, the noun after the second part', () => {
    expect(read('Det bor 2 miljoner och 300 tusen invånare där.').map((a) => [a.value, a.unit])).toEqual([['2300000', 'count']]);
  });
});
