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
      // Metropolitan areas with their cities over the counties: the bare "Stockholm" may be the city.
      name: 'a city named like its county, in a table that lists other cities',
      code: [
        'Påbörjade lägenheter efter område',
        '',
        'Område\tAntal',
        'Stor-Stockholm\t6 700',
        'Stockholm\t1 700',
        'Malmö\t1 200',
        'Stockholms län\t6 700',
        'Uppsala län\t1 900',
        'Södermanlands län\t400',
        'Östergötlands län\t1 800',
        'Jönköpings län\t200',
        'Kronobergs län\t270',
        'Kalmar län\t250',
        'Gotlands län\t100',
        'Blekinge län\t50',
        'Skåne län\t2 800',
        '',
      ].join('\n'),
      findings: [
        {
          severity: 'warning',
          message:
            'Region Stockholm står två gånger i tabellen ("Stockholm" och "Stockholms län") — osäker läsning: "Stockholm" är också namnet på en kommun, som tabellen kan ta upp bredvid länet',
        },
      ],
    },
    {
      name: 'the same, with the counties in the genitive and other cities',
      code: [
        'Bostadsbyggande per område 2023',
        '',
        'Område\tSmåhus\tFlerbostadshus',
        'Göteborg\t180\t850',
        'Uppsala\t120\t400',
        'Lund\t60\t300',
        'Stockholms\t1 200\t5 500',
        'Uppsalas\t320\t1 600',
        'Södermanlands\t120\t300',
        'Östergötlands\t320\t1 500',
        'Jönköpings\t100\t120',
        'Kronobergs\t110\t170',
        'Kalmar\t70\t190',
        'Gotlands\t14\t90',
        'Skånes\t620\t2 200',
        'Hallands\t330\t390',
        '',
      ].join('\n'),
      findings: [
        {
          severity: 'warning',
          message:
            'Region Uppsala står två gånger i tabellen ("Uppsala" och "Uppsalas") — osäker läsning: "Uppsala" är också namnet på en kommun, som tabellen kan ta upp bredvid länet',
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
