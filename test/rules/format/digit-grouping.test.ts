import { digitGrouping } from '../../../src/rules/format/digit-grouping.js';
import { ruleTester } from '../rule-tester.js';
import { seed, seedCase } from '../text/seeds.js';

ruleTester(digitGrouping, {
  valid: [seedCase(0), seedCase(1), seedCase(2), seedCase(3), { name: 'groups of three', code: 'Regeringen betalar ut 1 234 567 kronor.' }],
  invalid: [
    {
      name: 'seed 004: Region Uppsala "544 99 160"',
      code: [seed(4)],
      findings: [{ severity: 'warning', message: '"544 99 160" har felaktig siffergruppering; läses som 54 499 160', line: 30, column: 20 }],
    },
    {
      name: 'a prose amount with a group of two',
      code: 'Regeringen betalar ut 1 23 456 kronor till Region Gotland.',
      findings: [{ severity: 'warning', message: '"1 23 456" har felaktig siffergruppering; läses som 123 456', line: 1, column: 23 }],
    },
  ],
});

/** A year among year headers set with a thousands space: two layouts written for this test. */
ruleTester(digitGrouping, {
  valid: [
    { name: 'years written plainly', code: 'Post\t2021\t2022\t2023\nA\t1\t2\t3\nB\t4\t5\t6\n' },
    // "1 500" is an amount in a header, not a year: no other header is a year.
    { name: 'a grouped number among headers that are not years', code: 'Post\tUnder 1 500\tÖver 1 500\nA\t1\t2\nB\t4\t5\n' },
  ],
  invalid: [
    {
      name: 'HTML: the last year grouped',
      code: [
        {
          file: 'a.html',
          text: '<table><caption>Utfall, tkr</caption><thead><tr><th>Verksamhet</th><th>2019</th><th>2020</th><th>2 021</th></tr></thead><tbody><tr><td>Skola</td><td>10</td><td>11</td><td>12</td></tr><tr><td>Vård</td><td>20</td><td>21</td><td>22</td></tr></tbody></table>',
        },
      ],
      findings: [{ severity: 'warning', message: 'kolumnrubriken "2 021" är årtalet 2021 skrivet med tusentalsmellanrum' }],
    },
    {
      name: 'GFM: two years grouped',
      code: [{ file: 'a.md', text: '| Område | 1 998 | 1999 | 2000 | 2 001 |\n|---|---|---|---|---|\n| Norr | 1 | 2 | 3 | 4 |\n| Söder | 5 | 6 | 7 | 8 |\n' }],
      findings: [
        { severity: 'warning', message: 'kolumnrubriken "1 998" är årtalet 1998 skrivet med tusentalsmellanrum' },
        { severity: 'warning', message: 'kolumnrubriken "2 001" är årtalet 2001 skrivet med tusentalsmellanrum' },
      ],
    },
  ],
});

// A decimal comma followed by a space, in two wordings written for this test.
ruleTester(digitGrouping, {
  valid: [{ name: 'a list of numbers before a unit', code: 'Kommunerna får 4, 5, 6 miljoner kronor var.' }],
  invalid: [
    {
      name: 'billions in a press sentence',
      code: 'Regeringen satsar 1, 3 miljarder kronor på vården.',
      findings: [{ severity: 'warning', message: '"1, 3 miljarder kronor" har ett mellanslag efter decimalkommat och läses som 1,3 miljarder kronor', line: 1, column: 19 }],
    },
    {
      name: 'a percentage in a report',
      code: 'Kostnaderna ökade med 2, 5 procent under året.',
      findings: [{ severity: 'warning', message: '"2, 5 procent" har ett mellanslag efter decimalkommat och läses som 2,5 procent', line: 1, column: 23 }],
    },
  ],
});
