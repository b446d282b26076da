import { populationBalance } from '../../../src/rules/table/population-balance.js';
import { ruleTester } from '../rule-tester.js';

/**
 * Population balances in layouts written for this test: terms as rows (a GFM table of two years)
 * and terms as columns (a table per municipality). The arithmetic is worked out in the comments.
 */
const rows = (...r: [string, string, string][]): string => `| Befolkning | 2023 | 2024 |\n|---|---|---|\n${r.map(([l, a, b]) => `| ${l} | ${a} | ${b} |\n`).join('')}`;
const balance = (growth2024: string, natural2024 = '131', extra: [string, string, string][] = []): string =>
  rows(
    ['Folkmängd', '48 210', '48 466'],
    ['Födda', '512', '540'],
    ['Döda', '431', '409'],
    ['Födelsenetto', '81', natural2024],
    ['Inflyttade', '2 904', '3 010'],
    ['Utflyttade', '2 760', '2 880'],
    ['Flyttnetto', '144', '130'],
    ...extra,
    ['Folkökning', '225', growth2024],
  );

ruleTester(populationBalance, {
  valid: [
    // 2023: 512 − 431 = 81; 2 904 − 2 760 = 144; 81 + 144 = 225. 2024: 540 − 409 = 131; 3 010 − 2 880 = 130; 131 + 130 = 261.
    { name: 'GFM, terms as rows: every relation holds', code: [{ file: 'a.md', text: balance('261') }] },
    // 2024 with a correction row: 131 + 130 + (−5) = 256.
    { name: 'GFM: growth with a correction row', code: [{ file: 'a.md', text: balance('256', '131', [['Justering', '0', '-5']]) }] },
    // "Inflyttade från utlandet" is no "Inflyttade": no net-migration relation is read, nothing to say.
    {
      name: 'labels matched whole: a partial term is not a term',
      code: [{ file: 'a.md', text: rows(['Födda', '512', '540'], ['Inflyttade från utlandet', '904', '1 010'], ['Utflyttade', '2 760', '2 880'], ['Flyttnetto', '999', '999']) }],
    },
  ],
  invalid: [
    {
      // 2024: 540 − 409 = 131, but Födelsenetto says 141; the growth 141 + 130 = 271 ≠ 261 is then reported too (a warning: corrections).
      name: 'GFM, terms as rows: a natural increase that is not births less deaths',
      code: [{ file: 'a.md', text: balance('261', '141') }],
      findings: [
        {
          severity: 'warning',
          message: '"Födelsenetto" anger 141; "Födda" − "Döda" ger 131 (skillnad 10) i kolumnen "2024" — osäker läsning: vilka tal sambandet gäller är läst ur etiketterna',
          line: 6,
          expected: '141',
          actual: '131',
        },
        {
          severity: 'warning',
          message:
            '"Folkökning" anger 261; "Födelsenetto" + "Flyttnetto" ger 271 (skillnad 10) i kolumnen "2024" — osäker läsning: vilka tal sambandet gäller är läst ur etiketterna; folkökningen i befolkningsregistret räknar också med rättelser (justeringar), som tabellen inte visar',
          line: 10,
        },
      ],
    },
    {
      // 131 + 130 = 261 ≠ 270: without a correction row the difference may be the register's corrections.
      name: 'GFM: growth off by what a correction row could hold is a warning',
      code: [{ file: 'a.md', text: balance('270') }],
      findings: [{ severity: 'warning', message: /^"Folkökning" anger 270; "Födelsenetto" \+ "Flyttnetto" ger 261 \(skillnad 9\) i kolumnen "2024" — osäker läsning: vilka tal sambandet gäller är läst ur etiketterna; folkökningen/, line: 10 }],
    },
    {
      // Terms as columns, one row per municipality, immigrants apart. Norrby: 1 200 + 310 − 1 050 − 140 = 320, but 302 is printed.
      // Söderby: 880 + 95 − 910 − 60 = 5, as printed.
      name: 'GFM, terms as columns with immigration apart: net migration misprinted on one row',
      code: [
        {
          file: 'b.md',
          text:
            '| Kommun | Inflyttade | Invandrade | Utflyttade | Utvandrade | Flyttnetto |\n|---|---|---|---|---|---|\n' +
            '| Norrby | 1 200 | 310 | 1 050 | 140 | 302 |\n| Söderby | 880 | 95 | 910 | 60 | 5 |\n',
        },
      ],
      findings: [
        {
          severity: 'warning',
          message: '"Flyttnetto" anger 302; "Inflyttade" + "Invandrade" − "Utflyttade" − "Utvandrade" ger 320 (skillnad 18) på raden "Norrby" — osäker läsning: vilka tal sambandet gäller är läst ur etiketterna',
          line: 3,
          expected: '302',
          actual: '320',
        },
      ],
    },
    {
      // Columns set apart by single spaces: each cell is a reading of digit groups, a doubt named besides the labels.
      // 2024: 540 − 409 = 131 ≠ 141.
      name: 'spaced columns: a definition mismatch over cells read from digit groups is a warning',
      code: 'Befolkning 2023 2024\nFödda 512 540\nDöda 431 409\nFödelsenetto 81 141\nInflyttade 2 904 3 010\n',
      findings: [{ severity: 'warning', message: /^"Födelsenetto" anger 141; "Födda" − "Döda" ger 131 \(skillnad 10\) i kolumnen "2024" — osäker läsning/, line: 4 }],
    },
  ],
});
