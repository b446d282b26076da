import { balanceRoll } from '../../../src/rules/table/balance-roll.js';
import { ruleTester } from '../rule-tester.js';

/**
 * Balances carried through a period, in tables written for this test; the arithmetic worked out
 * by hand in the comments.
 */
const html = (rows: string): string =>
  '<html><body><p>Kassaflödesanalys, belopp i miljoner kronor</p><table>\n' +
  '<tr><th></th><th colspan="2">Koncernen</th><th colspan="2">Moderbolaget</th></tr>\n' +
  '<tr><th>Post</th><th>2023</th><th>2022</th><th>2023</th><th>2022</th></tr>\n' +
  rows +
  '</table></body></html>\n';

ruleTester(balanceRoll, {
  valid: [
    // 60 + 15 = 75, 64 − 4 = 60, 22 + 6 = 28, 20 + 2 = 22; each 2023 opens where 2022 closed (60, 22).
    {
      name: 'HTML, two groups of two years: every balance carried',
      code: [
        {
          file: 'a.html',
          text: html(
            '<tr><td>Årets kassaflöde</td><td>15</td><td>-4</td><td>6</td><td>2</td></tr>\n' +
              '<tr><td>Likvida medel vid årets början</td><td>60</td><td>64</td><td>22</td><td>20</td></tr>\n' +
              '<tr><td>Likvida medel vid årets slut</td><td>75</td><td>60</td><td>28</td><td>22</td></tr>\n',
          ),
        },
      ],
    },
    // The same figures with no group row: the years run down (2023, 2022) in each group, so the
    // group parent's 2022 (closing 60) and the subsidiary's 2023 (opening 22) are no pair.
    {
      name: 'GFM, years repeated per group without a group row: the boundary between groups is no pair',
      code: [
        {
          file: 'b.md',
          text:
            'Belopp i mnkr\n\n| Post | 2023 | 2022 | 2023 | 2022 |\n|---|---|---|---|---|\n' +
            '| Årets kassaflöde | 15 | -4 | 6 | 2 |\n| Likvida medel vid årets början | 60 | 64 | 22 | 20 |\n| Likvida medel vid årets slut | 75 | 60 | 28 | 22 |\n',
        },
      ],
    },
    // 2 000 + 500 = 2 500 and 2 400 − 300 = 2 100; a budget opens with 2 000 although the outcome closed with 2 100: different kinds.
    {
      name: 'spaced text, a budget beside an outcome: no balance carried between them',
      code: 'Likviditet, tkr\n\nBudget 2024 Utfall 2023\n\nÅrets kassaflöde 500 -300\nLikvida medel vid årets början 2 000 2 400\nLikvida medel vid årets slut 2 500 2 100\n',
    },
  ],
  invalid: [
    {
      // Changes in equity, in tkr: 2023 12 400 + 850 − 250 = 13 000 ≠ 13 100; 2022 11 900 + 700 − 200 = 12 400, and 2023 opens with it.
      name: 'spaced text, changes in equity: the movements between the balances do not reach the closing balance',
      code: 'Förändring av eget kapital\n\nBelopp i tkr 2023 2022\n\nIngående eget kapital 12 400 11 900\nÅrets resultat 850 700\nUtdelning -250 -200\nUtgående eget kapital 13 100 12 400\n',
      findings: [
        {
          severity: 'warning',
          message:
            /^"Ingående eget kapital" med "Årets resultat", "Utdelning" ger 13 000 000 kr; "Utgående eget kapital" anger 13 100 000 kr \(skillnad 100 000 kr, avrundning tillåter ±2 000 kr\) i kolumnen "2023" — osäker läsning: .*vilka rader som är ingående balans, förändring och utgående balans är läst ur etiketterna$/,
          line: 8,
          expected: '13100000',
          actual: '13000000',
        },
      ],
    },
    {
      // Years running up: 20,3 + 11,2 = 31,5 and 31,9 + 13,4 = 45,3 hold, but 2023 opens with 31,9 where 2022 closed with 31,5.
      name: 'GFM, years running up: the later year does not open where the earlier closed',
      code: [
        {
          file: 'c.md',
          text:
            'Kassaflöde (mnkr)\n\n| Post | 2022 | 2023 |\n|---|---|---|\n| Kassaflöde från den löpande verksamheten | 41,2 | 38,5 |\n' +
            '| Kassaflöde från investeringsverksamheten | -30,0 | -25,1 |\n| Periodens kassaflöde | 11,2 | 13,4 |\n' +
            '| Kassa och bank vid periodens början | 20,3 | 31,9 |\n| Kassa och bank vid periodens slut | 31,5 | 45,3 |\n',
        },
      ],
      findings: [
        {
          severity: 'warning',
          message:
            '"Kassa och bank vid periodens början" i kolumnen "2023" anger 31 900 000 kr, men "Kassa och bank vid periodens slut" i kolumnen "2022" anger 31 500 000 kr (skillnad 400 000 kr, avrundning tillåter ±100 000 kr) — osäker läsning: att kolumnerna är två på varandra följande år av samma slag är läst ur rubrikerna, och en omräknad ingående balans som sidan inte nämner kan förklara skillnaden',
          line: 8,
          expected: '31500000',
          actual: '31900000',
        },
      ],
    },
    {
      // The subsidiary's 2023 opens with 18: 18 + 6 = 24 ≠ 28, and 2022 closed with 22, not 18. The group's columns hold (60 + 15 = 75, 64 − 4 = 60).
      name: 'HTML, two groups: an opening balance that neither carries to the closing one nor follows last year',
      code: [
        {
          file: 'd.html',
          text: html(
            '<tr><td>Årets kassaflöde</td><td>15</td><td>-4</td><td>6</td><td>2</td></tr>\n' +
              '<tr><td>Likvida medel vid årets början</td><td>60</td><td>64</td><td>18</td><td>20</td></tr>\n' +
              '<tr><td>Likvida medel vid årets slut</td><td>75</td><td>60</td><td>28</td><td>22</td></tr>\n',
          ),
        },
      ],
      // Findings come in the order of their lines: the opening balance (line 5) before the closing one (line 6).
      findings: [
        {
          severity: 'warning',
          message: /^"Likvida medel vid årets början" i kolumnen "Moderbolaget \/ 2023" anger 18 000 000 kr, men "Likvida medel vid årets slut" i kolumnen "Moderbolaget \/ 2022" anger 22 000 000 kr \(skillnad 4 000 000 kr, avrundning tillåter ±1 000 000 kr\) — osäker läsning/,
          line: 5,
          expected: '22000000',
          actual: '18000000',
        },
        {
          severity: 'warning',
          message: /^"Likvida medel vid årets början" med "Årets kassaflöde" ger 24 000 000 kr; "Likvida medel vid årets slut" anger 28 000 000 kr \(skillnad 4 000 000 kr, avrundning tillåter ±1 500 000 kr\) i kolumnen "Moderbolaget \/ 2023" — osäker läsning/,
          line: 6,
          expected: '28000000',
          actual: '24000000',
        },
      ],
    },
    {
      // Whole kronor written as "IB"/"UB": 1 250 + 340 − 90 = 1 500 ≠ 1 490, in a one-column table.
      name: 'spaced text with IB and UB in kronor',
      code: 'Kassa, kronor\n\nPost Belopp\n\nIB kassa 1 250\nInbetalningar 340\nUtbetalningar -90\nUB kassa 1 490\n',
      findings: [
        {
          severity: 'warning',
          message: /^"IB kassa" med "Inbetalningar", "Utbetalningar" ger 1 500 kr; "UB kassa" anger 1 490 kr \(skillnad 10 kr\)/,
          expected: '1490',
          actual: '1500',
        },
      ],
    },
  ],
});
