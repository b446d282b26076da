import { describe, expect, it } from 'vitest';
import { appliedAt } from '../../../src/rules/support/applied-for.js';
import { sum } from '../../../src/rules/text/sum.js';
import { tableTotal } from '../../../src/rules/text/table-total.js';
import { ruleTester } from '../rule-tester.js';

/** Where the amount `raw` stands in `text`, and whether its clause is about money applied for. */
function applied(text: string, raw: string): boolean {
  const at = text.indexOf(raw);
  return appliedAt(text, at, at + raw.length);
}

describe('appliedAt: money asked for, not granted (wordings written for this test)', () => {
  it('reads a verb of applying before the amount in its clause', () => {
    expect(applied('Kommunerna sökte 31,5 miljoner kronor och beviljades 18,2 miljoner kronor.', '31,5 miljoner kronor')).toBe(true);
    expect(applied('Kommunerna sökte 31,5 miljoner kronor och beviljades 18,2 miljoner kronor.', '18,2 miljoner kronor')).toBe(false);
    expect(applied('Det har kommit in ansökningar om totalt 12 mnkr, men bara 7 mnkr delas ut.', '12 mnkr')).toBe(true);
    expect(applied('Det har kommit in ansökningar om totalt 12 mnkr, men bara 7 mnkr delas ut.', '7 mnkr')).toBe(false);
    expect(applied('I höstens utlysning söktes 6,4 miljoner kronor.', '6,4 miljoner kronor')).toBe(true);
  });
  it('reads a passive or relative clause of applying after the amount', () => {
    expect(applied('Nämnden beviljade 2,2 miljoner kronor av de 3,9 miljoner kronor som söktes.', '3,9 miljoner kronor')).toBe(true);
    expect(applied('Nämnden beviljade 2,2 miljoner kronor av de 3,9 miljoner kronor som föreningarna sökte.', '3,9 miljoner kronor')).toBe(true);
    expect(applied('Nämnden beviljade 2,2 miljoner kronor av de 3,9 miljoner kronor som söktes.', '2,2 miljoner kronor')).toBe(false);
  });
  it('leaves a grant whose recipients applied, and a grant after a word of applying, granted', () => {
    expect(applied('Länsstyrelsen beviljar 4,5 miljoner kronor till projekt som sökt stöd i våras.', '4,5 miljoner kronor')).toBe(false);
    expect(applied('Föreningen som sökte stöd beviljades 900 000 kronor.', '900 000 kronor')).toBe(false);
  });
});

/** A lead that gives the sum applied for beside the sum granted, then the grants one by one. */
const inline = (granted: string, c: string): string =>
  `Ansökningarna omfattade 14,6 miljoner kronor men stiftelsen beviljade ${granted} miljoner kronor till tre föreningar: Norrby IF får 3,2 miljoner kronor, Söderby SK 2,5 miljoner kronor och Västerby BK ${c} miljoner kronor.\n`;
const thenParts = (granted: string, c: string): string =>
  `Det sökta beloppet uppgick till 14,6 miljoner kronor och det beviljade blev totalt ${granted} miljoner kronor. 3,2 miljoner kronor går till Norrby, 2,5 miljoner kronor till Söderby och ${c} miljoner kronor till Västerby.\n`;

ruleTester(sum, {
  valid: [
    { name: 'counted recipients after a colon that make the granted sum', code: inline('7,8', '2,1') },
    { name: 'parts in the next sentence that make the granted total', code: thenParts('7,8', '2,1') },
  ],
  invalid: [
    {
      name: 'counted recipients after a colon that miss the granted sum, the applied-for one passed over',
      code: inline('7,8', '2,4'),
      findings: [{ severity: 'warning', message: /^de 3 beloppen efter kolon summerar till 8 100 000 kr; meningen anger 7 800 000 kr till 3 mottagare/, expected: '7800000', actual: '8100000' }],
    },
    {
      name: 'parts in the next sentence that miss the granted total, the applied-for one passed over',
      code: thenParts('7,8', '2,4'),
      findings: [{ severity: 'warning', message: /summerar till 8 100 000 kr; totalen anger 7 800 000 kr/, expected: '7800000', actual: '8100000' }],
    },
  ],
});

/** A caption whose only amount is the sum applied for, over a list of grants. */
const applyCaption = (applied: string): string =>
  `Bidrag till kollektivtrafik\n\nSammanlagt söktes ${applied} miljoner kronor av följande regioner:\n\n- Region Jämtland Härjedalen: 600 000 kronor\n- Region Västernorrland: 500 000 kronor\n- Region Gävleborg: 450 000 kronor\n`;

ruleTester(tableTotal, {
  valid: [
    // Far from the list's total: it speaks of the applications.
    { name: 'an applied-for caption amount far from the list', code: applyCaption('2,9') },
  ],
  invalid: [
    {
      name: 'an applied-for caption amount near the list warns, never errs',
      code: applyCaption('1,65'),
      findings: [{ severity: 'warning', message: /^rubriken anger 1 650 000 kr; tabellens 3 rader summerar till 1 550 000 kr.*1,65 miljoner kronor är sökt belopp/, expected: '1650000', actual: '1550000' }],
    },
  ],
});
