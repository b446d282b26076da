import { describe, expect, it } from 'vitest';
import { findAmounts } from '../../../grammars/amount/index.js';

/** Sentences written for this test. */
describe('a decimal comma with a space after it, behind digit groups', () => {
  it('reads "2 310, 75 kronor" as one amount with an anomaly', () => {
    const a = findAmounts('Hyran höjs till 2 310, 75 kronor i månaden.');
    expect(a.map((x) => [x.raw, x.value.toFixed(), x.unit])).toEqual([['2 310, 75 kronor', '2310.75', 'SEK']]);
    expect(a[0]!.anomalies.map((x) => x.kind)).toEqual(['spaced-decimal']);
  });

  it('reads öre after a short head before kr', () => {
    const a = findAmounts('Avgiften per besök är 45, 50 kr.');
    expect(a.map((x) => [x.raw, x.value.toFixed()])).toEqual([['45, 50 kr', '45.5']]);
  });

  it('leaves a list of amounts alone', () => {
    expect(findAmounts('Bidragen var 1 200, 1 350, 40 kronor.').map((x) => x.raw)).toEqual(['1 200', '1 350', '40 kronor']);
    expect(findAmounts('Stöden är 4 500, 120 kronor').map((x) => x.raw)).toEqual(['4 500', '120 kronor']);
  });
});
