import { describe, expect, it } from 'vitest';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { perHeadByNote } from '../../src/tables/rate-unit.js';
import { docOf, ruleTester } from '../rules/rule-tester.js';

/**
 * A unit per head in the title line above a table of years: the figures are levels, never summed.
 * Two layouts written for this test (lines with single spaces; a tab table), figures made up.
 */
const spaced = [
  'Kostnader för äldreomsorg 2020-2022. Kronor per invånare.',
  '',
  'Kommun/Region 2020 2021 2022',
  'Mora 14 100 14 600 15 200',
  'Leksand 16 300 16 900 17 400',
  'Dalarnas län 15 000 15 500 16 100',
  'Riket 17 800 18 300 18 900',
  '',
].join('\n');
const tabbed = ['Nystartade företag 2021–2023. Antal per 1 000 invånare', '', 'Län\t2021\t2022\t2023', 'Gotlands län\t14\t12\t11', 'Kalmar län\t9\t8\t8', 'Riket\t7\t6\t6', ''].join('\n');

ruleTester(columnTotal, {
  valid: [
    // Riket above every row and no sum of them: 14 100 + 16 300 + 15 000 = 45 400 against 17 800.
    { name: 'figures per inhabitant under a title line that says so, single-spaced lines', code: spaced },
    // 14 + 9 = 23 against 7: a rate per thousand, no sum.
    { name: 'figures per thousand inhabitants under such a title, a tab table', code: tabbed },
  ],
  invalid: [
    {
      // A money unit above is no rate: 2 100 + 3 400 = 5 500 against 5 600 (thousands) is still
      // checked; 2 200 + 3 500 = 5 700 agrees.
      name: 'a table in thousands of kronor under its unit line stays a sum',
      code: ['Bidrag 2021-2022. Belopp i tusen kronor', '', 'Län\t2021\t2022', 'Gotlands län\t2 100\t2 200', 'Kalmar län\t3 400\t3 500', 'Summa\t5 600\t5 700', ''].join('\n'),
      findings: [
        {
          severity: 'error',
          message: '2 rader summerar till 5 500 000 kr; summaraden anger 5 600 000 kr (skillnad 100 000 kr, avrundning tillåter ±1 500 kr) i kolumnen "2021"',
        },
      ],
    },
  ],
});

describe('a unit per head above the table', () => {
  it('makes the year columns rates', () => {
    for (const text of [spaced, tabbed]) {
      const [t] = docOf({ file: 't.txt', text }).tables;
      expect(t!.columns.map((c) => [c.header.join(' '), c.rate === true])).toEqual(
        t!.columns.map((c) => [c.header.join(' '), true]),
      );
      expect(t!.columns.length).toBe(3);
    }
  });

  it('leaves a column with a title of its own as the title says', () => {
    expect(perHeadByNote('Kronor per invånare.', ['2022'])).toBe(true);
    expect(perHeadByNote('Kronor per invånare.', ['2019/20'])).toBe(true);
    expect(perHeadByNote('Kronor per invånare.', ['Antal'])).toBe(false);
    expect(perHeadByNote('Belopp i tusen kronor', ['2022'])).toBe(false);
  });
});
