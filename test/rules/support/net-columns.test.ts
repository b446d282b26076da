import { difference } from '../../../src/rules/table/difference.js';
import { ruleTester } from '../rule-tester.js';

/**
 * Net columns beside the income and cost columns they net (table/difference), in two layouts
 * written for this test; every net worked out by hand in the comments.
 */
const NET_DOUBT = (net: string, inc: string, exp: string): string => `att "${net}" är "${inc}" med "${exp}" avdragna är läst ur rubrikerna`;

ruleTester(difference, {
  valid: [
    // Costs negative: 120 − 300 = −180, 40 − 95 = −55, 10 − 12 = −2.
    { name: 'a net column with costs written negative', code: 'Verksamhet\tIntäkter (tkr)\tKostnader (tkr)\tNetto (tkr)\nSkola\t120\t-300\t-180\nKultur\t40\t-95\t-55\nFritid\t10\t-12\t-2\n' },
    // Columns of another year are not the operands: the 2023 columns have no net column, so nothing is checked for them.
    { name: 'operands of another year are left alone', code: 'Enhet\tIntäkter 2023 (tkr)\tKostnader 2023 (tkr)\tNettokostnad 2024 (tkr)\nA\t5\t9\t-100\nB\t6\t8\t-200\nC\t7\t7\t-300\n' },
  ],
  invalid: [
    {
      // Costs positive, per year: 2024: 500 − 800 = −300 ✓, 210 − 260 = −50 but −60 printed; 90 − 100 = −10 ✓.
      name: 'tab-separated: one row of a yearly net column is off, costs written positive',
      code: 'Nämnd\tInkomster 2024 (tkr)\tUtgifter 2024 (tkr)\tNettokostnad 2024 (tkr)\nBygg\t500\t800\t-300\nVård\t210\t260\t-60\nKultur\t90\t100\t-10\n',
      findings: [
        {
          severity: 'warning',
          message: `raden "Vård": "Inkomster 2024 (tkr)" och "Utgifter 2024 (tkr)" ger netto −50 000 kr; kolumnen "Nettokostnad 2024 (tkr)" anger −60 000 kr (skillnad 10 000 kr, avrundning tillåter ±1 500 kr) — osäker läsning: ${NET_DOUBT('Nettokostnad 2024 (tkr)', 'Inkomster 2024 (tkr)', 'Utgifter 2024 (tkr)')}`,
          line: 3,
          expected: '-60000',
          actual: '-50000',
        },
      ],
    },
    {
      // Millions with one decimal, costs negative: 48,3 − 173,1 = −124,8 vs −124,9 (within rounding: info);
      // 157,0 − 558,2 = −401,2 vs −431,2 (warning); 6,6 − 60,1 = −53,5 ✓.
      name: 'GFM: one row within rounding, one row off by 30 million',
      code: [{ file: 'n.md', text: 'Belopp i mnkr.\n\n| Verksamhet | Intäkter | Kostnader | Resultat |\n|---|---|---|---|\n| Gator | 48,3 | -173,1 | -124,9 |\n| Omsorg | 157,0 | -558,2 | -431,2 |\n| Bibliotek | 6,6 | -60,1 | -53,5 |\n| Bad | 2,0 | -10,0 | -8,0 |\n' }],
      findings: [
        { severity: 'info', message: /^raden "Gator": "Intäkter" och "Kostnader" ger netto −124 800 000 kr; kolumnen "Resultat" anger −124 900 000 kr.*stämmer inom avrundningen$/ },
        { severity: 'warning', message: /^raden "Omsorg": "Intäkter" och "Kostnader" ger netto −401 200 000 kr; kolumnen "Resultat" anger −431 200 000 kr.*osäker läsning: att "Resultat" är "Intäkter" med "Kostnader" avdragna/ },
      ],
    },
  ],
});
