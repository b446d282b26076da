import { describe, expect, it } from 'vitest';
import { findAmounts } from '../../../grammars/amount/index.js';

/** Digits glued to the word before a grouped figure, in wordings written for this test. */
const read = (text: string) => findAmounts(text).map((a) => ({ raw: a.raw, value: a.value.toFixed(), kinds: a.anomalies.map((x) => x.kind) }));

describe('a digit group glued to the word before a grouped figure', () => {
  it('reads the rest of a region label run into its figure, and names the glued group as a doubt', () => {
    const got = findAmounts('Region Stockholm124 907 005\nUppsala 3 000 000');
    expect(got.map((a) => [a.raw, a.value.toFixed(), a.anomalies.map((x) => x.kind)])).toEqual([
      ['907 005', '907005', ['glued-number']],
      ['3 000 000', '3000000', []],
    ]);
    expect(got[0]!.anomalies[0]!.message).toBe('"124 907 005" läses som 907 005; 124, fastskrivet i ordet före, kan vara beloppets första siffror');
  });

  it('does so before a unit, with one glued digit', () => {
    expect(read('Kommunen Alingsås7 250 000 kronor.')).toEqual([{ raw: '250 000 kronor', value: '250000', kinds: ['glued-number'] }]);
  });

  it('keeps an identifier whose digits cannot open the figure without a doubt', () => {
    // Four digits cannot open a grouped figure; "S2023" is a reference, not the amount's head.
    expect(read('Dnr S2023 100 000 kronor')).toEqual([{ raw: '100 000 kronor', value: '100000', kinds: [] }]);
    // Glued digits the figure's grouping cannot take ("3 25" is no grouped figure).
    expect(read('Bilaga3 25 kronor per dag')).toEqual([{ raw: '25 kronor', value: '25', kinds: [] }]);
  });

  it('doubts a short figure the glued digits could open, too ("3 250" or 250)', () => {
    expect(read('Bilaga3 250 kronor')).toEqual([{ raw: '250 kronor', value: '250', kinds: ['glued-number'] }]);
  });

  it('leaves digits after a space alone', () => {
    expect(read('Stockholm 124 907 005 kr')).toEqual([{ raw: '124 907 005 kr', value: '124907005', kinds: [] }]);
  });
});
