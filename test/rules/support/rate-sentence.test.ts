import { describe, expect, it } from 'vitest';
import { sum } from '../../../src/rules/text/sum.js';
import { isRateSentence } from '../../../src/rules/support/rate-sentence.js';
import { docOf, ruleTester } from '../rule-tester.js';

/**
 * A total read past a sentence of rates to the list that shares it out (rate-sentence.ts,
 * list-sum.ts), in wordings written for this test.
 */
const page = (lead: string[], leadIn: string, items: string[]): string => ['Nämnden har fattat beslut.', '', ...lead, '', leadIn, '', ...items, ''].join('\n');
const perYear = ['Totalt fördelas 90 miljoner kronor under tre år. Varje miljö får ett schablonbelopp på två miljoner kronor per år.'];
const each = ['Sammanlagt delas 1,2 miljoner kronor ut till föreningarna i år.', 'Nya föreningar får dessutom ett startbidrag på 5 000 kronor vardera.'];

describe('a sentence of rates', () => {
  it('is told from a sentence with a sum', () => {
    const doc = docOf({ text: 'Bidraget är två miljoner kronor per år. Projektet kostar 4 miljoner kronor.' });
    expect(isRateSentence(doc, 0)).toBe(true);
    expect(isRateSentence(doc, 1)).toBe(false);
  });
});

ruleTester(sum, {
  valid: [
    {
      name: 'parts that make the total read past a per-year sentence',
      code: page(perYear, 'Medlen per område:', ['• Hälsa: 40 miljoner kronor', '• Miljö: 30 miljoner kronor', '• Teknik: 20 miljoner kronor']),
    },
    {
      name: 'a sentence of a non-rate amount between still hides the total',
      code: page(['Totalt fördelas 90 miljoner kronor under tre år. Förra året fördelades 70 miljoner kronor.'], 'Medlen per område:', ['• Hälsa: 40 miljoner kronor', '• Miljö: 30 miljoner kronor', '• Teknik: 30 miljoner kronor']),
    },
    {
      name: 'last year\'s amount is no whole of "Pengarna fördelas så här:"',
      code: page(['Stödet uppgick till 40 miljoner kronor i fjol.'], 'Pengarna fördelas så här:', ['- Norr: 20 miljoner kronor', '- Syd: 15 miljoner kronor', '- Väst: 12 miljoner kronor']),
    },
  ],
  invalid: [
    {
      name: 'parts off the total read past a per-year sentence: a warning naming the reading',
      code: page(perYear, 'Medlen per område:', ['• Hälsa: 40 miljoner kronor', '• Miljö: 30 miljoner kronor', '• Teknik: 30 miljoner kronor']),
      findings: [{ severity: 'warning', message: /läses förbi en mening med belopp per år, person eller styck/, expected: '90000000', actual: '100000000' }],
    },
    {
      name: 'parts off the total read past a sentence of amounts each',
      code: page(each, 'Så fördelas bidragen:', ['- Idrott: 700 000 kronor', '- Kultur: 300 000 kronor', '- Friluftsliv: 100 000 kronor']),
      findings: [{ severity: 'warning', message: /läses förbi en mening med belopp per år, person eller styck/, expected: '1200000', actual: '1100000' }],
    },
  ],
});
