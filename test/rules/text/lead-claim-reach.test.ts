import { tableTotal } from '../../../src/rules/text/table-total.js';
import { ruleTester } from '../rule-tester.js';

/**
 * A page's lead (headings and first paragraph, above the tables) that pays out an amount within
 * 10 % of the one table's total, beyond the 2 % a verb alone links with certainty: the lead
 * probably claims the total, so the mismatch is a warning that says the link is read. Pages
 * written for this test, in a tab layout and a Markdown layout.
 */
const FAR = (percent: string): string =>
  `att meningen talar om tabellen är läst ur att den betalar ut eller fördelar pengar och att beloppet ligger inom ${percent} % av tabellens summa, den enda så nära; den nämner inte tabellen`;
const tabPage = (lead: string, later = ''): string =>
  [lead, '', 'Satsningen är en del av en reform.', '', later, '', 'Tabell 1. Fördelning per region', '', 'Region\tBelopp (kr)', 'Kalmar\t100 000 000', 'Gotland\t150 000 000', 'Summa\t250 000 000', ''].join('\n');
const mdPage = (title: string, lead: string): string =>
  `# ${title}\n\n${lead}\n\nPengarna ska gå till arbetet mot våld i nära relationer.\n\n| Län | Belopp (kr) |\n|---|---|\n| Stockholms län | 27 000 000 |\n| Uppsala län | 10 000 000 |\n| Skåne län | 15 000 000 |\n| Totalt | 52 000 000 |\n`;

ruleTester(tableTotal, {
  valid: [
    // 250 000 000 said in the second paragraph, not the lead: no claim is read.
    { name: 'an amount 6 % off in a later paragraph', code: tabPage('Regeringen har fattat beslut om medel till regionerna.', 'Regeringen betalar ut 265 miljoner kronor till regionerna.') },
    // The lead's other amount is the table's total: the 265 million speak of something else.
    { name: 'a lead whose other amount is the total', code: tabPage('Regeringen betalar ut 265 miljoner kronor, varav 250 miljoner kronor till regionerna.') },
    // "ytterligare" makes the amount a part of a larger whole.
    { name: 'a lead that pays out a further amount', code: tabPage('Regeringen betalar ut ytterligare 265 miljoner kronor till regionerna.') },
    // 52 000 000 against 52 000 000.
    { name: 'Markdown: the lead states the total', code: [{ file: 'p.md', text: mdPage('Stöd till länsstyrelserna', 'Länsstyrelsen delar ut 52 miljoner kronor i år.') }] },
    // 58 000 000 is 12 % off: beyond the reach of any link.
    { name: 'Markdown: a lead 12 % off', code: [{ file: 'p.md', text: mdPage('Stöd till länsstyrelserna', 'Länsstyrelsen delar ut 58 miljoner kronor i år.') }] },
  ],
  invalid: [
    {
      // 100 000 000 + 150 000 000 = 250 000 000 against 265 miljoner: 6 % off.
      name: 'tab table: a lead 6 % off the table paragraphs below',
      code: tabPage('Regeringen betalar ut 265 miljoner kronor till regionerna.'),
      findings: [{ severity: 'warning', message: `texten anger 265 000 000 kr; summaraden anger 250 000 000 kr (skillnad 15 000 000 kr, avrundning tillåter ±500 000 kr) — osäker läsning: ${FAR('6')}`, line: 1 }],
    },
    {
      // 27 + 10 + 15 = 52 miljoner against 55 miljoner in the first paragraph under the title: 6 % off.
      name: 'Markdown: a lead under the title 6 % off the total row',
      code: [{ file: 'p.md', text: mdPage('Stöd till länsstyrelserna', 'Länsstyrelsen delar ut 55 miljoner kronor i år.') }],
      findings: [{ severity: 'warning', message: `texten anger 55 000 000 kr; summaraden anger 52 000 000 kr (skillnad 3 000 000 kr, avrundning tillåter ±500 000 kr) — osäker läsning: ${FAR('6')}`, line: 3 }],
    },
  ],
});
