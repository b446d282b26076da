import { regionUnknown } from '../../../src/rules/region/unknown.js';
import { ruleTester } from '../rule-tester.js';
import { SHORT_NAMES, mutated, regionTable, allSeedCases } from '../text/seeds.js';

ruleTester(regionUnknown, {
  valid: [
    ...allSeedCases(),
    { name: 'rows for SKR and unallocated funds', code: regionTable([...SHORT_NAMES, 'SKR', 'Ej fördelat', 'Övrigt']) },
    { name: 'not a region table', code: regionTable(['Stockholm', 'Uppsala', 'Ekonomi', 'Personal']) },
    // What lies outside every region, as statistics tables count it: abroad, not allocated by region, region not known.
    { name: 'rows for abroad and for spending not allocated by region', code: regionTable([...SHORT_NAMES, 'Utlandet', 'Ej regionalt fördelat']) },
    { name: 'rows for Swedes abroad and an unknown county', code: regionTable([...SHORT_NAMES, 'Utlandssvenskar', 'Okänt län', 'Uppgift saknas']) },
    // Groups of regions: a part of the country, the rest of it, a kind of county taken together (area-rows.ts).
    { name: 'rows for groups of regions', code: regionTable([...SHORT_NAMES, 'Norrland', 'Södra Sverige', 'Mellersta Sverige', 'Riket i övrigt', 'Övriga landet', 'Storstadslänen', 'Storstadsområdena']) },
  ],
  invalid: [
    {
      name: 'seed 004 with Region Gotland renamed Region Xyzland',
      code: mutated(4, '| Region Gotland |', '| Region Xyzland |'),
      findings: [{ severity: 'warning', message: '"Region Xyzland" i en tabell över regionerna är ingen känd region', line: 19, column: 3 }],
    },
    {
      name: 'hand-written table with a row that is no region',
      code: regionTable([...SHORT_NAMES.slice(0, 12), 'Projektmedel', ...SHORT_NAMES.slice(12)]),
      findings: [{ severity: 'warning', message: '"Projektmedel" i en tabell över regionerna är ingen känd region', line: 16, column: 1 }],
    },
    {
      name: 'a row that only begins like one outside every region',
      code: regionTable([...SHORT_NAMES, 'Utlandsresor']),
      findings: [{ severity: 'warning', message: '"Utlandsresor" i en tabell över regionerna är ingen känd region' }],
    },
  ],
});

/** A row naming two counties together is a known row, not an unknown region; one part unknown still is. */
ruleTester(regionUnknown, {
  valid: [
    { name: '"Stockholms och Gotlands län"', code: regionTable(['Stockholms och Gotlands län', ...SHORT_NAMES.slice(1, 7), ...SHORT_NAMES.slice(8)]) },
    { name: '"Västra Götaland och Halland"', code: regionTable([...SHORT_NAMES.slice(0, 10), 'Västra Götaland och Halland', ...SHORT_NAMES.slice(12)]) },
  ],
  invalid: [
    {
      name: 'a joint row with a part that is no region',
      code: regionTable([...SHORT_NAMES.slice(0, 10), 'Halland och Norrland', ...SHORT_NAMES.slice(11)]),
      findings: [{ severity: 'warning', message: '"Halland och Norrland" i en tabell över regionerna är ingen känd region' }],
    },
  ],
});

/** A list's closing sentence read as its last row names a total, not an unknown region. Written for this test. */
ruleTester(regionUnknown, {
  valid: [
    { name: '"Tillsammans får mottagarna …" under a bullet list', code: [{ file: 'l.md', text: `Fördelningen:\n\n${SHORT_NAMES.map((n, i) => `- ${n}: ${100 + i} 000 kronor`).join('\n')}\n\nTillsammans får mottagarna 2 310 000 kronor.\n` }] },
    { name: '"Sammanlagt blir det …" under lines', code: `Så här fördelas medlen:\n\n${SHORT_NAMES.map((n, i) => `${n} ${200 + i} 000 kr`).join('\n')}\n\nSammanlagt blir det 4 410 000 kr.\n` },
  ],
  invalid: [],
});

/** A row naming all the regions together (an aggregate the reader did not take for a total) is no unknown region. */
ruleTester(regionUnknown, {
  valid: [
    { name: '"Samtliga landsting" under the regions', code: regionTable([...SHORT_NAMES, 'Samtliga landsting']) },
    { name: '"Alla regioner" and "Hela landet" under the regions', code: regionTable([...SHORT_NAMES, 'Alla regioner', 'Hela landet']) },
  ],
  invalid: [],
});

/**
 * A table of counties that goes on under a heading naming another kind of area ("Produktionsområde",
 * "Storstadsområden"): those rows are no misspelt regions. Under any other heading they still are.
 * Tables written for this test.
 */
const divided = (heading: string, areas: string[]): string =>
  [
    'Tabell 2. Antal gårdar',
    '',
    '| Område | Antal |',
    '|---|---|',
    '| Län | |',
    ...SHORT_NAMES.map((n, i) => `| ${n} | ${10 + i} |`),
    `| ${heading} | |`,
    ...areas.map((a, i) => `| ${a} | ${5 + i} |`),
    '',
  ].join('\n');

ruleTester(regionUnknown, {
  valid: [
    { name: 'production areas under "Produktionsområde"', code: divided('Produktionsområde', ['Götalands skogsbygder', 'Nedre Norrland']) },
    { name: 'metropolitan areas under "Storstadsområden"', code: divided('Storstadsområden', ['Stor-Stockholm', 'Stor-Malmö']) },
  ],
  invalid: [
    {
      name: 'an unknown row under a heading that names no kind of area',
      code: divided('Tillägg', ['Nedre Kustbanan']),
      findings: [{ severity: 'warning', message: '"Nedre Kustbanan" i en tabell över regionerna är ingen känd region' }],
    },
  ],
});

/** A municipality or a part of a county named by a direction is a place within a county, not a misspelt region. Tables written for this test. */
ruleTester(regionUnknown, {
  valid: [
    { name: 'municipalities named with "kommun" and "stad" among the counties', code: regionTable([...SHORT_NAMES.slice(0, 11), 'Malmö kommun', 'Göteborgs stad', ...SHORT_NAMES.slice(13)]) },
    { name: 'a municipality by its bare name and one by "stad"', code: regionTable([...SHORT_NAMES.slice(0, 11), 'Lund', 'Borås stad', ...SHORT_NAMES.slice(13)]) },
    { name: 'parts of counties named before the county', code: regionTable(['Norra Stockholms län', 'Södra Stockholms län', ...SHORT_NAMES.slice(1)]) },
    { name: 'parts of counties named after the county', code: regionTable([...SHORT_NAMES.slice(0, 11), 'Skåne läns södra', 'Västra Skåne', 'Hallands län, norra delen', ...SHORT_NAMES.slice(13)]) },
  ],
  invalid: [
    {
      name: 'a direction before what is no county',
      code: regionTable([...SHORT_NAMES.slice(0, 11), 'Södra stambanan', ...SHORT_NAMES.slice(12)]),
      findings: [{ severity: 'warning', message: '"Södra stambanan" i en tabell över regionerna är ingen känd region' }],
    },
  ],
});
