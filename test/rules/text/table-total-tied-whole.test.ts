import { tableTotal } from '../../../src/rules/text/table-total.js';
import { ruleTester } from '../rule-tester.js';

/**
 * A sentence calling its amount the whole ("totalt", "sammanlagt") right before a lead-in that
 * shares out "pengarna" or "medlen" and names no amount: the money the list shares out, however
 * far its sum is from it (a misprinted digit can put it anywhere). A reading, so a warning that
 * says how far. Written for this test, in two layouts (bullets, HTML list) and wordings.
 */
const FAR = (percent: number): string => `beloppet ligger ${percent} % från tabellens summa; en utelämnad rad eller en felskriven siffra kan förklara det, men också att meningen talar om en annan summa`;
const WITHIN = (word: string): string => `att listan fördelar beloppet i meningen före är läst ur ledets "${word}"`;

const bullets = (whole: string, lead: string, last: string): string =>
  `Beslutet fattades i veckan.\n\n${whole}\n\n${lead}\n\n- Kronobergs län, 2 072 mnkr\n- Gotlands län, 112,9 mnkr\n- Värmlands län, ${last}\n\nMottagarna redovisar i februari.\n`;
const html = (whole: string, lead: string, last: string): { file: string; text: string } => ({
  file: 'p.html',
  text: `<html><body><p>${whole} ${lead}</p><ul><li>Region Kalmar län: 30 miljoner kronor</li><li>Region Kronoberg: 25 miljoner kronor</li><li>Region Gotland: ${last}</li></ul><p>Pengarna betalas ut i maj.</p></body></html>`,
});

ruleTester(tableTotal, {
  valid: [
    // 2 072 + 112,9 + 1 076 = 3 260,9.
    { name: 'bullets: the whole the list adds up to', code: bullets('I årets fördelning ingår totalt 3 260,9 mnkr.', 'Så här fördelas pengarna:', '1 076 mnkr') },
    // No word calling the amount the whole: 5 260,9 against 3 260,9 may be any other sum.
    { name: 'bullets: an amount not called the whole, far off', code: bullets('Förra årets ram var 5 260,9 mnkr.', 'Så här fördelas pengarna:', '1 076 mnkr') },
    // A sentence between the whole and the lead-in: the lead-in's money may be another.
    { name: 'bullets: the whole a sentence before the one before the lead-in', code: bullets('Totalt fördelas 5 260,9 mnkr. Beslutet gäller för i år.', 'Så här fördelas pengarna:', '1 076 mnkr') },
  ],
  invalid: [
    {
      // 2 072 + 112,9 + 5 076 = 7 260,9 against 3 260,9: 4 000 off, 55 % of 7 260,9.
      name: 'bullets: a digit misprinted in one item, the whole in the paragraph before the lead-in',
      code: bullets('I årets fördelning ingår totalt 3 260,9 mnkr.', 'Så här fördelas pengarna:', '5 076 mnkr'),
      findings: [{ severity: 'warning', message: new RegExp(`^texten anger 3 260 900 000 kr; tabellens 3 rader summerar till 7 260 900 000 kr \\(skillnad 4 000 000 000 kr.*\\) — osäker läsning: ${WITHIN('pengarna')}; ${FAR(55)}$`), line: 3 }],
    },
    {
      // 30 + 25 + 95 = 150 against 80: 70 off, 47 % of 150.
      name: 'HTML: "sammanlagt" before a lead-in sharing out "medlen", one item far too large',
      code: [html('Regionerna får sammanlagt 80 miljoner kronor.', 'I år fördelas medlen så här:', '95 miljoner kronor')],
      findings: [{ severity: 'warning', message: new RegExp(`^texten anger 80 000 000 kr; tabellens 3 rader summerar till 150 000 000 kr \\(skillnad 70 000 000 kr.*\\) — osäker läsning: ${WITHIN('medlen')}; ${FAR(47)}$`), line: 1 }],
    },
  ],
});
