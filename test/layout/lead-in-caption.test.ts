import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';
import { tableTotal } from '../../src/rules/text/table-total.js';
import { ruleTester } from '../rules/rule-tester.js';

/** Web-page tables right under a lead-in sentence ending in a colon: pages written for this test. */
const md = (lead: string, rows: string[], head = '| Region | Kronor |'): string => [lead, '', head, '|---|---|', ...rows, ''].join('\n');
const south = ['| Region Kronoberg | 4 000 000 |', '| Region Kalmar län | 6 000 000 |', '| Region Blekinge | 2 000 000 |'];

describe('leadInCaption', () => {
  it('makes the lead-in sentence a GFM table\'s caption', () => {
    const doc = docOf({ file: 'a.md', text: md('Stödet har beslutats i dag. Beloppen fördelas mellan regionerna så här:', south) });
    expect(doc.tables[0]!.caption).toBe('Beloppen fördelas mellan regionerna så här:');
  });

  it('takes the unit from the lead-in caption', () => {
    const doc = docOf({ file: 'b.md', text: md('Följande belopp betalas ut per region (tusental kronor):', ['| Norrbotten | 1 500 |', '| Västerbotten | 2 250 |', '| Jämtland | 750 |'], '| Län | Belopp |') });
    expect(doc.tables[0]!.caption).toBe('Följande belopp betalas ut per region (tusental kronor):');
    expect(doc.tables[0]!.rows.map((r) => r.cells[0]!.value?.toString())).toEqual(['1500000', '2250000', '750000']);
  });

  it('makes the paragraph before an HTML table its caption when it ends in a colon', () => {
    const html = '<p>Medlen till regionerna fördelas enligt tabellen:</p><table><tr><th>Region</th><th>Kronor</th></tr><tr><td>Region Halland</td><td>3 000 000</td></tr><tr><td>Region Skåne</td><td>9 000 000</td></tr></table>';
    expect(docOf({ file: 'c.html', text: html }).tables[0]!.caption).toBe('Medlen till regionerna fördelas enligt tabellen:');
  });

  it('leaves a sentence that does not open the table out of the caption', () => {
    const doc = docOf({ file: 'd.md', text: md('Pengarna betalas ut i september.', south) });
    expect(doc.tables[0]!.caption).toBeNull();
  });
});

ruleTester(tableTotal, {
  valid: [
    // 4 + 6 + 2 = 12 millions, as the lead-in says.
    { name: 'a lead-in caption that states the table\'s sum', code: [{ file: 'e.md', text: md('Regeringen fördelar 12 000 000 kronor enligt följande:', south) }] },
    // The sentence's amount is the first table's; a list under "Och året innan:" after that table shares out no part of it.
    {
      name: 'a list lead-in after another table, the amount above that table',
      code: [{ file: 'h.md', text: md('Regionerna i söder får sammanlagt 12 000 000 kronor i år.', south) + '\nOch året innan:\n\nRegion Kronoberg 4 000 000 kr\nRegion Kalmar län 6 000 000 kr\nRegion Blekinge 1 500 000 kr\n' }],
    },
  ],
  invalid: [
    {
      // 4 + 6 + 2 = 12 millions; the lead-in says 12,5: within a named table's reach, the caption's claim.
      name: 'a lead-in caption whose amount the table misses',
      code: [{ file: 'f.md', text: md('Totalt betalas 12 500 000 kronor ut till regionerna enligt nedan:', south) }],
      findings: [{ severity: 'error', message: 'rubriken anger 12 500 000 kr; tabellens 3 rader summerar till 12 000 000 kr (skillnad 500 000 kr)' }],
    },
    {
      // The frame the table's money is taken from, far from its 12 millions: a reading, so a warning.
      name: 'a lead-in caption naming a frame far from the table\'s sum',
      code: [{ file: 'g.md', text: md('Av de 300 000 000 kronor som avsatts för året fördelas följande till regionerna:', south) }],
      findings: [{ severity: 'warning', message: /^rubriken anger 300 000 000 kr; tabellens 3 rader summerar till 12 000 000 kr .*beloppet ligger 2400 % från tabellens summa/ }],
    },
    {
      // A forward-pointing sentence closed by a full stop as a list's caption (forward-lead.ts), naming a frame: a warning.
      name: 'a list lead-in ending in a full stop, naming a frame far from the list\'s sum',
      code: 'Av de 90 000 000 kronor i satsningen får regionerna följande belopp.\n\nRegion Dalarna 5 000 000 kr\nRegion Värmland 4 000 000 kr\nRegion Örebro län 3 000 000 kr\n',
      findings: [{ severity: 'warning', message: /^rubriken anger 90 000 000 kr; tabellens 3 rader summerar till 12 000 000 kr .*beloppet ligger 650 % från tabellens summa/ }],
    },
    {
      // 4 + 6 + 2 = 12 millions; the lead-in names 12,8 millions and a part of 0,8 for SKR: which sum is the table's is a reading.
      name: 'a lead-in caption naming several amounts',
      code: [{ file: 'i.md', text: md('Regeringen fördelar 12 800 000 kronor, varav 800 000 kronor till SKR, enligt följande:', south) }],
      findings: [{ severity: 'warning', message: /^rubriken anger 12 800 000 kr; tabellens 3 rader summerar till 12 000 000 kr .*inledningen nämner flera belopp/ }],
    },
    {
      // The same for a list's lead-in ending in a full stop.
      name: 'a list lead-in naming several amounts',
      // 4,0 + 2,5 + 2,0 = 8,5 millions; of 9,0 and 8,6 the nearer is 8,6.
      code: 'Av 9 000 000 kronor går 8 600 000 kronor till regionerna enligt nedan.\n\nRegion Dalarna 4 000 000 kr\nRegion Värmland 2 500 000 kr\nRegion Örebro län 2 000 000 kr\n',
      findings: [{ severity: 'warning', message: /^rubriken anger 8 600 000 kr; tabellens 3 rader summerar till 8 500 000 kr .*inledningen nämner flera belopp/ }],
    },
    {
      // The same for a list's lead-in (list captions were read before).
      name: 'a list lead-in naming a frame far from the list\'s sum',
      code: 'Av ramen på 80 000 000 kronor går följande belopp till regionerna:\n\nRegion Dalarna 5 000 000 kr\nRegion Värmland 4 000 000 kr\nRegion Örebro län 3 000 000 kr\n',
      findings: [{ severity: 'warning', message: /^rubriken anger 80 000 000 kr; tabellens 3 rader summerar till 12 000 000 kr .*beloppet ligger 567 % från tabellens summa/ }],
    },
  ],
});
