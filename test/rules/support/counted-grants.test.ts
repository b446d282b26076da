import { sum } from '../../../src/rules/text/sum.js';
import { ruleTester } from '../rule-tester.js';

/**
 * A lead that grants one amount to a counted number of recipients, told recipient by recipient
 * paragraphs away (counted-grants.ts). Wordings written for this test; every sum checked by hand.
 */
const reading = (n: number): string => `att meningarna är ingressens mottagare är läst ur att de är lika många som den räknar (${n})`;

ruleTester(sum, {
  valid: [
    {
      // 1 200 000 + 800 000 = 2 000 000.
      name: 'two grants that make the lead',
      code:
        'Nämnden beviljade i går 2 000 000 kronor till två projekt.\n\n' +
        'Projekten gäller kollektivtrafik och kompetens.\n\n' +
        'Föreningen Norrbygd beviljas 1 200 000 kronor för projektet Vägen vidare.\n\n' +
        'Projektet ska pågå i tre år.\n\n' +
        'Kommunförbundet beviljas 800 000 kronor för en förstudie.\n',
    },
    {
      // Three grant sentences for "två projekt": the count does not name them.
      name: 'more grant sentences than the lead counts',
      code:
        'Nämnden beviljade 2 000 000 kronor till två projekt.\n\n' +
        'Föreningen A beviljas 1 000 000 kronor.\n\nFöreningen B beviljas 500 000 kronor.\n\nFöreningen C beviljas 300 000 kronor.\n',
    },
    {
      // 1 000 000 + 500 000 = 1 500 000, not 2 000 000: but a sentence after the lead names money without granting it.
      name: 'another sentence with money after the lead',
      code:
        'Nämnden beviljade 2 000 000 kronor till två projekt.\n\n' +
        'Förra året var potten 3 000 000 kronor.\n\n' +
        'Föreningen A beviljas 1 000 000 kronor.\n\nFöreningen B beviljas 500 000 kronor.\n',
    },
    {
      // A quotation with money is no grant: the lead is left unread.
      name: 'a quotation with money among the grants',
      code:
        'Fonden delar ut 900 000 kronor till två föreningar.\n\n' +
        '– Vi får 400 000 kronor och det betyder mycket, säger ordföranden.\n\n' +
        'Idrottsklubben får 300 000 kronor.\n',
    },
    {
      // 5 497 718 against "cirka 5,5 miljoner": a loosened lead; only a match within its rounding would be told, as an info.
      name: 'a loosened lead the grants do not meet',
      code: 'Utskottet beviljade cirka 5,5 miljoner kronor till två projekt.\n\nFöreningen A beviljas 4 000 000 kr för projektet.\n\nFöreningen B beviljas 600 000 kr för projektet.\n',
    },
  ],
  invalid: [
    {
      // 1 200 000 + 700 000 = 1 900 000 against 2 000 000: 100 000 kronor apart, whole kronor.
      name: 'two grants, paragraphs away, that fall short of the lead',
      code:
        'Nämnden beviljade i går 2 000 000 kronor till två projekt.\n\n' +
        'Projekten gäller kollektivtrafik och kompetens.\n\n' +
        'Föreningen Norrbygd beviljas 1 200 000 kronor för projektet Vägen vidare.\n\n' +
        'Projektet ska pågå i tre år.\n\n' +
        'Kommunförbundet beviljas 700 000 kronor för en förstudie.\n',
      findings: [
        {
          severity: 'warning',
          message: `de 2 meningarna som beviljar belopp efter ingressen summerar till 1 900 000 kr; ingressen anger 2 000 000 kr till 2 mottagare (skillnad 100 000 kr) — osäker läsning: ${reading(2)}`,
          line: 1,
          expected: '2000000',
          actual: '1900000',
        },
      ],
    },
    {
      // 150 000 + 120 000 + 100 000 = 370 000 against 400 000; one grant opens with "Till", one gives two amounts.
      name: 'three recipients told with "får" and "Till … går", one with two amounts',
      code:
        'Tre föreningar får dela på 400 000 kronor ur bygdefonden.\n\n' +
        'Hembygdsföreningen får 150 000 kronor till taket.\n\n' +
        'Till byalaget går 120 000 kronor.\n\n' +
        'Skytteföreningen får 60 000 kronor till banan och 40 000 kronor till utbildning.\n',
      findings: [
        {
          severity: 'warning',
          message: `de 3 meningarna som beviljar belopp efter ingressen summerar till 370 000 kr; ingressen anger 400 000 kr till 3 mottagare (skillnad 30 000 kr) — osäker läsning: ${reading(3)}`,
        },
      ],
    },
    {
      // 561 000 + 2 700 000 + 2 220 000 = 5 481 000, 19 000 short, within the rounding of "cirka 5,5 miljoner" (±50 000): an info.
      name: 'a loosened lead met within its rounding',
      code: 'Utskottet beviljade cirka 5,5 miljoner kronor till två projekt.\n\nFöreningen A beviljas 561 000 kr för projektet.\n\nFöreningen B beviljas 2 700 000 kr från anslaget och 2 220 000 kr ur egna medel.\n',
      findings: [
        {
          severity: 'info',
          message: 'de 2 meningarna som beviljar belopp efter ingressen summerar till 5 481 000 kr; ingressen anger 5 500 000 kr till 2 mottagare (skillnad 19 000 kr, avrundning tillåter ±50 000 kr) — stämmer inom avrundningen',
        },
      ],
    },
  ],
});
