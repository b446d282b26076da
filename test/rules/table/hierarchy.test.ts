import { readFileSync } from 'node:fs';
import { hierarchy } from '../../../src/rules/table/hierarchy.js';
import { ruleTester } from '../rule-tester.js';

const S003 = readFileSync('corpus/003_6c5901d824c186aa.txt', 'utf8');
const TABLE = (rows: string) => `Tabell 1. Fördelning\n Miljoner\nkronor\n${rows}`;

ruleTester(hierarchy, {
  valid: [
    { name: "seed 003's Tabell 1 and 2 add up at every level", code: S003 },
    { name: 'a lone varav child below its parent', code: TABLE('1. Medel 100\n1.1. Varav A 40\n2. Medel till SKR 12\nTotalt 112\n') },
  ],
  invalid: [
    {
      name: 'seed 003 Tabell 1 with 1.1 = 2 395 → 2 359',
      code: S003.replace('1.1. Varav medel exkl. BUP 2 395', '1.1. Varav medel exkl. BUP 2 359'),
      findings: [
        {
          severity: 'error',
          message: '1.1 + 1.2 summerar till 2 889 000 000 kr; "1 Medel till regionerna" anger 2 925 000 000 kr (skillnad 36 000 000 kr, avrundning tillåter ±1 500 000 kr)',
          line: 570,
          expected: '2925000000',
          actual: '2889000000',
        },
      ],
    },
    {
      name: 'seed 003 Tabell 2 with 1.2.1 = 1 237,5 → 1 273,5 (decimals elsewhere make whole millions exact to 0,05)',
      code: S003.replace('grundkrav (utbetalas i december) 1 237,5', 'grundkrav (utbetalas i december) 1 273,5'),
      findings: [{ severity: 'error', message: /^1\.2\.1 \+ 1\.2\.2 summerar till 1 723 500 000 kr; "1\.2 Varav medel som utbetalas utan rekvisition" anger 1 687 500 000 kr \(skillnad 36 000 000 kr, avrundning tillåter ±150 000 kr\)$/ }],
    },
    {
      name: 'a lone varav child larger than its parent',
      code: TABLE('1. Medel 100\n1.1. Varav A 140\n2. Medel till SKR 12\nTotalt 112\n'),
      findings: [{ severity: 'error', message: 'delposten 1.1 (140 000 000 kr) är större än "1 Medel" (100 000 000 kr)' }],
    },
    {
      name: 'a numbering gap',
      code: TABLE('1. Medel 100\n1.2. Varav A 40\n1.3. Varav B 60\n2. Medel till SKR 12\nTotalt 112\n'),
      findings: [{ severity: 'warning', message: 'numreringen hoppar till 1.2; rad 1.1 saknas' }],
    },
  ],
});

/** Numbered tables: a mismatch is an error unless the document says its sums may differ. */
const NUMBERED = 'Tabell 1. Fördelning efter del av överenskommelsen\nMiljoner kronor\n1. Medel till regionerna  2 925\n1.1. Varav prestationer  80\n1.2. Varav övrigt  2 840\nTotalt  2 925\n';
ruleTester(hierarchy, {
  valid: [],
  invalid: [
    {
      // 80 + 2 840 = 2 920 against 2 925 miljoner; three figures in whole millions allow ±1,5.
      name: 'children that do not make their parent, every figure read',
      code: NUMBERED,
      findings: [{ severity: 'error', message: '1.1 + 1.2 summerar till 2 920 000 000 kr; "1 Medel till regionerna" anger 2 925 000 000 kr (skillnad 5 000 000 kr, avrundning tillåter ±1 500 000 kr)' }],
    },
    {
      name: 'the same when the document says its sums may differ',
      code: `${NUMBERED}\nBeloppen är avrundade, varför summan kan avvika.\n`,
      findings: [
        {
          severity: 'warning',
          message:
            '1.1 + 1.2 summerar till 2 920 000 000 kr; "1 Medel till regionerna" anger 2 925 000 000 kr (skillnad 5 000 000 kr, avrundning tillåter ±1 500 000 kr) — osäker läsning: dokumentet anger att summan kan avvika ("Beloppen är avrundade, varför summan kan avvika.")',
        },
      ],
    },
  ],
});

/**
 * Codes opening the lines of a table under a "Tabell N" caption (county codes, account numbers)
 * are no numbering: the hierarchy rule has nothing to check there, and no gap to report. Written
 * for this test, in two layouts of codes.
 */
ruleTester(hierarchy, {
  valid: [
    { name: 'county codes with a leading zero, two columns set apart by single spaces', code: 'Tabell 3. Bidrag per län\n\nLänskod tkr 2021 2022\n01 Stockholms län 120 80\n05 Östergötlands län 60 40\n12 Skåne län 75 90\nTotalt 255 210\n' },
    { name: 'codes that do not rise', code: 'Tab. 2 Utbetalningar per region\n\nKod Region 2023 2024\n25 Norrbotten 40 35\n10 Blekinge 52 61\n20 Dalarna 18 24\nTotalt 110 120\n' },
    { name: 'four-digit account numbers', code: 'Tabell 5 Kostnader per konto\n\nKonto Belopp i tkr\n3010 Hyror 45\n4020 Material 30\n5110 Resor 25\nSumma 110\n' },
  ],
  invalid: [],
});
