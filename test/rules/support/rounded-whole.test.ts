import { sum } from '../../../src/rules/text/sum.js';
import { ruleTester } from '../rule-tester.js';

/**
 * A whole stated with a qualifier before a list of parts (rounded-whole.ts), in wordings
 * written for this test: the parts must lie within what the qualifier allows.
 */
const page = (total: string, lead: string, parts: string[]): string => ['Regeringen har beslutat om en satsning.', '', `${total} ${lead}`, '', ...parts, ''].join('\n');

ruleTester(sum, {
  valid: [
    {
      name: '"drygt" with parts 1 % above it',
      code: page('Satsningen omfattar totalt drygt 1,2 miljarder kronor.', 'Pengarna fördelas på tre insatser:', ['- Vård (500 miljoner kronor)', '- Skola (400 miljoner kronor)', '- Forskning (310 miljoner kronor)']),
    },
    {
      name: '"cirka" with parts within 5 %',
      code: page('Anslaget uppgår sammanlagt till cirka 80 miljoner kronor.', 'Det har två delar:', ['* Drift – 45,5 miljoner kronor', '* Investeringar – 37 miljoner kronor']),
    },
  ],
  invalid: [
    {
      name: '"drygt" with parts far above it',
      code: page('Satsningen omfattar totalt drygt 1,2 miljarder kronor.', 'Pengarna fördelas på tre insatser:', ['- Vård (500 miljoner kronor)', '- Skola (400 miljoner kronor)', '- Forskning (510 miljoner kronor)']),
      findings: [
        {
          severity: 'warning',
          message: '"drygt 1,2 miljarder kronor" (drygt: 1 200 000 000 kr–1 320 000 000 kr) stämmer inte med 1 410 000 000 kr, summan av listans 3 belopp',
          expected: '1200000000',
          actual: '1410000000',
        },
      ],
    },
    {
      name: '"cirka" with parts below it, in tkr and kronor',
      code: page('Projektet kostar totalt cirka 3 miljoner kronor.', 'Kostnaderna består av:', ['• Personal: 1 700 tkr', '• Lokaler: 450 000 kronor', '• Resor: 150 tkr']),
      findings: [{ severity: 'warning', message: /^"cirka 3 miljoner kronor" \(cirka: .*\) stämmer inte med 2 300 000 kr, summan av listans 3 belopp$/, expected: '3000000', actual: '2300000' }],
    },
  ],
});
