import { tableTotal } from '../../../src/rules/text/table-total.js';
import { ruleTester } from '../rule-tester.js';
import { mutated, seedCase } from './seeds.js';

const table = (caption: string, rows: string[], prose = ''): string =>
  [prose, '', caption, '', 'Region\tBelopp (kr)', ...rows, ''].join('\n');

ruleTester(tableTotal, {
  valid: [
    seedCase(0),
    seedCase(1),
    seedCase(2),
    // "regionerna tilldelas 2 925 miljoner kronor" is row 1 of Tabell 1, not its total of 2 937.
    seedCase(3),
    seedCase(4),
    {
      name: 'a headline amount the table covers only part of',
      code: table('Tabell 1. Fördelning', ['Stockholm\t600 000', 'Uppsala\t400 000', 'Summa\t1 000 000'], 'Regeringen fördelar 1 500 000 kronor till regionerna.'),
    },
    {
      name: 'an amount linked only by its verb and 9 % off is about something else',
      code: table('Tabell 1. Fördelning', ['Stockholm\t600 000', 'Uppsala\t400 000', 'Summa\t1 000 000'], 'Resterande medel, 1 090 000 kronor, ska fördelas mellan regionerna.'),
    },
  ],
  invalid: [
    {
      // 1 874 253 165 + 9: Region Kalmar 34 984 723 → 34 984 732.
      name: 'seed 004 with Kalmar 34 984 732: the caption against the sum of the rows (no total row)',
      code: mutated(4, '| Region Kalmar | 34 984 723 |', '| Region Kalmar | 34 984 732 |'),
      findings: [
        {
          severity: 'error',
          message: 'rubriken anger 1 874 253 165 kr; tabellens 21 rader summerar till 1 874 253 174 kr (skillnad 9 kr)',
          line: 13,
          column: 15,
          expected: '1874253165',
          actual: '1874253174',
        },
      ],
    },
    {
      name: 'seed 001 with Summa 3 000 000 027: the decision and the caption both disagree',
      code: mutated(1, 'Summa\t3 000 000 000', 'Summa\t3 000 000 027'),
      findings: [
        {
          severity: 'error',
          message: 'texten anger 3 000 000 000 kr; summaraden anger 3 000 000 027 kr (skillnad 27 kr)',
          line: 13,
          column: 77,
          expected: '3000000000',
          actual: '3000000027',
        },
        { severity: 'error', message: 'rubriken anger 3 000 000 000 kr; summaraden anger 3 000 000 027 kr (skillnad 27 kr)', line: 56, column: 25 },
      ],
    },
    {
      name: 'seed 002 with 2 446 000 000 paid out "i enlighet med bilaga 1"',
      code: mutated(2, 'betala ut 2 466 000 000', 'betala ut 2 446 000 000'),
      findings: [
        {
          severity: 'error',
          message: 'texten anger 2 446 000 000 kr; summaraden anger 2 466 000 000 kr i kolumnen "Totalt (kronor)" (skillnad 20 000 000 kr)',
          line: 15,
          column: 170,
          expected: '2446000000',
          actual: '2466000000',
        },
      ],
    },
    {
      name: 'a rounded caption that matches only within its rounding',
      code: table('Tabell 1. Fördelning av 1,0 miljoner kronor', ['Stockholm\t600 000', 'Uppsala\t400 030', 'Summa\t1 000 030']),
      findings: [
        {
          severity: 'info',
          message:
            'rubriken anger 1 000 000 kr; summaraden anger 1 000 030 kr (skillnad 30 kr, avrundning tillåter ±50 000 kr) — stämmer inom avrundningen',
          line: 3,
          column: 25,
        },
      ],
    },
  ],
});
