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

  it('reads a count over a compound recipient noun or an adjective', () => {
    expect(recipientCount('Nämnden har beviljat 4 000 000 kr fördelat på fem olika utvecklingsprojekt.')).toBe(5);
    expect(recipientCount('Kommunen ger 300 000 kronor till tre idrottsföreningar och två nya kulturföreningar.')).toBe(5);
    expect(recipientCount('Stödet går till 12 landsbygdskommuner.')).toBe(12);
  });

  it('reads no count from a sentence without one, nor from a decimal or a longer word', () => {
    expect(recipientCount('Stödet är på tre miljoner kronor till projektledningen.')).toBeNull();
    expect(recipientCount('Två projektledare anställs.')).toBeNull();
    expect(recipientCount('Regionerna får 40 miljoner kronor.')).toBeNull();
    expect(recipientCount('Stödet är 2,5 regioner per län i snitt.')).toBeNull();
    expect(recipientCount('Samtliga 5 länsstyrelserna får del.')).toBeNull();
  });
});
