import { sum } from '../../../src/rules/text/sum.js';
import { ruleTester } from '../rule-tester.js';

/** A total told in steps over one-sentence paragraphs, closed by the rest (news-paragraphs.ts); pages written for this test. */
ruleTester(sum, {
  valid: [
    { name: 'steps that make the total over one-sentence paragraphs', code: 'Stöd till skolorna\n\nRegeringen lägger totalt 900 miljoner kronor på läxhjälp.\n\n400 miljoner kronor betalas ut i vår.\n\nResterande 500 miljoner kronor kommer i höst.\n' },
    // A paragraph of two sentences between: the steps are not read across it.
    {
      name: 'a paragraph of two sentences between the total and the steps',
      code: 'Regeringen lägger totalt 900 miljoner kronor på läxhjälp.\n\nPengarna söks hos Skolverket. Beslut kommer i mars.\n\n300 miljoner kronor betalas ut i vår.\n\nResterande 500 miljoner kronor kommer i höst.\n',
    },
  ],
  invalid: [
    {
      name: 'steps that miss the total over one-sentence paragraphs',
      code: 'Stöd till skolorna\n\nRegeringen lägger totalt 900 miljoner kronor på läxhjälp.\n\n300 miljoner kronor betalas ut i vår.\n\nResterande 500 miljoner kronor kommer i höst.\n',
      findings: [{ severity: 'warning', message: /^beloppen fram till och med resten \(2\) summerar till 800 000 000 kr; totalen före anger 900 000 000 kr/, expected: '900000000', actual: '800000000' }],
    },
    {
      name: 'steps in kronor with a paragraph without money between',
      code: 'Föreningsstödet uppgår till 1 200 000 kronor.\n\n– Vi är glada att kunna ge mer i år, säger ordföranden.\n\nI januari delades 450 000 kronor ut.\n\nI juni delades 350 000 kronor ut.\n\nDe återstående 300 000 kronorna fördelas i november.\n',
      findings: [{ severity: 'warning', message: /^beloppen fram till och med resten \(3\) summerar till 1 100 000 kr; totalen före anger 1 200 000 kr/, expected: '1200000', actual: '1100000' }],
    },
  ],
});
