import { columnTotal } from '../../../src/rules/table/column-total.js';
import { ruleTester } from '../rule-tester.js';

// 1 201 + 801 + 3 101 = 5 103 tkr against 5 100: beyond the half-units' slack, so an error unless
// the footnote under the table says the sums may differ (src/prose/sum-differs.ts).
const table = 'Län\tAntal\tBelopp (tkr)\nStockholms län\t4\t1 201\nUppsala län\t2\t801\nSkåne län\t9\t3 101\nSumma\t15\t5 100\n\n';

ruleTester(columnTotal, {
  valid: [],
  invalid: [
    {
      name: 'no footnote: an error',
      code: table,
      findings: [{ severity: 'error', message: /summaraden anger 5 100 000 kr/ }],
    },
    {
      name: 'a footnote in two sentences: the rounding, then the sums that do not add up',
      code: `${table}Avrundat till närmaste tusental kronor. Delsummorna summerar därför inte exakt till totalen.\n`,
      findings: [{ severity: 'warning', message: /dokumentet anger att summan kan avvika \("Avrundat till närmaste tusental kronor\. Delsummorna summerar därför inte exakt till totalen\."\)$/ }],
    },
    {
      name: 'a footnote where the total comes before the negation',
      code: `${table}Totalen överensstämmer inte med summan av länen på grund av avrundning.\n`,
      findings: [{ severity: 'warning', message: /dokumentet anger att summan kan avvika/ }],
    },
    {
      name: 'a footnote naming differences that may occur',
      code: `${table}Beloppen är avrundade, summeringsdifferenser kan förekomma.\n`,
      findings: [{ severity: 'warning', message: /dokumentet anger att summan kan avvika/ }],
    },
  ],
});
