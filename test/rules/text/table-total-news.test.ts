import { tableTotal } from '../../../src/rules/text/table-total.js';
import { ruleTester } from '../rule-tester.js';

/**
 * Lead sentences of news pages that share money out by a list ("får dela på", "delar ut",
 * "beviljade"), paragraphs above it: pages written for this test, two wordings each.
 */
const page = (lead: string, rows: string[]): string => [lead, '', 'Så här fördelas pengarna:', '', ...rows, ''].join('\n');
const norr = ['Luleå 30,1 miljoner kronor', 'Piteå 18', 'Kiruna 12,4', 'Boden 9,5'];

ruleTester(tableTotal, {
  valid: [
    { name: '"får dela på" the list\'s sum', code: page('Kommunerna i Norrbotten får dela på 70 miljoner kronor i år.', norr) },
    { name: '"beviljade" the list\'s sum', code: page('Länsstyrelsen beviljade i går 70,0 miljoner kronor till fyra kommuner.', norr) },
    // 282 millions for municipalities and region together: far from the municipalities' list, about something else.
    { name: 'a lead total far from the list', code: page('Kommunerna och regionen får dela på drygt 282 miljoner kronor.', norr) },
  ],
  invalid: [
    {
      name: '"delar ut" a total the list misses by one figure',
      code: page('Regionen delar ut 70,0 miljoner kronor till kommunerna.', ['Luleå 30,1 miljoner kronor', 'Piteå 18', 'Kiruna 12,4', 'Boden 9,1']),
      findings: [{ severity: 'error', message: 'texten anger 70 000 000 kr; tabellens 4 rader summerar till 69 600 000 kr (skillnad 400 000 kr, avrundning tillåter ±250 000 kr)' }],
    },
    {
      name: '"fick dela på" with bullets of regions',
      code: page('Regionerna i norr fick dela på 45,5 miljoner kronor.', ['- Norrbotten: 20,0 miljoner kronor', '- Västerbotten: 15,0 miljoner kronor', '- Jämtland: 10,0 miljoner kronor']),
      findings: [{ severity: 'error', message: 'texten anger 45 500 000 kr; tabellens 3 rader summerar till 45 000 000 kr (skillnad 500 000 kr, avrundning tillåter ±200 000 kr)' }],
    },
  ],
});

/** A particle verb with a word or two between verb and particle ("betalar nu ut", "delar länsstyrelsen ut"): pages written for this test. */
ruleTester(tableTotal, {
  valid: [
    { name: '"betalar nu ut" the list\'s sum', code: page('Regionen betalar nu ut 69,6 miljoner kronor till kommunerna.', ['Luleå 30,1 miljoner kronor', 'Piteå 18', 'Kiruna 12,4', 'Boden 9,1']) },
    // A negation says the amount is not paid out by the list.
    { name: '"betalas inte ut"', code: page('I år betalas inte 70,0 miljoner kronor ut, som det var tänkt.', ['Luleå 30,1 miljoner kronor', 'Piteå 18', 'Kiruna 12,4', 'Boden 9,1']) },
  ],
  invalid: [
    {
      // 30,1 + 18 + 12,4 + 9,1 = 69,6 against 70,0.
      name: '"betalar nu ut" a total the list misses',
      code: page('Regionen betalar nu ut 70,0 miljoner kronor till kommunerna.', ['Luleå 30,1 miljoner kronor', 'Piteå 18', 'Kiruna 12,4', 'Boden 9,1']),
      findings: [{ severity: 'error', message: 'texten anger 70 000 000 kr; tabellens 4 rader summerar till 69 600 000 kr (skillnad 400 000 kr, avrundning tillåter ±250 000 kr)' }],
    },
    {
      // 20 + 15 + 10 = 45,0 against 45,5.
      // 30,1 + 18 + 12,4 + 9,1 = 69,6 against 70,0.
      name: '"betalas 70,0 miljoner kronor ut", the amount between verb and particle',
      code: page('Nu betalas 70,0 miljoner kronor ut till kommunerna i Norrbotten.', ['Luleå 30,1 miljoner kronor', 'Piteå 18', 'Kiruna 12,4', 'Boden 9,1']),
      findings: [{ severity: 'error', message: 'texten anger 70 000 000 kr; tabellens 4 rader summerar till 69 600 000 kr (skillnad 400 000 kr, avrundning tillåter ±250 000 kr)' }],
    },
    {
      name: '"delar länsstyrelsen ut", the subject between verb and particle',
      code: page('I år delar länsstyrelsen ut 45,5 miljoner kronor.', ['- Norrbotten: 20,0 miljoner kronor', '- Västerbotten: 15,0 miljoner kronor', '- Jämtland: 10,0 miljoner kronor']),
      findings: [{ severity: 'error', message: 'texten anger 45 500 000 kr; tabellens 3 rader summerar till 45 000 000 kr (skillnad 500 000 kr, avrundning tillåter ±200 000 kr)' }],
    },
  ],
});
