import { unreadable } from '../../../src/rules/format/unreadable.js';
import { ruleTester } from '../rule-tester.js';
import { seedCase } from '../text/seeds.js';

ruleTester(unreadable, {
  valid: [seedCase(0), seedCase(1), seedCase(2), seedCase(3), seedCase(4)],
  invalid: [
    {
      name: 'a cell that is no number',
      code: ['Tabell 1. Fördelning av medel', '', 'Region\tBelopp (kr)', 'Stockholm\t1 000', 'Uppsala\tx7', 'Summa\t1 000', ''].join('\n'),
      findings: [{ severity: 'warning', message: 'cellen "x7" i raden "Uppsala", kolumnen "Belopp (kr)" är inget tal', line: 5, column: 9 }],
    },
  ],
});
