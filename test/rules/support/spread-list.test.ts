import { sum } from '../../../src/rules/text/sum.js';
import { ruleTester } from '../rule-tester.js';

/**
 * A counted lead over items that each carry a description paragraph under them, so that each
 * item is a list of its own in the text (spread-list.ts, read by list-count.ts). Wordings
 * written for this test; every count checked by hand.
 */
ruleTester(sum, {
  valid: [
    {
      // Three numbered items, 1–3, a paragraph under each: three items, as the lead says.
      name: 'numbered items with a paragraph under each make the count',
      code:
        'Så här fördelas de tre projekten:\n\n' +
        '1. Skogsprogrammet\n\nLänsstyrelsen ska ta fram programmet.\n\n' +
        '2. Attraktiv ort\n\nKommunen ska locka arbetskraft.\n\n' +
        '3. Banan\n\nTåg AB ska beskriva stråken.\n',
    },
    {
      // Four bullets in Markdown, descriptions between them: four items.
      name: 'bullets with descriptions between them make the count',
      code: [
        {
          file: 'delar.md',
          text: 'Projektet har fyra delar:\n\n- Första delen\n\nEn kartläggning av behoven.\n\n- Andra delen\n\nEn utbildning.\n\n- Tredje delen\n\n- Fjärde delen\n',
        },
      ],
    },
  ],
  invalid: [
    {
      // "tre projekten:" over items 1 and 2 only, a paragraph between: two items, a warning (where the list ends is a reading).
      name: 'spread items that fall short of the count',
      code: 'Så här fördelas de tre projekten:\n\n1. Skogsprogrammet\n\nLänsstyrelsen ska ta fram programmet.\n\n2. Attraktiv ort\n\nKommunen ska locka arbetskraft.\n',
      findings: [
        {
          severity: 'warning',
          message: '"tre projekten" utlovar 3 punkter men listan har 2 — osäker läsning: listans punkter står åtskilda av stycken, och var listan slutar är läst ur deras tecken',
        },
      ],
    },
    {
      // Numbers that start over (1, then 1 again) are another list: the first list has one item, as before an error.
      name: 'a second list that starts its numbers over is not the first one going on',
      code: 'Så här fördelas de tre projekten:\n\n1. Skogsprogrammet\n\nEn annan lista följer.\n\n1. Första punkten\n2. Andra punkten\n',
      findings: [
        {
          severity: 'error',
          message: '"tre projekten" utlovar 3 punkter men listan har 1',
        },
      ],
    },
  ],
});
