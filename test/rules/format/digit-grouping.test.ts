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
