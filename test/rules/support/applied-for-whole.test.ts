import { sum } from '../../../src/rules/text/sum.js';
import { tableTotal } from '../../../src/rules/text/table-total.js';
import { ruleTester } from '../rule-tester.js';

/**
 * Money applied for, stated just before a lead-in that shares out "pengarna" (a fact box, a line of
 * its own), is no whole of the list (list-sum.ts totalSentence); pages written for this test.
 */
const bullets = (before: string): string =>
  ['Föreningar får stöd för sommarlovet', '', 'Kommunen delar ut 30 miljoner kronor i sommarlovsstöd.', '', '– Vi vill att alla barn ska ha något att göra, säger ordföranden Eva Lind.', '', before, '', 'Så här fördelas pengarna:', '', '- Idrottsföreningarna får 22 miljoner kronor', '- Kulturföreningarna får 15 miljoner kronor', ''].join('\n');
const regions = (before: string): string =>
  ['Stöd till vårdcentraler', '', 'Regionerna i norr får dela på 60 miljoner kronor.', '', before, '', 'Så fördelas medlen:', 'Region Västerbotten: 45 miljoner kronor', 'Region Norrbotten: 30 miljoner kronor', 'Region Jämtland Härjedalen: 17 miljoner kronor', ''].join('\n');

ruleTester(sum, {
  valid: [
    { name: 'a fact box of money applied for over a bulleted list', code: bullets('Fakta: Totalt söktes 40 miljoner kronor.') },
    { name: 'a line of applications over a bulleted list', code: bullets('Ansökningarna uppgick till 38 miljoner kronor.') },
  ],
  invalid: [
    // The same sentence granting, not applying: it is the whole the lead-in shares out, as before.
    {
      name: 'a sentence of money granted over a bulleted list',
      code: bullets('Totalt beviljades 40 miljoner kronor.'),
      findings: [{ severity: 'error', message: /^listans 2 belopp summerar till 37 000 000 kr; .*40 000 000 kr/, expected: '40000000', actual: '37000000' }],
    },
  ],
});

ruleTester(tableTotal, {
  valid: [
    { name: 'a fact box of money applied for over a region list', code: regions('Fakta: Ansökningarna uppgick till 95 miljoner kronor.') },
    { name: 'a sentence of what the regions applied for over a region list', code: regions('Regionerna sökte sammanlagt 94 miljoner kronor.') },
    { name: 'last year\'s money told alone over a region list', code: regions('Förra året fick regionerna sammanlagt 91 miljoner kronor.') },
  ],
  invalid: [
    // This year's total that says it equals last year's is the whole, as before.
    {
      name: 'this year\'s money beside last year\'s over a region list',
      code: regions('I år fördelas sammanlagt 96 miljoner kronor, lika mycket som förra året.'),
      findings: [{ severity: 'warning', message: /^texten anger 96 000 000 kr; tabellens 3 rader summerar till 92 000 000 kr/, expected: '96000000', actual: '92000000' }],
    },
  ],
});
