import { sum } from '../../../src/rules/text/sum.js';
import { ruleTester } from '../rule-tester.js';

/** A sum divided in the sentence after it ("Dessa är uppdelade i …"). Wordings written for this test, sums checked by hand. */
const PARTS = (n: number, computed: string, stated: string, difference: string): string =>
  `${n} delbelopp i meningen som delar upp summan före den ("Dessa är uppdelade i …") summerar till ${computed}; meningen före anger ${stated} (${difference})`;

ruleTester(sum, {
  valid: [
    {
      // 10 455 000 + 6 356 000 = 16 811 000.
      name: 'parts that make the amount before',
      code: 'Kommunen får 16 811 000 kronor i år. Dessa är sedan uppdelade i 10 455 000 kronor för boende och 6 356 000 kronor för skolan.\n',
    },
    {
      // No verb of dividing: two more amounts, not parts of the first.
      name: 'a next sentence that names amounts without dividing the one before',
      code: 'Kommunen får 16 811 000 kronor i år. Dessa kompletteras med 1 000 000 kronor för boende och 500 000 kronor för skolan.\n',
    },
    {
      // 1 500 + 2 000 kronor are what each pupil and teacher brings, not two shares of the 60 millions.
      name: 'rates that say how the amount is divided per head',
      code: 'Totalt betalas 60 miljoner kronor ut. Beloppet fördelas på 1 500 kronor per elev och 2 000 kronor per lärare.\n',
    },
    {
      // 400 000 and 2 000 000 kronor bound what one municipality gets, not two shares of the 30 millions.
      name: 'the bounds of a range after the amount',
      code: 'Kommunerna får 30 miljoner kronor. Summan fördelas i belopp mellan 400 000 kronor och 2 000 000 kronor.\n',
    },
  ],
  invalid: [
    {
      // 10 455 000 + 6 336 000 = 16 791 000 against 16 811 000: 20 000 kronor apart, whole kronor; what
      // "Dessa" points back to is a reading, so a warning.
      name: 'prose: "Dessa är sedan uppdelade i A och B" after the one amount',
      code: 'Kommunen får 16 811 000 kronor i december. Dessa är sedan uppdelade i 10 455 000 kronor för faktiska kostnader och 6 336 000 kronor för gymnasieskolan.\n',
      findings: [
        {
          severity: 'warning',
          message: `${PARTS(2, '16 791 000 kr', '16 811 000 kr', 'skillnad 20 000 kr')} — osäker läsning: att meningen delar upp "16 811 000 kronor" i meningen före, och i alla sina delar, är läst ur hur den pekar tillbaka`,
          line: 1,
        },
      ],
    },
    {
      // 3,0 + 1,5 = 4,5 against 5,5 miljoner; the sentence before holds two amounts, the last is taken: a reading, so a warning.
      name: 'prose: "Beloppet fördelas på …" after a sentence with two amounts',
      code: 'Av de 40 miljoner kronor som avsatts får regionen 5,5 miljoner kronor.\n\nBeloppet fördelas på 3,0 miljoner kronor till drift, 1,5 miljoner kronor till investeringar.\n',
      findings: [
        {
          severity: 'warning',
          message: `${PARTS(2, '4 500 000 kr', '5 500 000 kr', 'skillnad 1 000 000 kr, avrundning tillåter ±150 000 kr')} — osäker läsning: att meningen delar upp "5,5 miljoner kronor", det sista av flera belopp i meningen före, är en läsning`,
          line: 1,
        },
      ],
    },
  ],
});
