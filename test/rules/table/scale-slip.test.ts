import { scaleSlip } from '../../../src/rules/table/scale-slip.js';
import { ruleTester } from '../rule-tester.js';

/**
 * Sums that add up only with one figure a thousand times smaller or larger, in layouts written
 * for this test; the arithmetic worked out by hand in the comments.
 */
ruleTester(scaleSlip, {
  valid: [
    // 120 + 340 + 40 = 500: adds up, nothing to explain.
    { name: 'a column that adds up', code: 'Nämnd\tBudget (tkr)\nSkola\t120\nVård\t340\nKultur\t40\nSumma\t500\n' },
    // 120 + 340 + 45 = 505 ≠ 500, and no figure a thousand times off makes 500.
    { name: 'a mismatch no thousandfold slip explains', code: 'Nämnd\tBudget (tkr)\nSkola\t120\nVård\t340\nKultur\t45\nSumma\t500\n' },
    // 2 + 2 + 300 = 304 ≠ 302.002: either 2 could be 0,002 — two candidates, so no claim.
    { name: 'two figures that could each be the slip', code: 'Post\tBelopp (kr)\nA\t2\nB\t2\nC\t300\nSumma\t302,002\n' },
  ],
  invalid: [
    {
      // 2 819 + 121 194 + 3 000 + 38 245 = 165 258 ≠ 162 261; with 3 000 as 3: 2 819 + 121 194 + 3 + 38 245 = 162 261.
      name: 'tab-separated: a figure a thousand times too large among thousands',
      code: 'Nämnd\tBudget 2025 (tkr)\nStyrelsen\t2 819\nSkola\t121 194\nRevision\t3 000\nTeknik\t38 245\nSumma\t162 261\n',
      findings: [
        {
          severity: 'warning',
          message: 'raden "Summa" stämmer om cellen "3 000" i raden "Revision" är 3 000 kr i stället för 3 000 000 kr i kolumnen "Budget 2025 (tkr)": talet ser ut att vara skrivet i en tusen gånger mindre enhet eller med fel siffergruppering',
          line: 4,
          expected: '3000',
          actual: '3000000',
        },
      ],
    },
    {
      // In "mnkr": 12 400 + 8 250 + 3,5 = 20 653,5 ≠ 24 150; with 3,5 as 3 500: 12 400 + 8 250 + 3 500 = 24 150.
      // The others are the odd ones: the finding stands at the column's first figure.
      name: 'GFM: a small figure that only fits as a thousand of the others',
      code: [{ file: 's.md', text: '| Anslag | Belopp (mnkr) |\n|---|---|\n| Förvaltning | 12 400 |\n| Kultur | 8 250 |\n| Fonden | 3,5 |\n| Totalt | 24 150 |\n' }],
      findings: [
        {
          severity: 'warning',
          message: /^raden "Totalt" stämmer om cellen "3,5" i raden "Fonden" är 3 500 000 000 kr i stället för 3 500 000 kr i kolumnen "Belopp \(mnkr\)": de övriga beloppen ser ut att vara i en tusen gånger mindre enhet/,
          line: 3,
        },
      ],
    },
  ],
});
