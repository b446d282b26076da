import { sum } from '../../../src/rules/text/sum.js';
import { ruleTester } from '../rule-tester.js';

/**
 * Parts told paragraph by paragraph and closed by a paragraph of their total (closing-total.ts),
 * in wordings written for this test.
 */
const page = (paragraphs: string[]): string => ['# Stiftelsen delar ut bidrag', '', ...paragraphs.flatMap((p) => [p, '']), ''].join('\n');
const grants = (last: string, closing: string): string[] => [
  'Styrelsen har fattat beslut om årets bidrag.',
  'Till forskning gick 1,2 mkr i år.',
  'Idrottsföreningar och scoutkårer delade på 0,8 mkr.',
  `Övriga ändamål fick ${last}.`,
  closing,
];
const committee = (third: string): string[] => [
  'Kulturnämnden har sammanträtt.',
  'Arrangörsstödet blev 450 000 kronor. Stödet går till tolv föreningar.',
  'Studieförbunden får 300 000 kronor.',
  `Nämnden beviljade också ${third} till en ny scen i parken.`,
  'Sammanlagt delades 1 050 000 kronor ut.',
];

ruleTester(sum, {
  valid: [
    { name: 'paragraphs that make the closing total', code: page(grants('0,5 mkr', 'Totalt beviljades 2,5 mkr.')) },
    { name: 'the same in kronor and another verb', code: page(committee('300 000 kronor')) },
    {
      name: 'an applied-for amount among the paragraphs leaves the total unread',
      code: page(['Till forskning gick 1,2 mkr.', 'Föreningarna sökte sammanlagt 4 mkr.', 'Idrotten fick 0,8 mkr.', 'Övriga ändamål fick 0,5 mkr.', 'Totalt beviljades 2,5 mkr.']),
    },
    {
      name: 'a rate among the paragraphs leaves the total unread',
      code: page(['Till forskning gick 1,2 mkr.', 'Varje stipendiat får 20 000 kronor per termin.', 'Idrotten fick 0,8 mkr.', 'Övriga ändamål fick 0,9 mkr.', 'Totalt beviljades 2,5 mkr.']),
    },
  ],
  invalid: [
    {
      name: 'paragraphs off the closing total: a warning naming the reading',
      code: page(grants('0,9 mkr', 'Totalt beviljades 2,5 mkr.')),
      findings: [{ severity: 'warning', message: /^beloppen i styckena före totalen \(3\) summerar till 2 900 000 kr; det avslutande stycket anger totalt 2 500 000 kr .*läst ur att totalen står sist/, expected: '2500000', actual: '2900000' }],
    },
    {
      name: 'the same in kronor under "Sammanlagt delades … ut"',
      code: page(committee('400 000 kronor')),
      findings: [{ severity: 'warning', message: /summerar till 1 150 000 kr; det avslutande stycket anger totalt 1 050 000 kr/, expected: '1050000', actual: '1150000' }],
    },
  ],
});
