import { percentTotal } from '../../../src/rules/format/percent-total.js';
import { ruleTester } from '../rule-tester.js';
import { mutated, seed, seedCase } from '../text/seeds.js';

const shares = (cells: string[], total: string | null): string =>
  ['Tabell 1. Andelar', '', 'Region\tAndel', ...cells, ...(total ? [`Totalt\t${total}`] : []), ''].join('\n');

const befolkning =
  'andelarna i kolumnen "Andel befolkning" summerar till 100,1 %; summaraden anger 100 % ' +
  '(skillnad 0,1 %, avrundning tillåter ±1,1 %) — stämmer inom avrundningen';
// The header carries the source's footnote mark ("Andel insatser* per län") in some readings.
const insatser =
  /^andelarna i kolumnen "Andel insatser\*? per län" summerar till 99,9 %; summaraden anger 100 % \(skillnad 0,1 %, avrundning tillåter ±1,1 %\) — stämmer inom avrundningen$/;

ruleTester(percentTotal, {
  valid: [
    seedCase(0),
    seedCase(1),
    seedCase(3),
    seedCase(4),
    { name: 'shares that make exactly 100', code: shares(['Stockholm\t60,0%', 'Uppsala\t40,0%'], '100,0%') },
    { name: 'rates with an average in the total row', code: shares(['Stockholm\t60,0%', 'Uppsala\t40,0%'], '50,0%') },
    { name: 'shares of a part, without total row', code: shares(['Stockholm\t23,3%', 'Uppsala\t3,8%'], null) },
    {
      // Occupancy per unit: 1037 / 1116 = 92,92 %, 1149 / 1166 = 98,54 %, total 2186 / 2282 = 95,79 %: a rate, not shares.
      name: 'an occupancy rate, each row its own ratio of two figures',
      code: ['Beläggning per häkte', '', 'Häkte\tPlatser\tBelagda\tBeläggningsgrad', 'Norr\t1116\t1037\t92,92%', 'Söder\t1166\t1149\t98,54%', 'Totalt\t2282\t2186\t95,79%', ''].join('\n'),
    },
    {
      // Pass rate per school: 195 / 200 = 97,5 %, 185 / 190 = 97,4 %, total 380 / 390 = 97,4 %, in another wording.
      name: 'a pass rate, each row its own ratio, the other column order',
      code: ['Skola\tGodkända\tSkrivande\tAndel godkända', 'Ekskolan\t195\t200\t97,5%', 'Björkskolan\t185\t190\t97,4%', 'Totalt\t380\t390\t97,4%', ''].join('\n'),
    },
  ],
  invalid: [
    {
      // Andel befolkning: 23,3 + 3,8 + … + 2,4 = 100,1; Andel insatser: 6,0 + 3,9 + … + 3,9 = 99,9 (21 shares, ±0,05 each).
      name: 'seed 002: Bilaga 2 shares sum to 100,1 and 99,9',
      code: [seed(2)],
      findings: [
        { severity: 'info', message: befolkning, line: 137, column: 36, expected: '100', actual: '100.1' },
        { severity: 'info', message: insatser, line: 137, column: 65, expected: '100', actual: '99.9' },
      ],
    },
    {
      name: 'seed 002 with Stockholm 20,3 % instead of 23,3 %',
      code: mutated(2, 'Stockholm\t2 455 914\t23,3%', 'Stockholm\t2 455 914\t20,3%'),
      findings: [
        {
          severity: 'warning',
          message: 'andelarna i kolumnen "Andel befolkning" summerar till 97,1 %; summaraden anger 100 % (skillnad 2,9 %, avrundning tillåter ±1,1 %)',
          line: 137,
          column: 36,
          expected: '100',
          actual: '97.1',
        },
        { severity: 'info', message: insatser, line: 137, column: 65 },
      ],
    },
    {
      name: 'a share column without total row that falls short',
      code: shares(['Stockholm\t50,0%', 'Uppsala\t47,0%'], null),
      findings: [
        {
          severity: 'warning',
          message: 'andelarna i kolumnen "Andel" summerar till 97 %; väntat 100 % (skillnad 3 %, avrundning tillåter ±0,1 %)',
          line: 3,
          column: 1,
          expected: '100',
          actual: '97',
        },
      ],
    },
  ],
});
