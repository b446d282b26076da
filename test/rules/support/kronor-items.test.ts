import { sum } from '../../../src/rules/text/sum.js';
import { ruleTester } from '../rule-tester.js';

/**
 * Lists whose first item writes its figure in kronor and the next items bare (kronor-items.ts),
 * with digit groups set off by spaces or by dots, in wordings written for this test.
 */
const page = (lead: string, items: string[]): string => ['Beslut om bidrag.', '', lead, '', ...items, ''].join('\n');
const spaced = ['- Ekbackens bygdegård: 12 480 kronor', '- Norrgårdens hembygdsförening: 6 250', '- Sjövikens samlingslokal: 31 020'];
const dotted = ['* Ekbackens bygdegård: 12.480 kronor', '* Norrgårdens hembygdsförening: 6.250', '* Sjövikens samlingslokal: 31.020'];

ruleTester(sum, {
  valid: [
    { name: 'spaced groups that make the total', code: page('Kulturnämnden fördelar totalt 49 750 kronor enligt följande:', spaced) },
    { name: 'dotted groups that make the total', code: page('Sammanlagt 49.750 kronor fördelas så här:', dotted) },
    // An item in millions beside bare figures: the bare ones need not be kronor.
    {
      name: 'a written unit other than kronor',
      code: page('Totalt fördelas 49 750 kronor enligt följande:', ['- Ekbackens bygdegård: 1,2 miljoner kronor', '- Norrgårdens hembygdsförening: 6 250', '- Sjövikens samlingslokal: 31 020']),
    },
    // An item with two bare figures is no item of one amount.
    {
      name: 'an item with two figures',
      code: page('Totalt fördelas 49 750 kronor enligt följande:', ['- Ekbackens bygdegård: 12 480 kronor', '- Norrgårdens hembygdsförening: 6 250 (2024: 5 900)', '- Sjövikens samlingslokal: 31 020']),
    },
  ],
  invalid: [
    {
      name: 'spaced groups that miss the total warn, naming the figures read as kronor',
      code: page('Kulturnämnden fördelar totalt 50 750 kronor enligt följande:', spaced),
      findings: [
        {
          severity: 'warning',
          message: 'listans 3 belopp summerar till 49 750 kr; meningen före listan anger 50 750 kr (skillnad 1 000 kr) — osäker läsning: texten skriver 6 250 utan enhet; läst som kronor; texten skriver 31 020 utan enhet; läst som kronor',
          expected: '50750',
          actual: '49750',
        },
      ],
    },
    {
      name: 'dotted groups that exceed the total warn too',
      code: page('Sammanlagt 45.750 kronor fördelas så här:', dotted),
      findings: [{ severity: 'warning', message: /^listans 3 belopp summerar till 49 750 kr; meningen före listan anger 45 750 kr .*texten skriver 6\.250 utan enhet; läst som kronor/, expected: '45750', actual: '49750' }],
    },
  ],
});
