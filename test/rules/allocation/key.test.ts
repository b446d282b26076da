import { allocationKey } from '../../../src/rules/allocation/key.js';
import { ruleTester } from '../rule-tester.js';

/**
 * Count columns shared out by the table's own population column (seats, delegates): a region far
 * from its quota, when the others are within one of theirs, is a warning. Written for this test.
 */
const NAMES = ['Stockholm', 'Uppsala', 'Sörmland', 'Östergötland', 'Jönköping', 'Kronoberg', 'Kalmar', 'Gotland', 'Blekinge', 'Skåne', 'Halland', 'Värmland'];
const group = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

/** Twelve regions, k × 100 000 inhabitants and 2k seats: every quota is exact. */
function seats(change: Record<number, number> = {}): string {
  const rows = NAMES.map((n, i) => `${n}\t${group((i + 1) * 100_000)}\t${change[i] ?? 2 * (i + 1)}`);
  return ['Platser per region', '', 'Region\tInvånare\tPlatser', ...rows, `Totalt\t${group(7_800_000)}\t156`, ''].join('\n');
}

// Ten regions, 200 members by population: quotas 49,05 11,35 17,95 35,86 7,91 14,51 4,01 29,88 22,34 7,13.
const POP = [412_000, 95_300, 150_800, 301_200, 66_400, 121_900, 33_700, 251_000, 187_600, 59_900];
const MEMBERS = [49, 11, 18, 36, 8, 15, 4, 30, 22, 7];
function members(change: Record<number, number> = {}): string {
  const rows = NAMES.slice(0, 10).map((n, i) => `| Region ${n} | ${group(POP[i]!)} | ${change[i] ?? MEMBERS[i]} |`);
  return ['| Län | Folkmängd 31 dec | Ledamöter |', '|---|---|---|', ...rows, `| Riket | ${group(1_679_800)} | 200 |`, ''].join('\n');
}

// Twelve counties' per-capita figures, written for this test; none is a share of anything.
const COUNTIES = ['Stockholms län', 'Uppsala län', 'Södermanlands län', 'Östergötlands län', 'Jönköpings län', 'Kronobergs län', 'Kalmar län', 'Gotlands län', 'Blekinge län', 'Skåne län', 'Hallands län', 'Värmlands län'];
const PER_HEAD = [12, 40, 35, 28, 33, 41, 52, 160, 70, 11, 25, 21];
function perCapitaLines(): string {
  return ['Bidrag till kulturmiljö 2016', '', 'Län Kronor per invånare', ...COUNTIES.map((n, i) => `${n} ${PER_HEAD[i]}`), 'Riket 24', ''].join('\n');
}
function perCapitaGfm(): string {
  const rows = COUNTIES.map((n, i) => `| ${n.replace(' län', '')} | ${group(PER_HEAD[i]! * 31)} |`);
  return ['| Region | Statsbidrag per invånare (kr) |', '|---|---|', ...rows, ''].join('\n');
}

ruleTester(allocationKey, {
  valid: [
    { name: 'tab-separated: every region\'s seats are its quota', code: seats() },
    { name: 'GFM: members within one of their quotas', code: [{ file: 'm.md', text: members() }] },
    // Three regions far off: the column does not follow the population, nothing to say.
    { name: 'tab-separated: a count column that does not follow the population', code: seats({ 0: 9, 4: 1, 9: 40 }) },
    // A per-capita column is a rate: its figures are not shares of a sum, so no population key applies.
    { name: 'space-separated county list: "Kronor per invånare" is a rate, not a key', code: perCapitaLines() },
    { name: 'GFM: "Statsbidrag per invånare (kr)" is a rate, not a key', code: [{ file: 'p.md', text: perCapitaGfm() }] },
  ],
  invalid: [
    {
      // Jönköping: 156 × 500 000 / 7 800 000 = 10, printed 1.
      name: 'tab-separated: one region far from its quota',
      code: seats({ 4: 1 }),
      findings: [
        {
          severity: 'warning',
          message:
            'Jönköping har 1 i kolumnen "Platser", men efter sin andel av kolumnen "Invånare" borde det vara omkring 10,0 av 156; 11 av 12 regioner ligger inom 1 från sin andel — osäker läsning: att kolumnen fördelas efter "Invånare" är läst ur de andra regionernas tal',
          line: 8,
        },
      ],
    },
    {
      // Östergötland: 200 × 301 200 / 1 679 800 = 35,86, printed 3; Blekinge 22,34, printed 2.
      name: 'GFM: two regions off, the total row "Riket"',
      code: [{ file: 'm.md', text: members({ 3: 3, 8: 2 }) }],
      findings: [
        {
          severity: 'warning',
          message:
            'Region Östergötland har 3 i kolumnen "Ledamöter", men efter sin andel av kolumnen "Folkmängd 31 dec" borde det vara omkring 35,9 av 200; 8 av 10 regioner ligger inom 1 från sin andel — osäker läsning: att kolumnen fördelas efter "Folkmängd 31 dec" är läst ur de andra regionernas tal',
          line: 6,
        },
        {
          severity: 'warning',
          message:
            'Region Blekinge har 2 i kolumnen "Ledamöter", men efter sin andel av kolumnen "Folkmängd 31 dec" borde det vara omkring 22,3 av 200; 8 av 10 regioner ligger inom 1 från sin andel — osäker läsning: att kolumnen fördelas efter "Folkmängd 31 dec" är läst ur de andra regionernas tal',
          line: 11,
        },
      ],
    },
  ],
});
