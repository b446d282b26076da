import { sum } from '../../../src/rules/text/sum.js';
import { ruleTester } from '../rule-tester.js';

/** An amount split into counted parts, told by their numbers (numbered-parts.ts), in wordings written for this test. */
const blocks = (total: string, first: string, second: string): string =>
  [
    'Avtal om stöd till vården',
    '',
    `Avtalet omfattar ${total} miljoner kronor för 2026 och fördelas mellan två block. Block 1 på ${first} miljoner kronor betalas ut efter prestation. Regionerna redovisar sina resultat under hösten.`,
    '',
    `Block 2, utvecklingsmedlen på ${second} miljoner kronor, fördelas efter folkmängd.`,
    '',
  ].join('\n');
const parts = (total: string, a: string, b: string, c: string): string =>
  [
    `Satsningen på ${total} kronor delas upp i tre delar.`,
    '',
    `Del 1 omfattar ${a} kronor till skolornas lokaler.`,
    '',
    `Del 2 ger ${b} kronor till fortbildning, och Del 3 ${c} kronor till uppföljning.`,
    '',
  ].join('\n');
const pots = (total: string, a: string, b: string): string =>
  [`Fonden består av två potter om sammanlagt ${total} miljoner kronor.`, `Pott 1 rymmer ${a} miljoner kronor för forskning.`, `Pott 2 rymmer ${b} miljoner kronor för innovation.`, ''].join('\n');

ruleTester(sum, {
  valid: [
    { name: 'two blocks that make the total, a sentence without money between', code: blocks('1 800', '1 500', '300') },
    { name: 'two pots that make the total', code: pots('90', '60', '30') },
    // Only two parts told with a number of three counted: the split is not read.
    { name: 'fewer numbered parts than counted', code: parts('4 000 000', '2 000 000', '1 500 000', '900 000').replace(', och Del 3 900 000 kronor till uppföljning', '') },
    // Another sentence with money between the parts: they are not told part by part.
    {
      name: 'money of another kind between the parts',
      code: ['Avtalet omfattar 1 800 miljoner kronor och fördelas mellan två block.', 'Block 1 på 1 500 miljoner kronor betalas ut efter prestation.', 'I fjol betalades 1 200 miljoner kronor ut.', 'Block 2 på 250 miljoner kronor fördelas efter folkmängd.', ''].join('\n'),
    },
    // Parts out of order: not the counted parts.
    { name: 'parts numbered out of order', code: pots('90', '60', '40').replace('Pott 1 rymmer', 'Pott 2 rymmer').replace('Pott 2 rymmer 40', 'Pott 1 rymmer 40') },
  ],
  invalid: [
    // Bullets under the split are a list: list-sum.ts reads them, and the mismatch is told once.
    {
      name: 'parts as bullets',
      code: ['Avtalet omfattar 1 800 miljoner kronor och fördelas mellan två block.', '', '- Block 1 på 1 500 miljoner kronor', '- Block 2 på 250 miljoner kronor', ''].join('\n'),
      findings: [{ severity: 'warning', message: /^listans 2 belopp summerar till 1 750 000 000 kr; meningen före listan anger 1 800 000 000 kr/ }],
    },
    {
      name: 'two blocks in two paragraphs that miss the total',
      code: blocks('2 967', '2 513', '443'),
      findings: [
        {
          severity: 'warning',
          message:
            'de 2 numrerade delarna efter beloppet summerar till 2 956 000 000 kr; beloppet som delas upp anger 2 967 000 000 kr (skillnad 11 000 000 kr, avrundning tillåter ±1 500 000 kr) — osäker läsning: att de numrerade meningarna är beloppets block är läst ur deras namn och nummer',
          expected: '2967000000',
          actual: '2956000000',
        },
      ],
    },
    {
      name: 'three parts in kronor, each in its own sentence, that miss the total',
      code: parts('4 000 000', '2 000 000', '1 500 000', '900 000').replace(', och Del 3', '. Del 3 ger'),
      findings: [{ severity: 'warning', message: /^de 3 numrerade delarna efter beloppet summerar till 4 400 000 kr; beloppet som delas upp anger 4 000 000 kr \(skillnad 400 000 kr\) .*beloppets delar/, expected: '4000000', actual: '4400000' }],
    },
    {
      name: 'two pots that exceed the total',
      code: pots('90', '60', '40'),
      findings: [{ severity: 'warning', message: /^de 2 numrerade delarna efter beloppet summerar till 100 000 000 kr; beloppet som delas upp anger 90 000 000 kr .*beloppets potter/, expected: '90000000', actual: '100000000' }],
    },
  ],
});
