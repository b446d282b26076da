import { partialSum } from '../../../src/rules/table/partial-sum.js';
import { ruleTester } from '../rule-tester.js';

/**
 * Sum lines with no label under a section heading, in layouts written for this test; the
 * arithmetic worked out by hand in the comments.
 */
const gfm = (...rows: [string, string][]): string => `| Post | Belopp (tkr) |\n|---|---|\n${rows.map(([l, v]) => `| ${l} | ${v} |\n`).join('')}`;

ruleTester(partialSum, {
  valid: [
    // 40 + 25 + 15 = 80: the line sums the whole section (read as its subtotal).
    { name: 'GFM: a line that sums the whole section', code: [{ file: 'a.md', text: gfm(['**Kostnader**', ''], ['Lokaler', '40'], ['Personal', '25'], ['Resor', '15'], ['', '80']) }] },
    // No heading opens the section: 100 | −30 | −20 | −5 | −55 may sum the costs alone, as many statements print it.
    { name: 'GFM, no heading: a line summing the last rows may be meant so', code: [{ file: 'a.md', text: gfm(['Intäkter', '100'], ['Hyra', '-30'], ['Löner', '-20'], ['Övrigt', '-5'], ['', '-55']) }] },
    // 12 + 30 + 8 = 50 ≠ 47, and no run of the last rows gives 47 (30 + 8 = 38): nothing to name.
    { name: 'GFM: a line no run of the last rows explains', code: [{ file: 'a.md', text: gfm(['**Bidrag**', ''], ['A', '12'], ['B', '30'], ['C', '8'], ['', '47']) }] },
    // 9 + 4 − 4 + 0 + 4 = 13 ≠ 4; the last two (0 + 4) and the last four (4 − 4 + 0 + 4) both give 4: which rows, unknown.
    { name: 'GFM: two runs that both fit, so no claim', code: [{ file: 'a.md', text: gfm(['**Avgifter**', ''], ['A', '9'], ['B', '4'], ['C', '-4'], ['D', '0'], ['E', '4'], ['', '4']) }] },
    // The spaced statement of the invalid case, its section summed whole: the subtotal, nothing for this rule.
    {
      name: 'spaced company statement whose sum line sums the whole section',
      code: 'Belopp i tkr Not 2024 2023\n\nDriftkostnader\nFastighetsskötsel 3 -4 410 -4 400\nEnergi 4 -2 220 -2 210\nTaxor -1 095 -1 090\n-7 725 -7 700\n',
    },
  ],
  invalid: [
    {
      // A company statement, columns set apart by single spaces, a note column. Section "Driftkostnader":
      // −4 410 − 2 220 − 1 095 − 335 = −8 060 ≠ −3 650; the last three: −2 220 − 1 095 − 335 = −3 650.
      // 2023 likewise: −4 400 − 2 210 − 1 090 − 330 = −8 030 ≠ −3 630 = −2 210 − 1 090 − 330.
      name: 'spaced company statement: the first cost row is left out',
      code:
        'Resultaträkning\n\nBelopp i tkr Not 2024 2023\n\nIntäkter\nHyror 1 12 900 12 870\nÖvriga intäkter 2 1 460 1 355\n14 360 14 225\n\n' +
        'Driftkostnader\nFastighetsskötsel 3 -4 410 -4 400\nEnergi 4 -2 220 -2 210\nTaxor -1 095 -1 090\nFörsäkring -335 -330\n-3 650 -3 630\n\n' +
        'Rörelseresultat 10 710 10 595\n',
      findings: [
        {
          severity: 'warning',
          message:
            'raden utan rubrik under "Driftkostnader" (−3 650 000 kr) är summan av de 3 sista av avsnittets 4 rader i kolumnen "2024", inte av alla: "Fastighetsskötsel" (-4 410) är inte med (alla 4 rader ger −8 060 000 kr)',
          line: 15,
          expected: '-3650000',
          actual: '-8060000',
        },
      ],
    },
    {
      // GFM, one column in mnkr: 14,5 + 6,0 + 2,5 + 1,0 = 24,0 ≠ 9,5; the last three: 6,0 + 2,5 + 1,0 = 9,5.
      name: 'GFM with an empty label cell: the line sums only the last rows',
      code: [
        {
          file: 'b.md',
          text: '| Anslag | Mnkr |\n|---|---|\n| **Utbildning** | |\n| Grundskola | 14,5 |\n| Gymnasium | 6,0 |\n| Vuxenutbildning | 2,5 |\n| Kulturskola | 1,0 |\n| | 9,5 |\n',
        },
      ],
      findings: [
        {
          severity: 'warning',
          message: /^raden utan rubrik under "Utbildning" \(9 500 000 kr\) är summan av de 3 sista av avsnittets 4 rader i kolumnen "Mnkr", inte av alla: "Grundskola" \(14,5\) är inte med/,
          line: 8,
        },
      ],
    },
  ],
});
