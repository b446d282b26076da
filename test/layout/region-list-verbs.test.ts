import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/** Region lists whose items link region and amount by a verb, in wordings written for this test. */
const values = (t: Table) => t.rows.map((r) => r.cells[0]?.value?.toFixed() ?? null);

describe('region list items linked by a verb of receiving', () => {
  it('reads "Region X får …" lines as a region list', () => {
    const text = 'Så fördelas pengarna:\n\nRegion Skåne får 12,3 miljoner kronor.\nRegion Halland får 4 miljoner kronor.\nGotland tilldelas 2,5 miljoner kronor.\n';
    const [t] = docOf({ text }).tables;
    expect(t!.rows.map((r) => [r.label, r.region?.code])).toEqual([
      ['Region Skåne', '12'],
      ['Region Halland', '13'],
      ['Gotland', '09'],
    ]);
    expect(values(t!)).toEqual(['12300000', '4000000', '2500000']);
  });

  it('reads bullets in the past tense with tkr', () => {
    const text = 'Beviljade medel förra året, i tusental kronor:\n\n* Västerbotten fick 1 250\n* Norrbotten beviljades 980\n* Jämtland erhöll 640\n';
    const [t] = docOf({ text }).tables;
    expect(t!.rows.map((r) => r.region?.code)).toEqual(['24', '25', '23']);
    expect(values(t!)).toEqual(['1250000', '980000', '640000']);
  });

  it('keeps a sentence whose verb is not one of receiving as prose', () => {
    const text = 'Utfallet:\n\nRegion Skåne ökade 12 procent.\nRegion Halland ökade 4 procent.\nGotland ökade 2 procent.\n';
    expect(docOf({ text }).tables).toEqual([]);
  });
});
