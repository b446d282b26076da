import { describe, expect, it } from 'vitest';
import { sum } from '../../../src/rules/text/sum.js';
import { ruleTester } from '../rule-tester.js';
import { buildDocument } from '../../../src/document/build.js';
import { readMarkdown } from '../../../src/readers/markdown.js';
import { listTotalItem } from '../../../src/rules/support/list-total-item.js';
import { bulletLists } from '../../../src/rules/support/lists.js';

// A list that ends with its own total line, under a heading, a lead with the whole, or nothing.
ruleTester(sum, {
  valid: [
    {
      // 1 283 998 + 1 054 374 + 841 498 = 3 179 870.
      name: 'a list under a heading whose "Summa" line is the sum of its items',
      code: '## Fördelning per kassa\n\n* Kassa Norr 1 283 998 kr\n* Kassa Syd 1 054 374 kr\n* Kassa Väst 841 498 kr\n* Summa 3 179 870 kr\n',
    },
    {
      // 4 250 000 + 6 250 000 = 10 500 000: the "Totalt" line is no third part of the lead's whole.
      name: 'a lead that states the whole, and a total line at the end of the list',
      code: 'Bidraget på 10 500 000 kronor fördelas så här:\n\n- Förebyggande arbete: 4 250 000 kronor\n- Utbildning: 6 250 000 kronor\n- Totalt: 10 500 000 kronor\n',
    },
    {
      name: 'a list with a total line and an item without an amount is no breakdown of money',
      code: '## Stöd\n\n* Kassa A 100 000 kr\n* Kassa B, beslut senare\n* Kassa C 50 000 kr\n* Summa 150 000 kr\n',
    },
    {
      // Three kassor and a "Summa" line: the count is of the three (2 + 3 + 5 = 10).
      name: 'a counted list whose total line is no item of the count',
      code: 'Bidraget går till tre kassor:\n\n- Kassa A 2 000 kr\n- Kassa B 3 000 kr\n- Kassa C 5 000 kr\n- Summa 10 000 kr\n',
    },
  ],
  invalid: [
    {
      // "Summa norr" is a subtotal: which items make which sum is not read, so the total is reported as not compared (list-section-total.ts).
      name: 'a subtotal among the items leaves the list unread',
      code: 'Fördelning:\n\n- Kassa A 100 kr\n- Kassa B 200 kr\n- Summa norr 300 kr\n- Kassa C 50 kr\n- Totalt 360 kr\n',
      findings: [{ severity: 'info', message: 'listans sista summarad (360 kr) står efter summor för listans avsnitt, men vilka belopp som bildar vilken summa går inte att läsa ut (ett avsnitt stämmer inte med sin summa eller listan har bara ett): summorna är inte jämförda' }],
    },
    {
      // 1 283 998 + 1 054 374 + 841 498 = 3 179 870, not 3 179 880: whole kronor, a certain error.
      name: 'a numbered list whose "Sammanlagt" line is 10 kronor off',
      code: 'Pengarna går till tre kassor.\n\n1. Kassa Norr 1 283 998 kr\n2. Kassa Syd 1 054 374 kr\n3. Kassa Väst 841 498 kr\n4. Sammanlagt 3 179 880 kr\n',
      findings: [
        {
          severity: 'error',
          message: 'listans 3 belopp summerar till 3 179 870 kr; listans summarad anger 3 179 880 kr (skillnad 10 kr)',
          line: 6,
          column: 15,
          expected: '3179880',
          actual: '3179870',
        },
      ],
    },
    {
      // 40,2 + 36,1 = 76,3 against 76,4: each figure is ±0,05 million, so the sum may be 76,4 — an info.
      name: 'a total line in rounded millions that fits the rounding',
      code: 'Medlen fördelas på två områden.\n\n- Förebyggande arbete: 40,2 mnkr\n- Utbildning: 36,1 mnkr\n- Totalt: 76,4 mnkr\n',
      findings: [
        {
          severity: 'info',
          message: 'listans 2 belopp summerar till 76 300 000 kr; listans summarad anger 76 400 000 kr (skillnad 100 000 kr, avrundning tillåter ±150 000 kr) — stämmer inom avrundningen',
          line: 5,
          column: 11,
        },
      ],
    },
    {
      // 4 000 + 6 000 + 1 000 = 11 000 against 10 000: every amount ends in 000 and may be rounded to thousands.
      name: 'amounts that all end in 000 make the mismatch a warning',
      code: '## Fördelning per kassa\n\n* Kassa Ett 4 000 kr\n* Kassa Två 6 000 kr\n* Kassa Tre 1 000 kr\n* Totalt 10 000 kr\n',
      findings: [
        {
          severity: 'warning',
          message:
            'listans 3 belopp summerar till 11 000 kr; listans summarad anger 10 000 kr (skillnad 1 000 kr) — osäker läsning: alla belopp i listan slutar på 000 och ser avrundade ut; skillnaden ryms i en sådan avrundning',
        },
      ],
    },
    {
      // 4,5 + 12 = 16,5 against 18: "cirka 4,5" is approximate, so the reading cannot carry an error.
      name: 'an approximate item makes the mismatch a warning',
      code: 'Så fördelas stödet:\n\n- Region Halland: cirka 4,5 miljoner kronor\n- Gotland: 12 miljoner kronor\n- Summa: 18 miljoner kronor\n',
      findings: [
        {
          severity: 'warning',
          // 4,5 ± 0,05 + 12 ± 0,5 + 18 ± 0,5: the rounding allows ±1,05 million.
          message:
            'listans 2 belopp summerar till 16 500 000 kr; listans summarad anger 18 000 000 kr (skillnad 1 500 000 kr, avrundning tillåter ±1 050 000 kr) — osäker läsning: beloppet cirka 4,5 miljoner kronor är inte exakt angivet',
          line: 5,
          column: 10,
        },
      ],
    },
  ],
});

describe('listTotalItem', () => {
  it('splits the last item off as the total, the other items as parts', () => {
    const doc = buildDocument(readMarkdown('t.md', '## Fördelning\n\n* A 1 kr\n* B 2 kr\n* Totalt 3 kr\n'));
    const [list] = bulletLists(doc);
    const found = listTotalItem(doc, list!.items);
    expect(found?.parts.map((p) => p.raw)).toEqual(['1 kr', '2 kr']);
    expect(found?.total.raw).toBe('3 kr');
  });
  it('reads no total in a list of two items or without a total word', () => {
    const two = buildDocument(readMarkdown('t.md', '* A 1 kr\n* Totalt 1 kr\n'));
    expect(listTotalItem(two, bulletLists(two)[0]!.items)).toBeNull();
    const none = buildDocument(readMarkdown('t.md', '* A 1 kr\n* B 2 kr\n* C 3 kr\n'));
    expect(listTotalItem(none, bulletLists(none)[0]!.items)).toBeNull();
  });
});
