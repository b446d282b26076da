import { nearMiss } from '../../../src/rules/text/near-miss.js';
import { ruleTester } from '../rule-tester.js';
import { mutated, seedCase } from './seeds.js';

ruleTester(nearMiss, {
  valid: [
    seedCase(0),
    seedCase(1),
    // 750 000 kronor (to SKR) and the 750 000 000 of Bilaga 2 differ by a factor of 1 000 but play different roles.
    seedCase(2),
    seedCase(3),
    seedCase(4),
    {
      name: 'round amounts to different recipients',
      code: 'Regeringen betalar ut 80 000 000 kronor till regionerna. Regeringen betalar ut 30 000 000 kronor till SKR.',
    },
    { name: 'equal amounts', code: 'Regeringen betalar ut 1 545 740 465 kronor till regionerna. Medlen, 1 545 740 465 kronor, betalas ut till regionerna.' },
  ],
  invalid: [
    {
      name: 'seed 002: 2 446 000 000 in the text, 2 466 000 000 in Bilaga 1',
      code: mutated(2, 'betala ut 2 466 000 000', 'betala ut 2 446 000 000'),
      findings: [
        {
          severity: 'warning',
          message: 'texten anger 2 446 000 000 kr men tabellens summarad 2 466 000 000 kr: skiljer sig på en siffra',
          line: 15,
          column: 170,
          expected: '2466000000',
          actual: '2446000000',
        },
      ],
    },
    {
      name: 'seed 000: swapped digits in the second statement of the payout',
      code: mutated(0, 'beslut, 1 545 740 465 kronor', 'beslut, 1 545 740 645 kronor'),
      findings: [
        {
          severity: 'warning',
          message: 'texten anger 1 545 740 645 kr men tabellens summarad 1 545 740 465 kr: skiljer sig på två omkastade siffror',
          line: 28,
          column: 38,
        },
      ],
    },
    {
      name: 'seed 001: three zeros lost in the decision',
      code: mutated(1, 'betala ut 3 000 000 000 kronor', 'betala ut 3 000 000 kronor'),
      findings: [{ severity: 'warning', message: 'texten anger 3 000 000 kr men tabellens summarad 3 000 000 000 kr: skiljer sig på en faktor 1 000', line: 13, column: 77 }],
    },
    {
      name: 'two payouts to the same recipient',
      code: 'Regeringen betalar ut 12 345 000 kronor till SKR. Kammarkollegiet ska betala ut 12 354 000 kronor till SKR.',
      findings: [{ severity: 'warning', message: 'texten anger 12 354 000 kr men tidigare i texten 12 345 000 kr: skiljer sig på två omkastade siffror', line: 1, column: 81 }],
    },
  ],
});

ruleTester(nearMiss, {
  valid: [
    {
      // "182 miljoner" stands for 181,5–182,5 miljoner; the table's 182 400 000 lies within it.
      name: 'a rounded figure that meets the table total within its rounding is no slip',
      code: 'Regeringen betalar ut 182 miljoner kronor till regionerna.\n\nTabell 1. Fördelning\n\nRegion\tBelopp (kr)\nKalmar\t100 000 000\nGotland\t82 400 000\n',
    },
    {
      name: 'the same with the rounded figure in tenths of millions',
      code: 'Regeringen betalar ut 18,2 miljoner kronor till regionerna.\n\nTabell 1. Fördelning\n\nRegion\tBelopp (kr)\nKalmar\t10 000 000\nGotland\t8 240 000\n',
    },
  ],
  invalid: [],
});
