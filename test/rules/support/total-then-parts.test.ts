import { sum } from '../../../src/rules/text/sum.js';
import { ruleTester } from '../rule-tester.js';

/**
 * A total shared out in the next sentences of its paragraph with no word for the rest
 * (total-then-parts.ts). Wordings written for this test; every sum checked by hand.
 */
const READING = 'att meningarna efter totalen delar upp den, och i alla dess delar, är läst ur hur de inleds';

ruleTester(sum, {
  valid: [
    {
      // 21 + 39 + 15,5 = 75,5.
      name: 'parts that open with their amounts and make the total',
      code: 'Bidraget uppgår i år till totalt 75,5 miljoner kronor. 21 miljoner går till riksförbunden, 39 miljoner till lokala föreningar. 15,5 miljoner avser uppföljning.\n',
    },
    {
      // 600 + 300 = 900.
      name: 'parts that repeat the subject with "till" and make the total',
      code: 'Stödet omfattar 900 miljoner kronor. Stödet till busstrafiken är 600 miljoner kronor och till gång- och cykelvägar 300 miljoner kronor.\n',
    },
    {
      // 30 + 25 = 55, not 80: but the parts are examples ("bland annat").
      name: 'parts given as examples',
      code: 'Anslaget uppgår till totalt 80 miljoner kronor. Bland annat går 30 miljoner till kommunerna och 25 miljoner till regionerna.\n',
    },
    {
      // The second sentence opens with another subject: no part of the total.
      name: 'a sentence about another sum after the total',
      code: 'Anslaget uppgår till totalt 80 miljoner kronor. Förra året var anslaget 60 miljoner kronor och 2021 var det 50 miljoner kronor.\n',
    },
    {
      // The parts stand in the next paragraph: that they share out the total is not read.
      name: 'parts in the paragraph after',
      code: 'Anslaget uppgår till totalt 80 miljoner kronor.\n\n30 miljoner går till kommunerna. 25 miljoner går till regionerna.\n',
    },
    {
      // A second money sentence that opens otherwise leaves the paragraph unread: 30 + 25 is not read as the whole.
      name: 'a sentence with money that does not open as a part',
      code: 'Satsningen uppgår till totalt 80 miljoner kronor. 30 miljoner går till kommunerna, 25 miljoner till regionerna. Regeringen har dessutom avsatt 25 miljoner kronor för nästa år.\n',
    },
    {
      // 568,5 + 270 = 838,5 against "drygt 825": a loosened whole bounds no sum, so a mismatch is not told.
      name: 'a loosened total that the parts do not meet',
      code: 'Stödet uppgår till drygt 825 miljoner kronor. Stödet till kollektivtrafik är 568,5 miljoner kronor och till cykling 270 miljoner kronor.\n',
    },
    {
      // 40 + 45 = 85, not 120: amounts for the years after, a series, not parts of the total.
      name: 'amounts for later years after a year\'s total',
      code: 'Totalt avsätts 120 miljoner kronor 2025 för satsningen. 40 miljoner kronor beräknas avsättas 2026 och 45 miljoner kronor 2027.\n',
    },
    {
      // 500 + 200 = 700, not 730: the total is shared out "enligt nedanstående", below, not only in the next sentence.
      name: 'a total shared out by what follows below',
      code: 'Myndigheten ska betala ut totalt 730 000 000 kronor enligt nedanstående. 500 000 000 kronor respektive 200 000 000 kronor betalas ut till regionerna.\n\n1. Till förbundet betalas 30 000 000 kronor.\n',
    },
    {
      // One part only: no split.
      name: 'a single part',
      code: 'Anslaget uppgår till totalt 80 miljoner kronor. 30 miljoner går till kommunerna.\n',
    },
    {
      // 900 + 1 200 kronor per hektar are what each hectare gets, not shares of the 45 millions.
      name: 'a rate per unit after the total',
      code: 'Ersättningen uppgår till totalt 45 miljoner kronor. För vall betalas 900 kronor per hektar och för bete 1 200 kronor per hektar.\n',
    },
    {
      // 350 + 280 kr/ton, a rate written with a slash.
      name: 'a rate written with a slash',
      code: 'Stödet omfattar 12 miljoner kronor i år. Till mindre gårdar går 350 kr/ton och till större gårdar 280 kr/ton.\n',
    },
    {
      // 200 000 + 900 000 are the bounds of what one municipality gets, not two shares of the 60 millions.
      name: 'the bounds of a range after the total',
      code: 'Bidraget uppgår till 60 miljoner kronor. För varje kommun ligger beloppet mellan 200 000 kronor och 900 000 kronor.\n',
    },
    {
      // "från 2 till 4 miljoner kronor": a bare lower bound and the upper bound's amount.
      name: 'a range whose lower bound is a bare number',
      code: 'Satsningen omfattar totalt 30 miljoner kronor. Till varje region går från 2 till 4 miljoner kronor beroende på storlek. 3 miljoner går till uppföljning.\n',
    },
  ],
  invalid: [
    {
      // 30 + 25 + 20 = 75 against 80 millions: 5 millions apart, rounding allows ±2 millions (four figures in whole millions).
      name: 'parts that open with their amounts and fall short',
      code: 'Anslaget uppgår i år till totalt 80 miljoner kronor. 30 miljoner går till kommunerna, 25 miljoner till regionerna. 20 miljoner avser myndighetens eget arbete.\n',
      findings: [
        {
          severity: 'warning',
          message: `beloppen i meningarna efter totalen (3) summerar till 75 000 000 kr; totalen anger 80 000 000 kr (skillnad 5 000 000 kr, avrundning tillåter ±2 000 000 kr) — osäker läsning: ${READING}`,
          line: 1,
          expected: '80000000',
          actual: '75000000',
        },
      ],
    },
    {
      // 600 000 000 + 250 000 000 = 850 000 000 against 900 000 000, kronor written in full: exact figures, still a reading.
      name: 'parts that repeat the subject and fall short',
      code: 'Bidraget uppgår till 900 000 000 kronor.\nBidraget till regionerna är 600 000 000 kronor och till kommunerna 250 000 000 kronor.\n',
      findings: [
        {
          severity: 'warning',
          message: `beloppen i meningarna efter totalen (2) summerar till 850 000 000 kr; totalen anger 900 000 000 kr (skillnad 50 000 000 kr) — osäker läsning: ${READING}`,
        },
      ],
    },
    {
      // 14 + 9 = 23 against 20 millions, rounding allowing ±1,5 millions; "Till" opens each part; a sentence without money between them passes.
      name: 'parts opening with "Till" that exceed the total',
      code: 'Sammanlagt fördelas 20 miljoner kronor i år. Till länsstyrelserna går 14 miljoner kronor. Beslutet fattades i juni. Till kommunerna går 9 miljoner kronor.\n',
      findings: [
        {
          severity: 'warning',
          message: `beloppen i meningarna efter totalen (2) summerar till 23 000 000 kr; totalen anger 20 000 000 kr (skillnad 3 000 000 kr, avrundning tillåter ±1 500 000 kr) — osäker läsning: ${READING}`,
        },
      ],
    },
  ],
});
