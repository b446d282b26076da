import { sum } from '../../../src/rules/text/sum.js';
import { ruleTester } from '../rule-tester.js';

/**
 * A lead that ends in a full stop and counts its recipients, or states a total, over a list of
 * items (list-sum.ts), in wordings written for this test.
 */
const towns = (lead: string, amounts: string[]): string => [lead, '', ...['Alby', 'Beby', 'Ceby', 'Deby'].slice(0, amounts.length).map((n, i) => `- ${n}: ${amounts[i]}`), ''].join('\n');
const projects = (lead: string, amounts: string[]): string =>
  [lead, '', ...amounts.map((a, i) => `${i + 1}. Projekt ${['Fjällbete', 'Skogsväg', 'Bygdehus'][i]}, ${a}`), ''].join('\n');

ruleTester(sum, {
  valid: [
    { name: 'four towns that make the lead', code: towns('Fyra kommuner får dela på 245 miljoner kronor.', ['80 miljoner', '70 miljoner', '60 miljoner', '35 miljoner']) },
    // Three items under a lead that counts four: the list is no split of the lead.
    { name: 'fewer items than the lead counts', code: towns('Fyra kommuner får dela på 245 miljoner kronor.', ['80 miljoner', '70 miljoner', '60 miljoner']) },
    // No word of sharing out: "har i år 245 miljoner kronor" is no payout to the four.
    { name: 'a lead that pays nothing out', code: towns('Fyra kommuner har i år en budget om 245 miljoner kronor.', ['80 miljoner', '70 miljoner', '60 miljoner', '45 miljoner']) },
    { name: 'a total right over the list that it makes', code: towns('Totalt fördelas 255 miljoner kronor till kommunerna.', ['80 miljoner', '70 miljoner', '60 miljoner', '45 miljoner']) },
  ],
  invalid: [
    // A total over a list that counts otherwise: the list is not its split, and only the count is told.
    {
      name: 'a total over a list the lead counts otherwise',
      code: towns('Sammanlagt 245 miljoner kronor betalas ut till fem kommuner.', ['80 miljoner', '70 miljoner', '60 miljoner', '45 miljoner']),
      findings: [{ severity: 'warning', message: /^"fem kommuner" utlovar 5 punkter men listan har 4/ }],
    },
    {
      name: 'a total that ends in a full stop right over bullets that exceed it warns',
      code: towns('Sammanlagt 245 miljoner kronor betalas ut till kommunerna.', ['80 miljoner', '70 miljoner', '60 miljoner', '45 miljoner']),
      findings: [
        {
          severity: 'warning',
          message:
            'listans 4 belopp summerar till 255 000 000 kr; meningen före listan anger 245 000 000 kr (skillnad 10 000 000 kr, avrundning tillåter ±2 500 000 kr) — osäker läsning: att listan delar upp beloppet i meningen är läst ur att den står direkt efter meningen, som inte slutar med kolon',
          expected: '245000000',
          actual: '255000000',
        },
      ],
    },
    {
      name: 'a total over numbered items that fall short warns too',
      code: projects('Totalt beviljades 1 200 000 kronor i projektstöd.', ['400 000 kronor', '350 000 kronor', '250 000 kronor']),
      findings: [{ severity: 'warning', message: /^listans 3 belopp summerar till 1 000 000 kr; meningen före listan anger 1 200 000 kr .*som inte slutar med kolon$/, expected: '1200000', actual: '1000000' }],
    },
    {
      name: 'four towns that exceed the lead warn',
      code: towns('Fyra kommuner får dela på 245 miljoner kronor.', ['80 miljoner', '70 miljoner', '60 miljoner', '45 miljoner']),
      findings: [
        {
          severity: 'warning',
          message:
            'listans 4 belopp summerar till 255 000 000 kr; meningen före listan anger 245 000 000 kr (skillnad 10 000 000 kr, avrundning tillåter ±2 500 000 kr) — osäker läsning: att listans punkter är ingressens mottagare är läst ur att de är lika många som den räknar (4)',
          expected: '245000000',
          actual: '255000000',
        },
      ],
    },
    {
      name: 'three numbered projects that fall short of the lead warn too',
      code: projects('Nämnden beviljade 1 200 000 kronor till tre projekt.', ['400 000 kronor', '350 000 kronor', '250 000 kronor']),
      findings: [{ severity: 'warning', message: /^listans 3 belopp summerar till 1 000 000 kr; meningen före listan anger 1 200 000 kr .*lika många som den räknar \(3\)$/, expected: '1200000', actual: '1000000' }],
    },
  ],
});
