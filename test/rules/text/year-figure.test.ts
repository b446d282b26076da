import { yearFigure } from '../../../src/rules/text/year-figure.js';
import { ruleTester } from '../rule-tester.js';

/**
 * A year's figure in the text against the same year in a table by year, in layouts written for
 * this test; the rounding worked out by hand in the comments.
 */
const gfm = (last: string, line: string): string =>
  `Beviljade projektmedel 2019–2022 (mnkr)\n\n| År | 2019 | 2020 | 2021 | 2022 |\n|---|---|---|---|---|\n| Belopp | 12,4 | 13,1 | 14,0 | ${last} |\n\n${line}\n`;
const inline = (last: string, line: string): string => `Utbetalda bostadsbidrag per år, miljoner kronor\n\n2020: 310, 2021: 325, 2022: ${last}\n\n${line}\n`;
const cellLines = (last: string, line: string): string =>
  `Utbetalda bostadsbidrag per år\n\n2019\n\n2020\n\n2021\n\n2022\n\n295 mnkr\n\n310 mnkr\n\n325 mnkr\n\n${last} mnkr\n\n${line}\n`;

ruleTester(yearFigure, {
  valid: [
    // 14 562 000 kr is 14,6 miljoner, printed 14,6: it rounds to the table's figure.
    { name: 'GFM, years as columns: the text rounds to the table', code: [{ file: 'a.md', text: gfm('14,6', 'Beviljade projektmedel 2022: 14 562 000 kronor.') }] },
    // The line shares only "projektmedel" with the title: not the same figure, although 14 200 000 would not round to 14,6.
    { name: 'GFM: a line that shares one word with the title', code: [{ file: 'b.md', text: gfm('14,6', 'Sökta projektmedel 2022: 14 200 000 kronor.') }] },
    // 3 100 000 kr is not within a tenth of 14,6 miljoner: another figure of that year.
    { name: 'GFM: a figure of the same year far from the table’s', code: [{ file: 'c.md', text: gfm('14,6', 'Beviljade projektmedel 2022 till nya sökande: 3 100 000 kronor.') }] },
    // 338 400 000 kr rounds to 338 miljoner, as printed.
    { name: 'a series on one line, years as rows: the text rounds to the table', code: inline('338', 'Utbetalda bostadsbidrag 2022 uppgick till 338 400 000 kronor.') },
    // Two years in the sentence: which one the figure is of, the rule does not guess.
    { name: 'one cell a line: a sentence naming two years', code: cellLines('338', 'Utbetalda bostadsbidrag 2022 uppgick till 338 600 000 kronor, mot 325 miljoner 2021.') },
  ],
  invalid: [
    {
      // 14 562 000 kr is 14,6 miljoner, but the table prints 14,5 (14,45–14,55 miljoner): 62 000 kr apart, ±50 000 kr allowed.
      name: 'GFM, years as columns: the table’s figure is not what the text’s rounds to',
      code: [{ file: 'd.md', text: gfm('14,5', 'Beviljade projektmedel 2022: 14 562 000 kronor.') }],
      findings: [
        {
          severity: 'warning',
          message:
            '"Beviljade projektmedel 2022: 14 562 000 kronor." anger 14 562 000 kr för 2022, men tabellen "Beviljade projektmedel 2019–2022 (mnkr)" anger "14,5" för året, vilket 14 562 000 kr inte avrundas till (skillnad 62 000 kr, avrundning tillåter ±50 000 kr) — osäker läsning: att texten och tabellen talar om samma tal är läst ur året och orden de delar',
          line: 5,
          expected: '14562000',
          actual: '14500000',
        },
      ],
    },
    {
      // 338 600 000 kr rounds to 339 miljoner; the table prints 338 (337,5–338,5 miljoner): 600 000 kr apart, ±500 000 kr allowed.
      name: 'a series on one line, years as rows: the text’s figure rounds to another whole million',
      code: inline('338', 'Utbetalda bostadsbidrag 2022 uppgick till 338 600 000 kronor.'),
      findings: [
        {
          severity: 'warning',
          message: /^"Utbetalda bostadsbidrag 2022 uppgick till 338 600 000 kronor\." anger 338 600 000 kr för 2022, men tabellen "Utbetalda bostadsbidrag per år, miljoner kronor" anger "338" för året, .*\(skillnad 600 000 kr, avrundning tillåter ±500 000 kr\) — osäker läsning/,
          line: 3,
          expected: '338600000',
          actual: '338000000',
        },
      ],
    },
    {
      // The same figures pasted one cell a line, the title kept as the label column's.
      name: 'one cell a line, years as columns: the text’s figure rounds to another whole million',
      code: cellLines('338', 'Utbetalda bostadsbidrag 2022 uppgick till 338 600 000 kronor.'),
      findings: [{ severity: 'warning', message: /tabellen "Utbetalda bostadsbidrag per år" anger "338 mnkr" för året/, line: 17, expected: '338600000', actual: '338000000' }],
    },
  ],
});
