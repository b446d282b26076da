import { regionMissing } from '../../../src/rules/region/missing.js';
import { ruleTester } from '../rule-tester.js';
import { SHORT_NAMES, mutated, regionTable, allSeedCases } from '../text/seeds.js';

ruleTester(regionMissing, {
  valid: [
    ...allSeedCases(),
    { name: 'fewer than ten regions is not a region table', code: regionTable(SHORT_NAMES.slice(0, 9)) },
  ],
  invalid: [
    {
      name: 'seed 004 without its Gotland row',
      code: mutated(4, '| Region Gotland | 9 416 241 |\n', ''),
      findings: [{ severity: 'warning', message: 'tabellen har 20 av 21 regioner; saknar Region Gotland', line: 15, column: 3 }],
    },
    {
      name: 'two regions left out of a table with a total row',
      code: regionTable(SHORT_NAMES.filter((n) => n !== 'Kalmar' && n !== 'Norrbotten')),
      findings: [{ severity: 'warning', message: 'tabellen har 19 av 21 regioner; saknar Region Kalmar län och Region Norrbotten', line: 3, column: 1 }],
    },
  ],
});
