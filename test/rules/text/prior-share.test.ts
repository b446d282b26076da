import { priorShare } from '../../../src/rules/text/prior-share.js';
import { ruleTester } from '../rule-tester.js';

/**
 * A share of last year's amount in a sentence, against the two amounts, in wordings and tables
 * written for this test; every ratio worked out by hand in the comments.
 */
const gfm = (sentence: string): string =>
  `Kommunens bidrag per år (kr)\n\n| Bidrag | 2022 | 2023 |\n|---|---|---|\n| Kulturbidrag | 1 800 000 | 1 350 000 |\n| Idrottsbidrag | 2 400 000 | 2 520 000 |\n\n${sentence}\n`;
const aligned = (sentence: string): string =>
  ['Bidrag per område, kronor', '', 'Område            2021        2022', 'Idrott       1 200 000   1 380 000', 'Kultur         800 000     840 000', 'Fritid         450 000     450 000', '', sentence, ''].join('\n');

ruleTester(priorShare, {
  valid: [
    // 5,4 / 6 = 90 %.
    { name: 'a share of last year’s amount stated in the sentence that holds', code: 'Kommunen betalar i år ut 5,4 miljoner kronor i föreningsbidrag, vilket motsvarar 90 procent av förra årets bidrag på 6 miljoner kronor.\n' },
    // 2 463 000 / 2 000 000 = 1,2315: 23,15 % more, and "23 procent" stands for 22,5–23,5.
    { name: 'a change that agrees within the rounding of the percent', code: 'Bidraget uppgår till 2 463 000 kronor, 23 procent mer än föregående års 2 000 000 kronor.\n' },
    // 4,2 / 8 = 52,5 %: "drygt hälften" is 50–55 %.
    { name: 'a qualified fraction in words that holds', code: 'Nämnden fördelar 4,2 miljoner kronor i år, drygt hälften av 2022 års 8 miljoner kronor.\n' },
    // 1 350 000 / 1 800 000 = 75 %.
    { name: 'GFM table by year: the share holds', code: [{ file: 'a.md', text: gfm('Kulturbidragen 2023 blir 1 350 000 kronor, 75 procent av 2022 års nivå.') }] },
    // 880 000 / 1 000 000 = 88 %: 12 % less.
    { name: 'a decrease against last year’s amount told after "i fjol"', code: 'Kommunen ger 880 000 kronor, 12 procent mindre än i fjol då stödet var 1 000 000 kronor.\n' },
    // 5,4 / 6 = 90 %, but the sentence names no earlier year: a budget, not last year's amount.
    { name: 'a share of something other than last year’s', code: 'Kommunen betalar i år ut 5,4 miljoner kronor, vilket motsvarar 80 procent av budgeten på 6 miljoner kronor.\n' },
  ],
  invalid: [
    {
      // 5,4 / 6 = 90 %, stated 80 (79,5–80,5).
      name: 'a share of last year’s amount stated in the sentence that misses',
      code: 'Kommunen betalar i år ut 5,4 miljoner kronor i föreningsbidrag, vilket motsvarar 80 procent av förra årets bidrag på 6 miljoner kronor.\n',
      findings: [
        {
          severity: 'warning',
          message:
            '"Kommunen betalar i år ut 5,4 miljoner kronor i föreningsbidrag, vilket motsvarar 80 procent av förra årets bidrag på 6 miljoner kronor.": 5 400 000 kr är 90 % av föregående års 6 000 000 kr, men "80 procent av" anger 79,5–80,5 % av det — osäker läsning: vilket belopp andelen gäller är läst ur orden för föregående år, och sidan kan jämföra med ett belopp den inte visar (budget eller utfall, ett omräknat belopp)',
          line: 1,
          expected: '80',
          actual: '90',
        },
      ],
    },
    {
      // 2 900 000 / 2 500 000 = 1,16: 16 % more, stated 20 % (119,5–120,5 % of last year's).
      name: 'a change over last year’s amount that misses',
      code: 'Stödet till studieförbunden ökar till 2 900 000 kronor, 20 % mer än fjolårets 2 500 000 kronor.\n',
      findings: [{ severity: 'warning', message: /: 2 900 000 kr är 116 % av föregående års 2 500 000 kr, men "20 % mer än" anger 119,5–120,5 % av det — osäker läsning/, actual: '116' }],
    },
    {
      // 3,3 / 4,0 = 82,5 %: 17,5 % lower, stated 25 % (74,5–75,5 % of last year’s); with both rounded, 3,25–3,35 over 3,95–4,05 is 80,2–84,8 %. Written "4 miljoner", 3,5–4,5 miljoner, the two would meet.
      name: 'a decrease over last year’s amount that misses',
      code: 'Anslaget blir 3,3 miljoner kronor, 25 procent lägre än fjolårets 4,0 miljoner kronor.\n',
      findings: [{ severity: 'warning', message: /3 300 000 kr är 82,5 % av föregående års 4 000 000 kr, men "25 procent lägre än" anger 74,5–75,5 % av det/ }],
    },
    {
      // 3,1 / 8 = 38,75 %; "knappt hälften" is 47,5–50 %.
      name: 'a qualified fraction in words that misses',
      code: 'I år fördelas 3,1 miljoner kronor, knappt hälften av förra årets 8 miljoner kronor.\n',
      findings: [{ severity: 'warning', message: /3 100 000 kr är 38,8 % av föregående års 8 000 000 kr, men "knappt hälften av" anger 47,5–50 % av det/ }],
    },
    {
      // 1 350 000 / 1 800 000 = 75 %, stated 85.
      name: 'GFM table by year: this year’s amount in the sentence, last year’s in its row',
      code: [{ file: 'b.md', text: gfm('Kulturbidragen 2023 blir 1 350 000 kronor, 85 procent av 2022 års nivå.') }],
      findings: [{ severity: 'warning', message: /1 350 000 kr är 75 % av föregående års 1 800 000 kr \(tabellens rad "Kulturbidrag", kolumnen "2022"\), men "85 procent av" anger 84,5–85,5 %/ }],
    },
    {
      // 1 380 000 / 1 200 000 = 1,15: 15 % more, stated an increase of 10 % (109,5–110,5 %).
      name: 'a space-aligned table by year: an increase named before the percent',
      code: aligned('Bidragen till idrott ökar med 10 procent jämfört med 2021 och blir 1 380 000 kronor.'),
      findings: [{ severity: 'warning', message: /1 380 000 kr är 115 % av föregående års 1 200 000 kr \(tabellens rad "Idrott", kolumnen "2021"\), men "ökar med 10 procent" anger 109,5–110,5 %/ }],
    },
  ],
});
