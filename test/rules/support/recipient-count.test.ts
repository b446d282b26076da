import { describe, expect, it } from 'vitest';
import { recipientCount } from '../../../src/rules/support/recipient-count.js';

/** Counts of recipients in sentences written for this test. */
describe('recipient counts', () => {
  it('adds the counts of one sentence, in digits or words', () => {
    expect(recipientCount('Myndigheten delar ut 40 miljoner kronor till fyra kommuner och två regioner.')).toBe(6);
    expect(recipientCount('Totalt får 12 projekt och 3 föreningar stöd.')).toBe(15);
    expect(recipientCount('Tre regioner får dela på 40 miljoner kronor.')).toBe(3);
    expect(recipientCount('Stödet går till sju kommuner och en region.')).toBe(8);
  });

  it('reads no count from a sentence without one, nor from a decimal or a longer word', () => {
    expect(recipientCount('Regionerna får 40 miljoner kronor.')).toBeNull();
    expect(recipientCount('Stödet är 2,5 regioner per län i snitt.')).toBeNull();
    expect(recipientCount('Samtliga 5 länsstyrelserna får del.')).toBeNull();
  });
});
