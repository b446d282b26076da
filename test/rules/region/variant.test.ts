import { regionVariant } from '../../../src/rules/region/variant.js';
import { ruleTester } from '../rule-tester.js';
import { SHORT_NAMES, regionTable, seed, seedCase } from '../text/seeds.js';

ruleTester(regionVariant, {
  valid: [
    seedCase(1),
    seedCase(3),
    seedCase(4),
    { name: 'known spellings only', code: regionTable(SHORT_NAMES) },
    // Two misspelt names are not enough to make a region table.
    { name: 'not a region table', code: regionTable(['Stockholmm', 'Uppsalla', 'Ekonomi', 'Personal']) },
  ],
  invalid: [
    {
      name: 'seed 000: "Norrbottnen" in the table of Tabell 1',
      code: [seed(0)],
      findings: [{ severity: 'info', message: '"Norrbottnen" tolkas som Region Norrbotten (redigeringsavstånd 1)', line: 72, column: 1 }],
    },
    {
      name: 'seed 002: "Norrbottn" in Bilaga 2',
      code: [seed(2)],
      findings: [{ severity: 'info', message: '"Norrbottn" tolkas som Region Norrbotten (redigeringsavstånd 1)', line: 136, column: 1 }],
    },
    {
      name: 'hand-written table with a misspelt Västerbotten',
      code: regionTable(SHORT_NAMES.map((n) => (n === 'Västerbotten' ? 'Västerbbotten' : n))),
      findings: [{ severity: 'info', message: '"Västerbbotten" tolkas som Region Västerbotten (redigeringsavstånd 1)', line: 23, column: 1 }],
    },
    {
      name: 'a letter lost in decoding is read as the one region that fits, and said to be a reading',
      code: regionTable(SHORT_NAMES.map((n) => (n === 'Örebro' ? '\ufffdrebro' : n))),
      findings: [
        { severity: 'info', message: '"\ufffdrebro" tolkas som Region Örebro län: ett tecken gick inte att avkoda (U+FFFD eller \"?\"), och bara den regionens namn passar — en osäker läsning', line: 17, column: 1 },
      ],
    },
    {
      name: 'two lost letters in a longer name, in a list',
      code: ['Medlen fördelas så här:', '', ...SHORT_NAMES.map((n) => `* ${n === 'Västra Götaland' ? 'V\ufffdstra G\ufffd\ufffdtaland' : n}: 2 000 000 kronor`), ''].join('\n'),
      findings: [
        { severity: 'info', message: '"V\ufffdstra G\ufffd\ufffdtaland" tolkas som Västra Götalandsregionen: 2 tecken gick inte att avkoda (U+FFFD eller \"?\"), och bara den regionens namn passar — en osäker läsning', line: 14, column: 3 },
      ],
    },
  ],
});
