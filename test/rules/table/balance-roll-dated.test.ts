import { balanceRoll } from '../../../src/rules/table/balance-roll.js';
import { columnTotal } from '../../../src/rules/table/column-total.js';
import { ruleTester } from '../rule-tester.js';

/**
 * Balances named by their day ("Eget kapital 2023-01-01" … "Eget kapital 2023-12-31",
 * "1 januari" … "31 december", "per 1.1.2023" … "per 31.12.2023"), in tables written for this
 * test; the arithmetic worked out by hand in the comments.
 */
ruleTester(balanceRoll, {
  valid: [
    // 2023: 88 400 + 6 200 − 1 000 = 93 600; 2022: 80 100 + 9 300 − 1 000 = 88 400, and 2023 opens with it.
    {
      name: 'GFM, ISO dates: the movements reach the closing balance',
      code: 'Förändring av eget kapital, tkr\n\n| Post | 2023 | 2022 |\n|---|---|---|\n| Eget kapital 2023-01-01 | 88 400 | 80 100 |\n| Årets resultat | 6 200 | 9 300 |\n| Utdelning | -1 000 | -1 000 |\n| Eget kapital 2023-12-31 | 93 600 | 88 400 |\n',
    },
    // A day inside a month opens nothing: 500 + 20 ≠ 530 says nothing.
    {
      name: 'spaced text, a day inside a month: no roll',
      code: 'Not 3 Fond, tkr\n\n                          2023      2022\nFond 2023-03-15            500       480\nÅrets avsättning            20        20\nFond 2023-12-31            530       500\n',
    },
  ],
  invalid: [
    {
      // 88 400 + 6 200 − 1 000 = 93 600 ≠ 93 700.
      name: 'GFM, ISO dates: the movements do not reach the closing balance',
      code: 'Förändring av eget kapital, tkr\n\n| Post | 2023 | 2022 |\n|---|---|---|\n| Eget kapital 2023-01-01 | 88 400 | 80 100 |\n| Årets resultat | 6 200 | 9 300 |\n| Utdelning | -1 000 | -1 000 |\n| Eget kapital 2023-12-31 | 93 700 | 88 400 |\n',
      findings: [
        {
          severity: 'warning',
          message: /^"Eget kapital 2023-01-01" med "Årets resultat", "Utdelning" ger 93 600 000 kr; "Eget kapital 2023-12-31" anger 93 700 000 kr \(skillnad 100 000 kr/,
          line: 8,
        },
      ],
    },
    {
      // 2 410 + 135 = 2 545 ≠ 2 560; 2022: 2 290 + 120 = 2 410.
      name: 'spaced text, worded days: the year\'s result does not reach the closing balance',
      code: 'Not 14 Eget kapital\n\nMnkr                                 2023        2022\nBalanserat resultat 1 januari       2 410       2 290\nÅrets resultat                        135         120\nBalanserat resultat 31 december     2 560       2 410\n',
      findings: [
        {
          severity: 'warning',
          message: /^"Balanserat resultat 1 januari" med "Årets resultat" ger 2 545 000 000 kr; "Balanserat resultat 31 december" anger 2 560 000 000 kr/,
          line: 6,
        },
      ],
    },
    {
      // Dotted dates after the opening word: the subject is the same balance. 452 300 + 18 700 = 471 000 ≠ 471 900.
      name: 'spaced text, dotted dates after "Ingående/Utgående balans": the dates name no other balance',
      code: 'Not 18 Eget kapital\n\nTkr                                  2023        2022\nIngående balans 1.1.2023        452 300     431 900\nÅrets resultat                   18 700      20 400\nUtgående balans 31.12.2023      471 900     452 300\n',
      findings: [
        {
          severity: 'warning',
          message: /^"Ingående balans 1\.1\.2023" med "Årets resultat" ger 471 000 000 kr; "Utgående balans 31\.12\.2023" anger 471 900 000 kr/,
          line: 6,
        },
      ],
    },
  ],
});

ruleTester(columnTotal, {
  valid: [
    // Two years rolled one after the other: "Årets resultat" moves the balance between the dated
    // rows, it is no result line over the rows above it (1 250 + 85 − 12 = 1 323; 1 323 + 40 = 1 363).
    {
      name: 'GFM, balances by dotted days: the year\'s result between them is no result line',
      code: 'Eget kapital i sammandrag (mnkr)\n\n| | Belopp |\n|---|---|\n| Eget kapital per 1.1.2023 | 1 250 |\n| Årets resultat | 85 |\n| Justering av tidigare fel | -12 |\n| Eget kapital per 31.12.2023 | 1 323 |\n| Eget kapital per 1.1.2024 | 1 323 |\n| Årets resultat | 40 |\n| Eget kapital per 31.12.2024 | 1 363 |\n',
    },
  ],
  invalid: [],
});
