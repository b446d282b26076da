import { rateTotal } from '../../../src/rules/text/rate-total.js';
import { ruleTester } from '../rule-tester.js';

/**
 * A rule of payment as a rate of a base amount per unit, with the base, the count and a total
 * stated, in wordings written for this test; every product worked out by hand in the comments.
 */
const seats = (total: string, count = 'Stödet delas mellan de 40 mandaten i fullmäktige.') =>
  `Fullmäktige har beslutat att partistödet är 20 procent av prisbasbeloppet per mandat. Prisbasbeloppet för 2021 är 47 600 kronor, och totalt betalas ${total} kronor ut.\n\n${count}\n`;
const members = (total: string) =>
  `Nämnden har 9 ledamöter.\n\nArvodet är 3 % av inkomstbasbeloppet per månad och ledamot. Inkomstbasbeloppet uppgår till 71 000 kronor, så sammanlagt betalas ${total} kronor ut varje månad.\n`;

ruleTester(rateTotal, {
  valid: [
    // 20 % × 47 600 × 40 = 380 800.
    { name: 'seats: the total is the rate of the base times the count', code: seats('380 800') },
    // 3 % × 71 000 × 9 = 19 170.
    { name: 'members, the count in the paragraph before: the total holds', code: members('19 170') },
    // The seats counted two ways (40 and 41): which count the rule means is not read.
    { name: 'a count the text gives two ways', code: seats('390 000', 'Stödet delas mellan de 40 mandaten; från juli har fullmäktige 41 mandat.') },
    // 2,5 % × 47 300 = 1 182,50 a seat, × 11 = 13 007,50; with each seat's share rounded to the krona the total may lie 5,50 kr off: 13 003 is 4,50 off.
    {
      name: 'a share per unit that is not whole: rounded to the krona for each unit',
      code: 'Stödet är 2,5 procent av prisbasbeloppet per mandat. Prisbasbeloppet är 47 300 kronor och totalt betalas 13 003 kronor.\n\nFullmäktige har 11 mandat.\n',
    },
  ],
  invalid: [
    {
      // 20 % × 47 600 × 40 = 380 800, stated 390 000.
      name: 'seats: a total that is not the rate of the base times the count',
      code: seats('390 000'),
      findings: [
        {
          severity: 'warning',
          message:
            '"20 procent av prisbasbeloppet per mandat": 20 % × 47 600 kr × 40 (mandat) = 380 800 kr, men texten anger totalt 390 000 kr (skillnad 9 200 kr) — osäker läsning: vilket basbelopp, antal och summa regeln gäller är läst ur orden',
          line: 1,
          expected: '380800',
          actual: '390000',
        },
      ],
    },
    {
      // 3 % × 71 000 × 9 = 19 170, stated 19 000.
      name: 'members per month: a total that misses',
      code: members('19 000'),
      findings: [{ severity: 'warning', message: /^"3 % av inkomstbasbeloppet per månad och ledamot": 3 % × 71 000 kr × 9 \(ledamot\) = 19 170 kr, men texten anger totalt 19 000 kr \(skillnad 170 kr\)/, line: 3 }],
    },
  ],
});
