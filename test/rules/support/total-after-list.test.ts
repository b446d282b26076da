import { sum } from '../../../src/rules/text/sum.js';
import { ruleTester } from '../rule-tester.js';

/**
 * A list of amounts and, as the first sentence after it, their total in words
 * (total-after-list.ts). Wordings and layouts written for this test; every sum checked by hand.
 */
const reading = 'att totalen efter listan gäller just listans poster är läst ur dess plats, och texten kan räkna in fler mottagare';

ruleTester(sum, {
  valid: [
    {
      // 45 000 + 30 000 + 25 000 + 20 000 = 120 000: exact.
      name: 'items that make the total after them',
      code: 'Kulturnämnden har fördelat årets bidrag.\n\n- Teaterföreningen: 45 000 kronor\n- Konstklubben: 30 000 kronor\n- Kören: 25 000 kronor\n- Filmklubben: 20 000 kronor\n\nTotalt delar föreningarna på 120 000 kronor.\n',
    },
    {
      // "ytterligare" makes the amount one more part, not the whole.
      name: 'an amount after the list given as more',
      code: 'Bidrag i år:\n\n- Idrott: 300 000 kronor\n- Kultur: 200 000 kronor\n\nDessutom går totalt 100 000 kronor till lovaktiviteter.\n',
    },
    {
      // A sentence with no total word is no total.
      name: 'an amount after the list without a word for the whole',
      code: 'Så här fördelas bidragen:\n\n- Idrott: 300 000 kronor\n- Kultur: 200 000 kronor\n\nNämnden har 900 000 kronor kvar att fördela.\n',
    },
    {
      // A rate is no whole of one-off items.
      name: 'a total per year',
      code: 'Stödet:\n\n- Region Norr: 2 mnkr\n- Region Syd: 3 mnkr\n\nSammanlagt 6 mnkr per år.\n',
    },
  ],
  invalid: [
    {
      // 45 000 + 30 000 + 25 000 + 20 000 = 120 000 against 130 000.
      name: 'a dashed list and "Sammanlagt" after it that the items miss',
      code: 'Kulturnämnden har fördelat årets projektbidrag.\n\n- Teaterföreningen Ridån: 45 000 kronor\n- Konstklubben Palett: 30 000 kronor\n- Körsällskapet Cantus: 25 000 kronor\n- Filmklubben Ljus: 20 000 kronor\n\nSammanlagt fördelas 130 000 kronor i år.\n',
      findings: [
        {
          severity: 'warning',
          message: `listans 4 belopp summerar till 120 000 kr; meningen efter listan anger totalt 130 000 kr (skillnad 10 000 kr) — osäker läsning: ${reading}`,
          expected: '130000',
          actual: '120000',
        },
      ],
    },
    {
      // 1,2 + 0,8 + 0,5 = 2,5 miljoner against 3 miljoner (±0,5 for the total, ±0,05 for each part): within rounding, an info.
      name: 'a numbered list of projects in millions and a rounded total',
      code: 'Stiftelsen har beslutat om tre projekt.\n\n1. Läsfrämjande i skolan, 1,2 miljoner kronor\n2. Kulturarv på nätet, 0,8 miljoner kronor\n3. Unga berättare, 0,5 miljoner kronor\n\nDe tre projekten får sammanlagt 3 miljoner kronor.\n',
      findings: [{ severity: 'info', message: 'listans 3 belopp summerar till 2 500 000 kr; meningen efter listan anger totalt 3 000 000 kr (skillnad 500 000 kr, avrundning tillåter ±650 000 kr) — stämmer inom avrundningen' }],
    },
    {
      // 150 000 + 100 000 = 250 000 against 275 000, in HTML.
      name: 'an HTML list and a total paragraph after it',
      code: [
        {
          file: 'nyhet.html',
          text: '<html><body><p>Två projekt får stöd.</p><ul><li>Byalaget: 150 000 kronor</li><li>Scoutkåren: 100 000 kronor</li></ul><p>Tillsammans får de 275 000 kronor.</p></body></html>',
        },
      ],
      findings: [{ severity: 'warning', message: `listans 2 belopp summerar till 250 000 kr; meningen efter listan anger totalt 275 000 kr (skillnad 25 000 kr) — osäker läsning: ${reading}` }],
    },
  ],
});
