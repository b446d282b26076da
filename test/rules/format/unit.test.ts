import { unit } from '../../../src/rules/format/unit.js';
import { ruleTester } from '../rule-tester.js';
import { seed, seedCase } from '../text/seeds.js';

const millionsTable = (cells: string[]): string =>
  ['Tabell 1. Fördelning av medel (miljoner kronor)', '', 'Mottagare\tBelopp', ...cells, ''].join('\n');

ruleTester(unit, {
  valid: [
    seedCase(0),
    seedCase(1),
    seedCase(2),
    seedCase(4),
    { name: 'millions written as millions', code: 'Överenskommelsen omfattar 2 937 miljoner kronor, och staten 1 300 miljarder kronor.' },
    { name: 'a table in millions with millions in it', code: millionsTable(['Regionerna\t2 925', 'SKR\t12', 'Totalt\t2 937']) },
  ],
  invalid: [
    {
      name: 'seed 003: "1 237 500 000 miljoner kronor"',
      code: [seed(3)],
      findings: [
        {
          severity: 'warning',
          message:
            '"1 237 500 000 miljoner kronor" blir 1 237 500 000 000 000 kr; talet är redan skrivet i kronor, troligen avses 1 237 500 000 kr',
          line: 498,
          column: 44,
          expected: '1237500000',
          actual: '1237500000000000',
        },
      ],
    },
    {
      name: 'a column in kronor under a caption in millions',
      code: millionsTable(['Regionerna\t2 925 000 000', 'SKR\t12 000 000', 'Totalt\t2 937 000 000']),
      findings: [
        {
          severity: 'warning',
          message:
            '"2 925 000 000" i en tabell i miljoner kronor blir 2 925 000 000 000 000 kr; troligen är cellen skriven i kronor, ' +
            '2 925 000 000 kr (likaså 2 celler till i kolumnen)',
          line: 4,
          column: 12,
          expected: '2925000000',
          actual: '2925000000000000',
        },
      ],
    },
  ],
});
