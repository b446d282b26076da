import { sum } from '../../../src/rules/text/sum.js';
import { ruleTester } from '../rule-tester.js';

/** Grants told amount first without bullets (amount-first-lines.ts, counted-grants.ts), in wordings and layouts written for this test. */
const paragraphs = (total: string, c: string): string =>
  `Nya pengar till vattenvård\n\nHavsmyndigheten har beviljat totalt ${total} miljoner kronor till följande insatser:\n\n4,2 mnkr till Ljusnans vattenråd för att återställa flottledsrensade sträckor i biflödena.\n\n1,8 mnkr till Hornborgasjöns intressenter som ska utreda fosforläckaget. Arbetet pågår i två år.\n\n${c} mnkr till Emåförbundet för fria vandringsvägar vid tre kraftverksdammar.\n\nBeslutet kan inte överklagas.\n`;
const lines = (total: string, b: string): string =>
  `Stöd till besöksnäringen\n\nRegionen fördelar ${total} kronor så här:\n750 000 kronor går till Kustleden ekonomisk förening som bygger ut cykelleden längs skärgården.\n${b} kronor till projektet Vinterfjäll där tre byar utvecklar turism under lågsäsong.\n`;
const counted = (total: string, c: string): string =>
  `Innovationsstöd\n\nVerket har beviljat sammanlagt ${total} miljoner kronor till tre projekt.\n\n6,5 mnkr till projektet Tyst asfalt som provar nya beläggningar i tätorter.\n\n4,0 mnkr till projektet Snabbladd där två kommuner bygger laddplatser.\n\n${c} mnkr till projektet Lokal mat för skolkök i glesbygd.\n`;

ruleTester(sum, {
  valid: [
    { name: 'paragraphs that make the lead-in', code: paragraphs('8,1', '2,1') },
    { name: 'lines that make the lead-in', code: lines('1 200 000', '450 000') },
    { name: 'counted lines that make the lead', code: counted('12,7', '2,2') },
    // A line that does not open with its amount leaves the lead-in unread.
    { name: 'a line in another shape', code: paragraphs('8,1', '2,4').replace('mnkr till Emåförbundet', 'mnkr. Emåförbundet får') },
  ],
  invalid: [
    {
      name: 'paragraphs that miss the lead-in warn',
      code: paragraphs('8,1', '2,4'),
      findings: [{ severity: 'warning', message: /^de 3 raderna som börjar med sitt belopp efter inledningen summerar till 8 400 000 kr; inledningen anger 8 100 000 kr.*osäker läsning/, expected: '8100000', actual: '8400000' }],
    },
    {
      name: 'lines that miss the lead-in warn',
      code: lines('1 250 000', '450 000'),
      findings: [{ severity: 'warning', message: /^de 2 raderna som börjar med sitt belopp efter inledningen summerar till 1 200 000 kr; inledningen anger 1 250 000 kr/, expected: '1250000', actual: '1200000' }],
    },
    {
      name: 'counted lines that miss the lead warn',
      code: counted('12,7', '2,6'),
      findings: [{ severity: 'warning', message: /^de 3 meningarna som beviljar belopp efter ingressen summerar till 13 100 000 kr; ingressen anger 12 700 000 kr till 3 mottagare/, expected: '12700000', actual: '13100000' }],
    },
  ],
});
