import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/prose/sentences.js';
import { sum } from '../../src/rules/text/sum.js';
import { ruleTester } from '../rules/rule-tester.js';

/** A full stop after "kr", "tkr", "mnkr" that closes an amount (money-unit-stop.ts); wordings written for this test. */
const split = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('a stop after a money unit', () => {
  it('ends the sentence before a capital', () => {
    expect(split('Kommunen avsatte 300 000 kr och lade till 50 000 kr, totalt 350 000 kr. Föreningarna sökte 1,1 miljoner kronor.')).toEqual([
      'Kommunen avsatte 300 000 kr och lade till 50 000 kr, totalt 350 000 kr.',
      'Föreningarna sökte 1,1 miljoner kronor.',
    ]);
    expect(split('Regionen får 12,5 mnkr. Region Gotland får 3 tkr. ”Bra”, säger hon.')).toEqual(['Regionen får 12,5 mnkr.', 'Region Gotland får 3 tkr.', '”Bra”, säger hon.']);
  });

  it('stays the abbreviation\u2019s before a small letter, or after no amount', () => {
    expect(split('Avgiften är 100 kr. per timme och betalas i förskott.')).toEqual(['Avgiften är 100 kr. per timme och betalas i förskott.']);
    expect(split('Beloppen anges i tkr. Summan är 40.')).toEqual(['Beloppen anges i tkr. Summan är 40.']);
  });
});

// Run into the next sentence, the total was not the sentence's last amount and the parts were not checked.
ruleTester(sum, {
  valid: [{ name: 'parts and their total before a sentence of money applied for', code: 'Nämnden avsatte 300 000 kr och lade till 50 000 kr, totalt 350 000 kr. Föreningarna sökte 1,1 miljoner kronor.' }],
  invalid: [
    {
      name: 'parts that miss their total before a sentence of money applied for',
      code: 'Nämnden avsatte 300 000 kr och lade till 50 000 kr, totalt 380 000 kr. Föreningarna sökte 1,1 miljoner kronor.',
      findings: [{ severity: 'warning', message: /^de 2 beloppen före "totalt" summerar till 350 000 kr; meningen anger totalt 380 000 kr/, expected: '380000', actual: '350000' }],
    },
    {
      name: 'parts in tkr that miss their total before a sentence about the year before',
      code: 'Bidraget blir 120 tkr för drift och 45 tkr för lokaler, sammanlagt 175 tkr. Förra året var det 150 tkr.',
      findings: [{ severity: 'warning', message: /^de 2 beloppen före "totalt" summerar till 165 000 kr; meningen anger totalt 175 000 kr/, expected: '175000', actual: '165000' }],
    },
  ],
});
