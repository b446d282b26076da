import { describe, expect, it } from 'vitest';
import { hasBoundOrRate } from '../../../src/rules/support/bound-or-rate.js';
import { docOf } from '../rule-tester.js';

/**
 * Rates and the bounds of a range are no shares of a total (bound-or-rate.ts), in wordings written
 * for this test.
 */
function told(text: string): boolean {
  const doc = docOf({ text });
  return hasBoundOrRate(doc.amounts.filter((a) => a.sentence === 0 && a.unit === 'SEK'));
}

describe('amounts that are no shares', () => {
  it('tells a rate per unit or with a slash', () => {
    expect(told('Jordbrukarna får 1 450 kronor per hektar i år.')).toBe(true);
    expect(told('Ersättningen är 95 kr/ton för spannmål.')).toBe(true);
  });
  it('tells the bounds of a range joined by "och", "till" or a dash', () => {
    expect(told('Beloppen varierar mellan 40 000 kronor och 250 000 kronor.')).toBe(true);
    expect(told('Regionerna får från 3 miljoner kronor till 11 miljoner kronor.')).toBe(true);
    expect(told('Varje län får mellan 5 och 9 miljoner kronor.')).toBe(true);
  });
  it('leaves shares alone', () => {
    expect(told('30 miljoner går till kommunerna och 25 miljoner till regionerna.')).toBe(false);
    expect(told('Från staten kommer 12 miljoner kronor och från regionen 4 miljoner kronor.')).toBe(false);
    expect(told('Skillnaden mellan åren är 7 miljoner kronor.')).toBe(false);
  });
});
