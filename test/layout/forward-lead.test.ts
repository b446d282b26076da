import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/** Lists under a sentence closed by a full stop that points down at them: pages written for this test. */
const page = (lead: string, items: string[]): string => ['Regeringen har beslutat om stödet.', '', lead, '', ...items, ''].join('\n');
const north = ['Region Västerbotten 4 500 000 kr', 'Region Norrbotten 5 100 000 kr', 'Region Jämtland Härjedalen 2 400 000 kr'];

describe('forwardLead', () => {
  it('makes "… framgår nedan." the list\'s caption', () => {
    expect(docOf({ text: page('Fördelningen per region framgår nedan.', north) }).tables[0]!.caption).toBe('Fördelningen per region framgår nedan.');
  });

  it('makes "… får följande belopp." the caption, its amount the stated total', () => {
    const t = docOf({ text: page('Av de 12 000 000 kronor får regionerna följande belopp.', north) }).tables[0]!;
    expect(t.caption).toBe('Av de 12 000 000 kronor får regionerna följande belopp.');
    expect(t.statedTotal?.value.toString()).toBe('12000000');
  });

  it('leaves a sentence that does not point at the list out of the caption', () => {
    expect(docOf({ text: page('Pengarna betalas ut i mars.', north) }).tables[0]!.caption).toBeNull();
  });
});
