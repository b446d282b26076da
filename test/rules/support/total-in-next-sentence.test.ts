import { sum } from '../../../src/rules/text/sum.js';
import { ruleTester } from '../rule-tester.js';

/**
 * Parts in one sentence, their total in the next, which points back at them
 * (total-in-next-sentence.ts). Wordings written for this test; every sum checked by hand.
 */
const reading = 'att beloppen i meningen före är totalens delar är läst ur att nästa mening pekar tillbaka på dem';

ruleTester(sum, {
  valid: [
    {
      // 40,2 + 3,8 = 44,0: exact.
      name: 'parts that make the total the next sentence points back with',
      code: 'Nämnden beviljade 40,2 mnkr och förvaltningen ytterligare 3,8 mnkr på delegation. Sammanlagt beviljades därmed 44 mnkr.\n',
    },
    {
      // "Totalt fördelar regeringen …" points back at nothing: another sum, not read.
      name: 'a total sentence that does not point back',
      code: 'Region Norr får 10 miljoner kronor och Region Syd 5 miljoner kronor. Totalt fördelar regeringen 100 miljoner kronor i år.\n',
    },
    {
      // A loosened total the parts miss bounds nothing: 25 032 281 against "drygt 26 miljoner".
      name: 'a loosened total the parts miss',
      code: 'Projektet A får 4 882 279 kr och projektet B 20 150 002 kr. Totalt blir det drygt 26 miljoner kronor.\n',
    },
    {
      // A rate is no part: "per år".
      name: 'parts given as a rate',
      code: 'Föreningen får 20 000 kronor per år och 5 000 kronor i startbidrag. Totalt blir det 30 000 kronor.\n',
    },
    {
      // The sentence before is two paragraphs up: not the total's.
      name: 'a total two paragraphs after the parts',
      code: 'A får 300 000 kronor och B får 200 000 kronor.\n\nBeslutet togs i går.\n\nTotalt blir det 600 000 kronor.\n',
    },
  ],
  invalid: [
    {
      // 12 000 000 + 8 000 000 = 20 000 000 against 21 000 000, two years in one paragraph.
      name: 'two years and a total that misses them',
      code: 'Kommunen får 12 000 000 kronor i år och 8 000 000 kronor nästa år. Totalt blir det 21 000 000 kronor.\n',
      findings: [
        {
          severity: 'warning',
          message: `de 2 beloppen i meningen före summerar till 20 000 000 kr; nästa mening anger totalt 21 000 000 kr (skillnad 1 000 000 kr) — osäker läsning: ${reading}`,
          expected: '21000000',
          actual: '20000000',
        },
      ],
    },
    {
      // 300 000 + 200 000 = 500 000 against 600 000: the total opens the next paragraph.
      name: 'a total opening the next paragraph',
      code: 'Föreningen A får 300 000 kronor och föreningen B får 200 000 kronor.\n\nDet blir sammanlagt 600 000 kronor.\n',
      findings: [
        {
          severity: 'warning',
          message: `de 2 beloppen i meningen före summerar till 500 000 kr; nästa mening anger totalt 600 000 kr (skillnad 100 000 kr) — osäker läsning: ${reading}`,
        },
      ],
    },
    {
      // 150 000 + 120 000 + 80 000 = 350 000 against 360 000, in HTML.
      name: 'three recipients and a total in HTML',
      code: [
        {
          file: 'nyhet.html',
          text: '<html><body><p>Föreningen Norr fick 150 000 kronor, Byalaget 120 000 kronor och Scoutkåren 80 000 kronor. Tillsammans får de 360 000 kronor.</p></body></html>',
        },
      ],
      findings: [
        {
          severity: 'warning',
          message: `de 3 beloppen i meningen före summerar till 350 000 kr; nästa mening anger totalt 360 000 kr (skillnad 10 000 kr) — osäker läsning: ${reading}`,
        },
      ],
    },
    {
      // 1,2 + 0,85 = 2,05 miljoner against "2 miljoner" (±0,5 miljoner): within its rounding, an info.
      name: 'a rounded total met within its rounding',
      code: 'Regionen ger 1,2 miljoner kronor till Alby och 0,85 miljoner kronor till Bodby. Tillsammans blir det 2 miljoner kronor.\n',
      findings: [
        {
          severity: 'info',
          message: /^de 2 beloppen i meningen före summerar till 2 050 000 kr; nästa mening anger totalt 2 000 000 kr .*stämmer inom avrundningen$/,
        },
      ],
    },
  ],
});
