import { sum } from '../../../src/rules/text/sum.js';
import { ruleTester } from '../rule-tester.js';

/** A lead that gives a list's total and counts its recipients (counted-rows.ts), in wordings and layouts written for this test. */
const regions = (count: string, extra: string): string =>
  `Medel till kompetensförsörjning\n\nVerket fördelar 7,5 miljoner kronor till ${count} regioner för att stärka yrkesutbildningen.\n\nFördelningen:\n\n- Region Jönköpings län: 2,5 miljoner kronor\n- Region Östergötland: 2 miljoner kronor\n- Region Sörmland: 1,5 miljoner kronor\n${extra}`;
const clubs = (count: string, items: string): string =>
  `Bidrag till bygdegårdar\n\nKommunen ger sammanlagt 1 250 000 kronor till ${count} föreningar för att rusta upp sina lokaler.\n\n${items}`;
const fourClubs = '* Norrå bygdegård – 400 000 kronor\n* Sjötorps byalag – 350 000 kronor\n* Bergsviks hembygdsförening – 300 000 kronor\n* Lövsta IF – 200 000 kronor\n';
const threeClubs = '* Norrå bygdegård – 500 000 kronor\n* Sjötorps byalag – 450 000 kronor\n* Bergsviks hembygdsförening – 300 000 kronor\n';

ruleTester(sum, {
  valid: [
    { name: 'as many regions as counted', code: regions('fyra', '- Region Kalmar län: 1,5 miljoner kronor\n') },
    { name: 'as many clubs as counted', code: clubs('fyra', fourClubs) },
    // "14 projekt i fyra regioner": one of the counts is the rows'.
    { name: 'one of two counts is the rows', code: regions('3 projekt i fem', '') },
    // A count with a word of approximation is no number of rows.
    { name: 'a loose count', code: clubs('över två', threeClubs).replace('över två föreningar', 'drygt 20 föreningar') },
    // The amount is not the list's total: the sentence speaks of something else.
    { name: 'an amount the rows do not make', code: clubs('tre', fourClubs).replace('1 250 000', '2 250 000') },
    // A sentence about applications counts the applicants.
    { name: 'a count of applicants', code: clubs('fyra', threeClubs).replace('Kommunen ger sammanlagt 1 250 000 kronor till fyra föreningar för att rusta upp sina lokaler.', 'Fyra föreningar sökte och fick sammanlagt 1 250 000 kronor för att rusta upp sina lokaler.') },
  ],
  invalid: [
    {
      // A count that closes the list's lead-in is list-count's ("… till fyra föreningar:"), never told twice.
      name: 'a count closing the lead-in is told once',
      code: clubs('fyra', threeClubs).replace(' för att rusta upp sina lokaler.', ':'),
      findings: [{ severity: 'error', message: '"fyra föreningar" utlovar 4 punkter men listan har 3' }],
    },
    {
      name: 'fewer regions counted than the list has (a table)',
      code: regions('tre', '- Region Kalmar län: 1,5 miljoner kronor\n'),
      findings: [{ severity: 'warning', message: /^meningen räknar 3 mottagare \("tre regioner"\) men listan under den, vars rader summerar till meningens 7,5 miljoner kronor, har 4 rader/, expected: '3', actual: '4' }],
    },
    {
      name: 'more clubs counted than the list has (a prose list)',
      code: clubs('fyra', threeClubs),
      findings: [{ severity: 'warning', message: /^meningen räknar 4 mottagare \("fyra föreningar"\) men listan under den, vars rader summerar till meningens 1 250 000 kronor, har 3 rader/, expected: '4', actual: '3' }],
    },
  ],
});
