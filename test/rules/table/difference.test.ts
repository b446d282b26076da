import { difference } from '../../../src/rules/table/difference.js';
import { ruleTester } from '../rule-tester.js';

/**
 * Difference columns and balance rows, each in two layouts written for this test; every
 * difference worked out by hand in the comments.
 */
const COLUMN_DOUBT = (a: string, b: string): string => `att differenskolumnen är "${a}" minus "${b}" är läst ur rubrikerna och kolumnernas ordning`;
const BALANCE_DOUBT = (a: string, b: string): string => `att saldot är "${a}" minus "${b}" är läst ur radernas etiketter`;

ruleTester(difference, {
  valid: [
    // Budget less outcome: 500 − 480 = 20, 300 − 310 = −10, 200 − 200 = 0.
    { name: 'a deviation column that runs budget less outcome', code: 'Nämnd\tBudget (tkr)\tUtfall (tkr)\tAvvikelse (tkr)\nSkola\t500\t480\t20\nVård\t300\t310\t-10\nKultur\t200\t200\t0\n' },
    // A percent change is not a difference of amounts.
    { name: 'a change in percent is left alone', code: 'Post\t2022 (kr)\t2023 (kr)\tFörändring (%)\nA\t100\t110\t10\nB\t200\t180\t-10\n' },
    // Intäkter 900 + Kostnader −850 = 50.
    { name: 'a balance row with expenses written negative', code: 'Resultat, tkr\n\nPost\tBelopp (tkr)\nIntäkter\t900\nKostnader\t-850\nSaldo\t50\n' },
  ],
  invalid: [
    {
      // Outcome less budget: Skola 480 − 500 = −20 but −30 is printed; Vård 310 − 300 = 10, Kultur 0.
      name: 'tab-separated: one row of a deviation column is off',
      code: 'Nämnd\tUtfall (tkr)\tBudget (tkr)\tAvvikelse (tkr)\nSkola\t480\t500\t-30\nVård\t310\t300\t10\nKultur\t200\t200\t0\n',
      findings: [
        {
          severity: 'warning',
          message: `raden "Skola": "Utfall (tkr)" minus "Budget (tkr)" är −20 000 kr; kolumnen "Avvikelse (tkr)" anger −30 000 kr (skillnad 10 000 kr, avrundning tillåter ±1 500 kr) — osäker läsning: ${COLUMN_DOUBT('Utfall (tkr)', 'Budget (tkr)')}`,
          line: 2,
          expected: '-30000',
          actual: '-20000',
        },
      ],
    },
    {
      // Figures with one decimal: 12,4 − 11,9 = 0,5 but 0,6 is printed, within the rounding of the three figures → info;
      // 8,0 − 7,5 = 0,5 but 0,9 is printed → warning. 3,3 − 3,1 = 0,2 agrees and sets the direction with the first row.
      name: 'GFM: a change column with one decimal, one row within rounding, one not',
      code: [{ file: 'd.md', text: '| Område | 2023 | 2024 | Förändring |\n|---|---|---|---|\n| Norr | 11,9 | 12,4 | 0,6 |\n| Söder | 3,1 | 3,3 | 0,2 |\n| Väst | 7,5 | 8,0 | 0,9 |\n| Öst | 1,0 | 1,4 | 0,4 |\n' }],
      findings: [
        { severity: 'info', message: /^raden "Norr": "2024" minus "2023" är 0,5; kolumnen "Förändring" anger 0,6 \(skillnad 0,1, avrundning tillåter ±0,15\) — stämmer inom avrundningen$/ },
        { severity: 'warning', message: new RegExp(`^raden "Väst": "2024" minus "2023" är 0,5; kolumnen "Förändring" anger 0,9 \\(skillnad 0,4, avrundning tillåter ±0,1\\d?\\) — osäker läsning: ${COLUMN_DOUBT('2024', '2023')}$`) },
      ],
    },
    {
      // 1 204 − 1 187 = 17 ≠ 27.
      name: 'tab-separated: a balance row that is not income less expenses',
      code: 'Post\tÅr 1\tÅr 2\nInkomster\t1 180\t1 204\nUtgifter\t1 150\t1 187\nBudgetsaldo\t30\t27\n',
      findings: [{ severity: 'warning', message: `"Inkomster" minus "Utgifter" är 17; raden "Budgetsaldo" anger 27 (skillnad 10) i kolumnen "År 2" — osäker läsning: ${BALANCE_DOUBT('Inkomster', 'Utgifter')}` }],
    },
    {
      // Intäkter 54,2 + Kostnader −61,9 = −7,7; −7,6 is printed: within the rounding of three figures with one decimal.
      name: 'GFM: a balance row within rounding, expenses negative',
      code: [{ file: 'b.md', text: '| | Utfall |\n|---|---|\n| Intäkter | 54,2 |\n| Kostnader | -61,9 |\n| Saldo | -7,6 |\n' }],
      findings: [{ severity: 'info', message: '"Intäkter" minus "Kostnader" är −7,7; raden "Saldo" anger −7,6 (skillnad 0,1, avrundning tillåter ±0,15) i kolumnen "Utfall" — stämmer inom avrundningen' }],
    },
  ],
});
