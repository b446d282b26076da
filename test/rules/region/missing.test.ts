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

const without = (names: string[]): string => regionTable(SHORT_NAMES.filter((n) => !names.includes(n)));

/** Regions the document itself says it leaves out are not missing. */
ruleTester(regionMissing, {
  valid: [
    { name: '"exkl. Gotland" in the text', code: `Medlen fördelas till samtliga regioner exkl. Gotland.\n\n${without(['Gotland'])}` },
    {
      name: '"utom tre regioner" with the names in the next sentence',
      code: `Alla regioner utom tre regioner har uppfyllt kraven. Dessa är Region Gotland, Region Halland och Region Kalmar län.\n\n${without(['Gotland', 'Halland', 'Kalmar'])}`,
    },
    { name: '"med undantag av" two regions', code: `Bidraget går till regionerna med undantag av Region Uppsala och Region Skåne.\n\n${without(['Uppsala', 'Skåne'])}` },
  ],
  invalid: [
    {
      name: 'an exclusion names one region, another is missing too',
      code: `Medlen fördelas till samtliga regioner exkl. Gotland.\n\n${without(['Gotland', 'Halland'])}`,
      findings: [{ severity: 'warning', message: 'tabellen har 19 av 21 regioner; saknar Region Halland' }],
    },
  ],
});

/** A row naming two counties together lists both (labels written here in two wordings). */
ruleTester(regionMissing, {
  valid: [
    { name: '"Stockholms och Gotlands län" in one row', code: regionTable(['Stockholms och Gotlands län', ...SHORT_NAMES.filter((n) => n !== 'Stockholm' && n !== 'Gotland')]) },
    { name: '"Västra Götaland och Halland" in one row', code: regionTable([...SHORT_NAMES.filter((n) => n !== 'Västra Götaland' && n !== 'Halland'), 'Västra Götaland och Halland']) },
  ],
  invalid: [
    {
      name: 'a joint row does not cover a third county left out',
      code: regionTable(['Stockholms och Gotlands län', ...SHORT_NAMES.filter((n) => !['Stockholm', 'Gotland', 'Kalmar'].includes(n))]),
      findings: [{ severity: 'warning', message: 'tabellen har 20 av 21 regioner; saknar Region Kalmar län' }],
    },
  ],
});

/** A county listed in parts named by a direction is listed; one listed only by a municipality is not. Tables written for this test. */
ruleTester(regionMissing, {
  valid: [
    { name: 'Stockholm in a northern and a southern part', code: regionTable(['Norra Stockholms län', 'Södra Stockholms län', ...SHORT_NAMES.slice(1)]) },
    { name: 'Skåne in parts named after the county', code: regionTable([...SHORT_NAMES.slice(0, 9), 'Skåne läns västra', 'Skåne läns östra', ...SHORT_NAMES.slice(10)]) },
  ],
  invalid: [
    {
      name: 'Skåne only by one of its municipalities',
      code: regionTable([...SHORT_NAMES.slice(0, 9), 'Malmö stad', ...SHORT_NAMES.slice(10)]),
      findings: [{ severity: 'warning', message: 'tabellen har 20 av 21 regioner; saknar Region Skåne' }],
    },
  ],
});
