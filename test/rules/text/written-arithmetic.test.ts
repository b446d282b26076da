import { writtenArithmetic } from '../../../src/rules/text/written-arithmetic.js';
import { ruleTester } from '../rule-tester.js';

/**
 * Arithmetic written out in a line, in sentences and table rows written for this test; every sum
 * worked out by hand in the comments.
 */
const seats = (b: string) =>
  ['Parti, mandat', 'Grundbelopp + mandatbelopp', 'Summa, kr', 'A 6 3 200 + 48 000 51 200', `B 3 3 200 + 24 000 ${b}`, 'C 2 3 200 + 16 000 19 200', '     97 600', ''].join('\n');
const members = (scouts: string) =>
  ['Förening Grundstöd Medlemmar Stöd per medlem Totalt', 'Hembygdsföreningen 5 000 + 120 × 25 = 8 000', `Scoutkåren 5 000 + 80 × 25 = ${scouts}`, 'Idrottsklubben 5 000 + 310 × 25 = 12 750', ''].join('\n');

ruleTester(writtenArithmetic, {
  valid: [
    // 20 000 + 3 × 12 000 = 56 000.
    { name: 'a sentence whose terms make its result', code: 'Varje parti får ett grundstöd på 20 000 + mandatstöd 3 × 12 000 = 56 000 kronor.\n' },
    // 3 200 + 24 000 = 27 200 on every row.
    { name: 'rows with a count whose additions make their sums', code: seats('27 200') },
    { name: 'rows of a product with "=" that hold', code: members('7 000') },
    // Figures one space apart as their digit groups are: no operator, no arithmetic.
    { name: 'ordinary digit groups', code: 'Intäkter 12 400 13 100 14 000\nKostnader 11 900 12 800 13 500\n' },
  ],
  invalid: [
    {
      // 15 000 + 2 × 4 000 = 23 000, written 24 000; "=" names the result and each figure reads one way.
      name: 'a sentence with "=" whose terms miss its result: an error',
      code: 'Fasta delen är 15 000 kr + 2 × 4 000 kr = 24 000 kr per år.\n',
      findings: [{ severity: 'error', message: '15 000 + 2 × 4 000 ger 23 000, men raden anger 24 000 (skillnad 1 000)', line: 1, expected: '23000', actual: '24000' }],
    },
    {
      // 5 000 + 80 × 25 = 7 000, written 7 500.
      name: 'a row of a product with "=" that misses: an error',
      code: members('7 500'),
      findings: [{ severity: 'error', message: /^5 000 \+ 80 × 25 ger 7 000, men raden anger 7 500/, line: 3, expected: '7000', actual: '7500' }],
    },
    {
      // 3 200 + 24 000 = 27 200, written 27 250; no "=", and "3 3 200" and "24 000 27 250" cut more ways than one.
      name: 'a row without "=" whose bounds the arithmetic chose: a warning that says so',
      code: seats('27 250'),
      findings: [
        {
          severity: 'warning',
          message: /^3 200 \+ 24 000 ger 27 200, men raden anger 27 250 \(skillnad 50\) — osäker läsning: var talen börjar och slutar .*; att det sista talet är resultatet är läst ur dess plats i raden/,
          line: 5,
          expected: '27200',
          actual: '27250',
        },
      ],
    },
    {
      // 1,5 × 3 = 4,5 against 4,4: 1,45–1,55 × 3 is 4,35–4,65, and 4,4 is 4,35–4,45: they meet.
      name: 'a product of rounded figures that meets its result only within their rounding: an info',
      code: 'Ersättningen blir 1,5 × 3 = 4,4 miljoner kronor.\n',
      findings: [{ severity: 'info', message: /^1,5 × 3 ger 4,5, men raden anger 4,4 .* — inom de tryckta talens avrundning$/ }],
    },
    {
      // 700 + 500 = 1 200 against "1,2 miljoner": the scale word may be the result's only (terms in thousands) or the line's.
      name: 'a result whose scale word may not scale the terms: a warning that says so, never an error',
      code: 'Ramen blir 700 + 500 = 1,2 miljoner kronor.\n',
      findings: [{ severity: 'warning', message: /^700 \+ 500 ger 1 200, men raden anger 1,2 .*osäker läsning: ett skalord står bara efter resultatet/ }],
    },
    {
      // 2 × 350 = 700 against "0,8 miljarder": the same doubt, in another wording.
      name: 'a product whose result alone carries a scale word: a warning',
      code: 'Totalt 2 × 350 = 0,8 miljarder kronor\n',
      findings: [{ severity: 'warning', message: /osäker läsning: ett skalord står bara efter resultatet/ }],
    },
  ],
});
