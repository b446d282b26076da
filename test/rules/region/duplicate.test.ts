import { regionDuplicate } from '../../../src/rules/region/duplicate.js';
import { ruleTester } from '../rule-tester.js';
import { SHORT_NAMES, mutated, regionTable, allSeedCases } from '../text/seeds.js';

const twoSections = [
  'Tabell 1. Fördelning per år',
  '',
  'Region\tBelopp (kr)',
  ...SHORT_NAMES.map((n) => `${n}\t1 000 000`),
  'Summa 2023\t21 000 000',
  ...SHORT_NAMES.map((n) => `${n}\t2 000 000`),
  'Summa 2024\t42 000 000',
  '',
].join('\n');

ruleTester(regionDuplicate, {
  valid: [
    ...allSeedCases(),
    { name: 'the regions once per section', code: twoSections },
  ],
  invalid: [
    {
      // The county board beside the region: one county, perhaps two bodies, so not a certain duplicate.
      name: 'a label read through its qualifier beside the region',
      code: regionTable([...SHORT_NAMES, 'Stockholm (länsstyrelse)']),
      findings: [
        {
          severity: 'warning',
          message:
            'Region Stockholm står två gånger i tabellen ("Stockholm" och "Stockholm (länsstyrelse)") — osäker läsning: "Stockholm (länsstyrelse)" är läst som regionen genom sitt tillägg och kan avse ett annat organ i länet',
        },
      ],
    },
    {
      name: 'seed 001 with Gotland written as a second Kalmar',
      code: mutated(1, 'Gotland\t19 956 824', 'Kalmar\t19 956 824'),
      findings: [{ severity: 'error', message: 'Region Kalmar län står två gånger i tabellen ("Kalmar" och "Kalmar")', line: 66, column: 1 }],
    },
    {
      name: 'the same region under two names',
      code: regionTable([...SHORT_NAMES, 'Region Jönköpings län']),
      findings: [
        {
          severity: 'error',
          message: 'Region Jönköpings län står två gånger i tabellen ("Jönköping" och "Region Jönköpings län")',
          line: 25,
          column: 1,
        },
      ],
    },
  ],
});
