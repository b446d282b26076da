import { columnTotal } from '../../src/rules/table/column-total.js';
import { ruleTester } from '../rules/rule-tester.js';

/**
 * A sum named after a heading ("Summa omsättningstillgångar" under "Omsättningstillgångar")
 * sums the rows under that heading, not an item set loose between two sections. Written for
 * this test; the sums are in the comments.
 */
const row = (label: string, value: string): string => `<tr><td>${label}</td><td>${value}</td></tr>`;
const balance = (current: string): { file: string; text: string }[] => [
  {
    file: 'b.html',
    text: [
      '<table><thead><tr><th>Post</th><th>Belopp (tkr)</th></tr></thead><tbody>',
      row('Anläggningstillgångar', ''),
      row('Mark', '100'),
      row('Inventarier', '50'),
      row('Summa anläggningstillgångar', '150'),
      row('Bidrag till infrastruktur', '20'),
      row('Omsättningstillgångar', ''),
      row('Fordringar', '30'),
      row('Kassa', '10'),
      row('Summa omsättningstillgångar', current),
      '</tbody></table>',
    ].join('\n'),
  },
];

ruleTester(columnTotal, {
  valid: [],
  invalid: [
    {
      // 30 + 10 = 40; read flat, the loose 20 above the heading would make it 60.
      name: 'a balance sheet: the loose item before the heading is not in the named sum (HTML)',
      code: balance('40'),
      findings: [
        {
          severity: 'info',
          message: '2 rader summerar till delsumman "Summa omsättningstillgångar" (40 000 kr) om varje summa som bär en rubriks namn ("Summa X" under "X") summerar raderna under den rubriken i kolumnen "Belopp (tkr)"',
        },
      ],
    },
    {
      // −70 − 20 = −90; read flat, the 15 after "Summa intäkter" would make it −75.
      name: 'an income statement: a loose row before "Kostnader" is not in "Summa kostnader" (GFM)',
      code: [
        {
          file: 'c.md',
          text: '| Post | Mnkr |\n|---|---|\n| Intäkter | |\n| Avgifter | 40 |\n| Bidrag | 60 |\n| Summa intäkter | 100 |\n| Jämförelsestörande post | 15 |\n| Kostnader | |\n| Personal | -70 |\n| Lokaler | -20 |\n| Summa kostnader | -90 |\n',
        },
      ],
      findings: [
        {
          severity: 'info',
          message: '2 rader summerar till delsumman "Summa kostnader" (−90 000 000 kr) om varje summa som bär en rubriks namn ("Summa X" under "X") summerar raderna under den rubriken i kolumnen "Mnkr"',
        },
      ],
    },
    {
      // 30 + 10 = 40 ≠ 45, and 20 + 30 + 10 = 60 ≠ 45: no structure reconciles, the reading is certain.
      name: 'a named sum that no structure reconciles stays an error',
      code: balance('45'),
      findings: [{ severity: 'error', message: /^3 rader summerar till 60 000 kr; delsumman "Summa omsättningstillgångar" anger 45 000 kr/ }],
    },
  ],
});
