import { readFileSync } from 'node:fs';
import { columnTotal } from '../../../src/rules/table/column-total.js';
import { ruleTester } from '../rule-tester.js';

const seed = (n: string) => readFileSync(`corpus/${n}`, 'utf8');
const S001 = seed('001_e7b5af15c7845b07.txt');

ruleTester(columnTotal, {
  valid: [
    { name: 'seed 000 (Riket row)', code: seed('000_cc938031a1688a8c.txt') },
    { name: 'seed 001 (Summa row)', code: S001 },
    { name: 'seed 002 (two Bilaga tables with bold Totalt)', code: seed('002_1364b70c4248b79d.txt') },
    { name: 'a table without a total row', code: 'Region\tBelopp (kr)\nUppsala\t10\nSkåne\t20\n' },
    { name: 'varav rows are not counted twice', code: 'Post\tBelopp (kr)\nA\t100\nvarav X\t40\nB\t50\nSumma\t150\n' },
  ],
  invalid: [
    {
      name: 'seed 001 with Kalmar 77 624 347 → 77 624 374',
      code: S001.replace('Kalmar\t77 624 347', 'Kalmar\t77 624 374'),
      findings: [
        {
          severity: 'error',
          message: '21 rader summerar till 3 000 000 027 kr; summaraden anger 3 000 000 000 kr (skillnad 27 kr) i kolumnen "Fördelade medel (kr)"',
          line: 80,
          column: 7,
          expected: '3000000000',
          actual: '3000000027',
        },
      ],
    },
    {
      name: 'seed 001 without its Gotland row',
      code: S001.replace('Gotland\t19 956 824\n', ''),
      findings: [{ severity: 'error', message: /^20 rader summerar till 2 980 043 176 kr; summaraden anger 3 000 000 000 kr \(skillnad 19 956 824 kr\)/, expected: '3000000000', actual: '2980043176' }],
    },
    {
      name: 'a table in millions that meets only within its rounding is an info',
      code: 'Tabell 3. Medel\n\nPost\tMiljoner kronor\nA\t1,4\nB\t1,4\nSumma\t2,9\n',
      findings: [{ severity: 'info', message: /^2 rader summerar till 2 800 000 kr; summaraden anger 2 900 000 kr \(skillnad 100 000 kr, avrundning tillåter ±150 000 kr\)/ }],
    },
  ],
});
