import { columnTotal } from '../../src/rules/table/column-total.js';
import { ruleTester } from '../rules/rule-tester.js';

/**
 * Municipalities listed with their county council, the total covering the municipalities alone:
 * tables written for this test, in two layouts and wordings.
 */
ruleTester(columnTotal, {
  valid: [{ name: 'the total covers every row, the council included', code: 'Mottagare\tKronor\nLandstinget\t500\nKiruna\t100\nLuleå\t200\nPiteå\t300\nSumma\t1 100\n' }],
  invalid: [
    {
      name: 'a council row first, "Summa" the municipalities\' total: a warning naming the row',
      code: 'Mottagare\tKronor\nLandstinget\t500\nKiruna\t100\nLuleå\t200\nPiteå\t300\nSumma\t600\n',
      findings: [
        {
          severity: 'warning',
          message:
            '4 rader summerar till 1 100 kr; summaraden anger 600 kr (skillnad 500 kr) i kolumnen "Kronor" — osäker läsning: summan är exakt kommunernas utan raden "Landstinget" och kan avse kommunerna ensamma',
        },
      ],
    },
    {
      name: 'a region row last in a pipe table of "X kommun" rows',
      code: '| Mottagare | Belopp (tkr) |\n|---|---|\n| Växjö kommun | 1 200 |\n| Ljungby kommun | 400 |\n| Alvesta kommun | 300 |\n| Region Kronoberg | 900 |\n| Totalt | 1 900 |\n',
      findings: [{ severity: 'warning', message: /^4 rader summerar till 2 800 000 kr; summaraden anger 1 900 000 kr .*utan raden "Region Kronoberg"/ }],
    },
    {
      name: 'a total that is not the municipalities\' either stays an error',
      code: 'Mottagare\tKronor\nLandstinget\t500\nKiruna\t100\nLuleå\t200\nPiteå\t300\nSumma\t650\n',
      findings: [{ severity: 'error', message: /^4 rader summerar till 1 100 kr; summaraden anger 650 kr \(skillnad 450 kr\)/ }],
    },
  ],
});
