import { columnTotal } from '../../src/rules/table/column-total.js';
import { ruleTester } from '../rules/rule-tester.js';

/**
 * Two rows printing the same figures (one body's figures shown under both names), the total
 * counting them once: tables written for this test, in two layouts and wordings. Sums by hand.
 */
ruleTester(columnTotal, {
  valid: [
    // 40 200 × 2 + 12 300 + 25 000 = 117 700; 41 500 × 2 + 11 900 + 26 100 = 121 000.
    { name: 'the total counts both rows', code: 'Anläggning\t2022\t2023\nStadsbiblioteket 1\t40 200\t41 500\nStadsarkivet 1\t40 200\t41 500\nKonsthallen\t12 300\t11 900\nMuseet\t25 000\t26 100\nSumma\t117 700\t121 000\n' },
  ],
  invalid: [
    {
      // 40 200 + 12 300 + 25 000 = 77 500; 41 500 + 11 900 + 26 100 = 79 500.
      name: 'tab-separated, the total counting the two rows once: warnings naming them',
      code: 'Anläggning\t2022\t2023\nStadsbiblioteket 1\t40 200\t41 500\nStadsarkivet 1\t40 200\t41 500\nKonsthallen\t12 300\t11 900\nMuseet\t25 000\t26 100\nSumma\t77 500\t79 500\n',
      findings: [
        { severity: 'warning', message: /^4 rader summerar till 117 700.*anger 77 500.*"Stadsbiblioteket 1" och "Stadsarkivet 1" har samma siffror/ },
        { severity: 'warning', message: /^4 rader summerar till 121 000.*anger 79 500.*samma siffror/ },
      ],
    },
    {
      // 3 100 + 2 400 + 1 500 = 7 000; 3 050 + 2 380 + 1 620 = 7 050.
      name: 'a pipe table in tkr, marked rows',
      code: '| Förvaltning | Budget (tkr) | Utfall (tkr) |\n|---|---|---|\n| Kultur | 3 100 | 3 050 |\n| Fritid* | 2 400 | 2 380 |\n| Idrott* | 2 400 | 2 380 |\n| Park | 1 500 | 1 620 |\n| Totalt | 7 000 | 7 050 |\n',
      findings: [
        { severity: 'warning', message: /^4 rader summerar till 9 400 000 kr; summaraden anger 7 000 000 kr .*samma siffror/ },
        { severity: 'warning', message: /^4 rader summerar till 9 430 000 kr; summaraden anger 7 050 000 kr .*samma siffror/ },
      ],
    },
    {
      // 3 050 + 2 380 × 2 + 1 620 = 9 430 holds; 7 300 is neither 9 400 nor 7 000.
      name: 'a total that is not the sum counting them once stays an error',
      code: '| Förvaltning | Budget (tkr) | Utfall (tkr) |\n|---|---|---|\n| Kultur | 3 100 | 3 050 |\n| Fritid* | 2 400 | 2 380 |\n| Idrott* | 2 400 | 2 380 |\n| Park | 1 500 | 1 620 |\n| Totalt | 7 300 | 9 430 |\n',
      findings: [{ severity: 'error', message: /^4 rader summerar till 9 400 000 kr; summaraden anger 7 300 000 kr/ }],
    },
  ],
});
