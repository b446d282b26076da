import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIn, groupThousands } from '../../src/messages/number.js';

describe('groupThousands', () => {
  it('sets digits in threes from the right', () => {
    expect(groupThousands('1234567', ' ')).toBe('1 234 567');
    expect(groupThousands('123456', ',')).toBe('123,456');
    expect(groupThousands('12', ' ')).toBe('12');
    expect(groupThousands('', ' ')).toBe('');
  });
  it('groups as the look-ahead pattern does, for any digits', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{0,40}$/), (d) => {
        expect(groupThousands(d, ' ')).toBe(d.replace(/\B(?=(\d{3})+(?!\d))/g, ' '));
      }),
    );
  });
  it('prints a number of 300 000 digits in full', () => {
    const digits = '9'.repeat(300_000);
    const out = formatIn('sv', new Decimal(digits));
    expect(out.replaceAll(' ', '')).toBe(digits);
    expect(out.split(' ')).toHaveLength(100_000);
  });
});
