import { readFileSync } from 'node:fs';
import { share } from '../../../src/rules/table/share.js';
import { ruleTester } from '../rule-tester.js';

const S002 = readFileSync('corpus/002_1364b70c4248b79d.txt', 'utf8');

ruleTester(share, {
  valid: [
    { name: "seed 002 Bilaga 2: every printed share follows from its count column", code: S002 },
    { name: 'a percent column with no column it is a share of', code: 'Region\tAndel (%)\tBelopp (kr)\nA\t10,0%\t7\nB\t20,0%\t1\nC\t30,0%\t9\nD\t40,0%\t2\nSumma\t100,0%\t19\n' },
  ],
  invalid: [
    {
      name: 'seed 002 with Stockholm "Andel befolkning" 23,3% → 32,3%',
      code: S002.replace('Stockholm\t2 455 914\t23,3%', 'Stockholm\t2 455 914\t32,3%'),
      findings: [
        {
          severity: 'error',
          message:
            'raden "Stockholm": andelen 32,3 % i kolumnen "Andel befolkning" stämmer inte med 2 455 914 / 10 557 682 = 23,26 % (kolumnen "Befolkning november 2023")',
          // expected: the printed share; actual: the share the column gives, rounded as printed.
          expected: '32.3',
          actual: '23.3',
        },
      ],
    },
  ],
});
