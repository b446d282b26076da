import { allocationKey } from '../../../src/rules/allocation/key.js';
import { claimApproximate } from '../../../src/rules/claim/approximate.js';
import { ruleTester } from '../rule-tester.js';
import { regionTable } from './region-table.js';

/**
 * allocation/key and claim/approximate on tables and press releases written for them, in two
 * wordings each unlike the seeds' (002, 004). The seed cases stay in allocation-claim.test.ts.
 */
const W1 = { popHeader: 'Befolkning 2024', moneyHeader: 'Medel (kr)' };
const W2 = { popHeader: 'Antal invånare', moneyHeader: 'Fördelning (kronor)' };

ruleTester(allocationKey, {
  valid: [
    { name: 'a table of two regions is too small to fit a key', code: 'Region\tBefolkning\tMedel (kr)\nRegion Stockholm\t100 000\t1 000 000\nRegion Uppsala\t200 000\t2 000 000\n' },
    { name: 'a decision without tables', code: 'Regeringen beslutar att betala ut 10 000 000 kronor till regionerna.\n' },
  ],
  invalid: [
    {
      name: 'W1 "Befolkning 2024" / "Medel (kr)": 10 kr per inhabitant',
      code: regionTable(W1),
      findings: [{ severity: 'info', message: 'kolumnen "Medel (kr)" följer nyckeln befolkning (kolumnen "Befolkning 2024"): 10 av 10 regioner på kronan (största rest)', line: 14 }],
    },
    {
      name: 'W2 "Antal invånare" / "Fördelning (kronor)": 10 kr per inhabitant',
      code: regionTable(W2),
      findings: [{ severity: 'info', message: 'kolumnen "Fördelning (kronor)" följer nyckeln befolkning (kolumnen "Antal invånare"): 10 av 10 regioner på kronan (största rest)', line: 14 }],
    },
    {
      name: 'W1: 10 000 kr moved from Uppsala to Stockholm',
      code: regionTable({ ...W1, change: { 0: '1 010 000', 1: '1 990 000' } }),
      findings: [
        {
          severity: 'error',
          message: 'Region Stockholm har 1 010 000 kr i kolumnen "Medel (kr)", men nyckeln befolkning (kolumnen "Befolkning 2024") ger 1 000 000 kr (+10 000 kr); 8 av 10 regioner följer nyckeln på kronan',
          line: 4,
          expected: '1000000',
          actual: '1010000',
        },
        {
          severity: 'error',
          message: 'Region Uppsala har 1 990 000 kr i kolumnen "Medel (kr)", men nyckeln befolkning (kolumnen "Befolkning 2024") ger 2 000 000 kr (−10 000 kr); 8 av 10 regioner följer nyckeln på kronan',
          line: 5,
          expected: '2000000',
          actual: '1990000',
        },
      ],
    },
    {
      name: 'W2: 500 kr moved from Skåne to Sörmland',
      code: regionTable({ ...W2, change: { 2: '3 000 500', 9: '9 999 500' } }),
      findings: [
        {
          severity: 'error',
          message: 'Region Sörmland har 3 000 500 kr i kolumnen "Fördelning (kronor)", men nyckeln befolkning (kolumnen "Antal invånare") ger 3 000 000 kr (+500 kr); 8 av 10 regioner följer nyckeln på kronan',
          line: 6,
          expected: '3000000',
          actual: '3000500',
        },
        {
          severity: 'error',
          message: 'Region Skåne har 9 999 500 kr i kolumnen "Fördelning (kronor)", men nyckeln befolkning (kolumnen "Antal invånare") ger 10 000 000 kr (−500 kr); 8 av 10 regioner följer nyckeln på kronan',
          line: 13,
          expected: '10000000',
          actual: '9999500',
        },
      ],
    },
  ],
});

/** A press release ("säger socialministern") with a claim and a two-region table. */
const press = (claim: string, a: string, b: string, total: string): string =>
  ['Pressmeddelande', '2025-03-01', '', 'Mer pengar till förlossningsvården', '', `${claim}, säger socialministern.`, '', 'Region\tBelopp (kr)', `Region Stockholm\t${a}`, `Region Uppsala\t${b}`, `Totalt\t${total}`, ''].join('\n');
const NEAR = 'Regionerna får närmare 700 miljoner kronor för att stärka förlossningsvården';
const AROUND = 'Runt 1,5 miljarder kronor betalas ut till regionerna i år';

ruleTester(claimApproximate, {
  valid: [
    { name: 'an exact amount is no claim', code: press('Regionerna får 680 000 000 kronor', '400 000 000', '280 000 000', '680 000 000') },
    { name: 'a claim with no exact figure within 75–125 %', code: press(NEAR, '100 000 000', '200 000 000', '300 000 000') },
  ],
  invalid: [
    {
      name: '"närmare 700 miljoner" (90–100 %) for a total of 680 000 000',
      code: press(NEAR, '400 000 000', '280 000 000', '680 000 000'),
      findings: [{ severity: 'info', message: '"närmare 700 miljoner kronor" (närmare: 630 000 000 kr–700 000 000 kr) stämmer med 680 000 000 kr, summaraden i "Belopp (kr)"', line: 6, expected: '680000000', actual: '700000000' }],
    },
    {
      name: '"närmare 700 miljoner" is not 720 000 000',
      code: press(NEAR, '400 000 000', '320 000 000', '720 000 000'),
      findings: [{ severity: 'warning', message: '"närmare 700 miljoner kronor" (närmare: 630 000 000 kr–700 000 000 kr) stämmer inte med 720 000 000 kr, summaraden i "Belopp (kr)"', line: 6 }],
    },
    {
      name: '"Runt 1,5 miljarder" (95–105 %) for 1 430 000 000',
      code: press(AROUND, '800 000 000', '630 000 000', '1 430 000 000'),
      findings: [{ severity: 'info', message: '"Runt 1,5 miljarder kronor" (runt: 1 425 000 000 kr–1 575 000 000 kr) stämmer med 1 430 000 000 kr, summaraden i "Belopp (kr)"', line: 6 }],
    },
    {
      name: '"Runt 1,5 miljarder" is not 1 400 000 000',
      code: press(AROUND, '800 000 000', '600 000 000', '1 400 000 000'),
      findings: [{ severity: 'warning', message: '"Runt 1,5 miljarder kronor" (runt: 1 425 000 000 kr–1 575 000 000 kr) stämmer inte med 1 400 000 000 kr, summaraden i "Belopp (kr)"', line: 6, expected: '1400000000', actual: '1500000000' }],
    },
  ],
});
