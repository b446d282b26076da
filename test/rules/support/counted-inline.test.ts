import { sum } from '../../../src/rules/text/sum.js';
import { ruleTester } from '../rule-tester.js';

/** One sentence that counts its recipients and names them after a colon (counted-inline.ts), in wordings written for this test. */
const clubs = (total: string, a: string, b: string, c: string): string =>
  `Nämnden fördelar ${total} till tre föreningar: Alby konstförening får ${a}, Beby teater ${b} och Ceby musik ${c}.\n`;
const towns = (total: string, a: string, b: string): string =>
  `Länsstyrelsen har beviljat ${total} miljoner kronor till två kommuner: ${a} miljoner kronor går till Ekby och ${b} miljoner kronor till Granby.\n`;

ruleTester(sum, {
  valid: [
    { name: 'three clubs that make the total', code: clubs('2,1 miljoner kronor', '800 000 kronor', '700 000 kronor', '600 000 kronor') },
    { name: 'two towns that make the total', code: towns('45', '30', '15') },
    // Two amounts after the colon where three are counted: not the recipients' shares.
    { name: 'fewer amounts than counted', code: 'Nämnden fördelar 2,1 miljoner kronor till tre föreningar: Alby konstförening får 800 000 kronor och Beby teater 700 000 kronor.\n' },
    // No word of sharing out before the colon.
    { name: 'no payout before the colon', code: 'Tre föreningar har en budget om 2,1 miljoner kronor: Alby 800 000 kronor, Beby 700 000 kronor och Ceby 900 000 kronor.\n' },
  ],
  invalid: [
    {
      name: 'three clubs that exceed the total warn',
      code: clubs('2,1 miljoner kronor', '800 000 kronor', '700 000 kronor', '700 000 kronor'),
      findings: [
        {
          severity: 'warning',
          message:
            'de 3 beloppen efter kolon summerar till 2 200 000 kr; meningen anger 2 100 000 kr till 3 mottagare (skillnad 100 000 kr, avrundning tillåter ±50 000 kr) — osäker läsning: att beloppen efter kolon är mottagarnas är läst ur att de är lika många som meningen räknar (3)',
          expected: '2100000',
          actual: '2200000',
        },
      ],
    },
    {
      name: 'two towns, amounts first, that fall short warn too',
      code: towns('50', '30', '15'),
      findings: [{ severity: 'warning', message: /^de 2 beloppen efter kolon summerar till 45 000 000 kr; meningen anger 50 000 000 kr till 2 mottagare/, expected: '50000000', actual: '45000000' }],
    },
  ],
});
