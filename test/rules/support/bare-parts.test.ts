import { sum } from '../../../src/rules/text/sum.js';
import { ruleTester } from '../rule-tester.js';

/** Bare figures under a lead-in that states their unit once (bare-parts.ts), in wordings written for this test. */
const page = (lead: string, parts: string[]): string => ['Beslut om medel.', '', lead, '', ...parts, ''].join('\n');

ruleTester(sum, {
  valid: [
    { name: 'figures after a colon in millions', code: page('Anslaget uppgår totalt till 96 miljoner kronor. Det fördelas så här (miljoner kronor):', ['- Drift: 40', '- Utbildning: 36', '- Forskning: 20']) },
    { name: 'figures in parentheses in tkr', code: page('Projektet omfattar sammanlagt 1 250 000 kronor. Kostnaderna, i tkr, består av:', ['1. Personal (800)', '2. Lokaler (300,5)', '3. Resor (149,5)']) },
    // No unit in the lead-in: the figures could be anything.
    { name: 'no unit stated', code: page('Anslaget uppgår totalt till 96 miljoner kronor. Det fördelas så här:', ['- Drift: 40', '- Utbildning: 46', '- Forskning: 20']) },
    // A figure inside the label: not the item's only one.
    { name: 'a number in the label', code: page('Anslaget uppgår totalt till 96 miljoner kronor. Det fördelas så här (miljoner kronor):', ['- Etapp 1: 40', '- Etapp 2: 46', '- Etapp 3: 20']) },
  ],
  invalid: [
    {
      name: 'bare figures first, before "till"',
      code: page('Stödet omfattar totalt 12 miljoner kronor. Det går till tre insatser (mnkr):', ['* 6 till rådgivning', '* 4,5 går till utbildning', '* 3,5 till uppföljning']),
      findings: [{ severity: 'error', message: /^listans 3 belopp summerar till 14 000 000 kr; meningen före listan anger 12 000 000 kr/, expected: '12000000', actual: '14000000' }],
    },
    {
      name: 'bare figures that miss the total',
      code: page('Anslaget uppgår totalt till 96 miljoner kronor. Det fördelas så här (miljoner kronor):', ['- Drift: 40', '- Utbildning – 46', '- Forskning: 20']),
      findings: [{ severity: 'error', message: 'listans 3 belopp summerar till 106 000 000 kr; meningen före listan anger 96 000 000 kr (skillnad 10 000 000 kr, avrundning tillåter ±2 000 000 kr)', expected: '96000000', actual: '106000000' }],
    },
    {
      name: 'bare figures in tkr that pass the total',
      code: page('Projektet omfattar sammanlagt 1 250 000 kronor. Kostnaderna, i tkr, består av:', ['1. Personal (900)', '2. Lokaler (300,5)', '3. Resor (149,5)']),
      findings: [{ severity: 'error', message: /^listans 3 belopp summerar till 1 350 000 kr; meningen före listan anger 1 250 000 kr/, expected: '1250000', actual: '1350000' }],
    },
  ],
});
