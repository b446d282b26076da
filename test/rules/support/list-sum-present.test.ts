import { sum } from '../../../src/rules/text/sum.js';
import { ruleTester } from '../rule-tester.js';

/**
 * A lead whose subject distributes the money in the present ("Regeringen fördelar …", "Kommunen
 * fördelar … mellan …") presents the list under it as the whole, as "… fördelas enligt följande"
 * does (list-sum.ts). Wordings written for this test; every sum checked by hand.
 */
ruleTester(sum, {
  valid: [
    {
      // 12,5 + 4,2 + 8,3 = 25 miljoner kronor.
      name: '"fördelar totalt … så här" over amount-first items that make it',
      code: 'Regeringen fördelar totalt 25 miljoner kronor så här:\n\n- 12,5 miljoner kronor till Projekt Alfa\n- 4,2 miljoner kronor till Projekt Beta\n- 8,3 miljoner kronor till Projekt Gamma\n',
    },
  ],
  invalid: [
    {
      // 12,5 + 4,2 + 2,3 = 19 miljoner kronor against 25.
      name: '"fördelar totalt … så här" over amount-first items that miss it',
      code: 'Regeringen fördelar totalt 25 miljoner kronor så här:\n\n- 12,5 miljoner kronor till Projekt Alfa\n- 4,2 miljoner kronor till Projekt Beta\n- 2,3 miljoner kronor till Projekt Gamma\n',
      findings: [{ severity: 'error', message: 'listans 3 belopp summerar till 19 000 000 kr; meningen före listan anger 25 000 000 kr (skillnad 6 000 000 kr, avrundning tillåter ±650 000 kr)' }],
    },
    {
      // 210 000 + 160 000 + 95 000 = 465 000 kronor against 480 000.
      name: '"fördelar … mellan" over label-first items that miss it',
      code: 'Kommunen fördelar 480 000 kronor mellan föreningarna:\n\n* Idrottsföreningen: 210 000 kronor\n* Kulturföreningen: 160 000 kronor\n* Pensionärsföreningen: 95 000 kronor\n',
      findings: [{ severity: 'error', message: 'listans 3 belopp summerar till 465 000 kr; meningen före listan anger 480 000 kr (skillnad 15 000 kr)' }],
    },
  ],
});
