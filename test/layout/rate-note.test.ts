import { describe, expect, it } from 'vitest';
import { splitNote } from '../../src/layout/looks-numeric.js';
import { splitRate } from '../../src/layout/rate-note.js';

describe('splitRate', () => {
  it('parts an amount with its currency from what it is paid per', () => {
    expect(splitRate('312 kronor per timme')).toEqual({ number: '312 kronor', note: 'per timme', rate: true });
    expect(splitRate('1 875 kr/månad')).toEqual({ number: '1 875 kr', note: '/månad', rate: true });
    expect(splitRate('98 450 kr per elev och år')).toEqual({ number: '98 450 kr', note: 'per elev och år', rate: true });
    expect(splitRate('64 kr/beviljad timme')).toEqual({ number: '64 kr', note: '/beviljad timme', rate: true });
  });

  it('keeps a parenthesis after the currency as a note, with or without a rate before it', () => {
    expect(splitRate('240 kronor (engångsavgift)')).toEqual({ number: '240 kronor', note: '(engångsavgift)', rate: false });
    expect(splitRate('150 kronor per besök (högst 450 kronor per månad)')).toEqual({ number: '150 kronor', note: 'per besök (högst 450 kronor per månad)', rate: true });
  });

  it('leaves amounts without a currency, plain amounts and prose alone', () => {
    expect(splitRate('12 per år')).toBeNull();
    expect(splitRate('45 timmar per vecka')).toBeNull();
    expect(splitRate('2 575 kronor')).toBeNull();
    expect(splitRate('Avgiften är 300 kronor per månad')).toBeNull();
  });
});

describe('splitNote with prices', () => {
  it('gives the amount as the number and marks the rate', () => {
    expect(splitNote('312 kronor per timme')).toEqual({ number: '312 kronor', note: 'per timme', rate: true });
    expect(splitNote('75 (varav 40 under 2025)')).toEqual({ number: '75', note: '(varav 40 under 2025)' });
  });
});
