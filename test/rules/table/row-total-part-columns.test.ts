import { describe, expect, it } from 'vitest';
import { rowTotal } from '../../../src/rules/table/row-total.js';
import { findingsOf } from '../rule-tester.js';

/**
 * A column that names itself a part of another ("Därav finansiell leasing", "varav kvinnor") is
 * no addend of the row's total. Tables and figures written for this test, sums checked by hand:
 * Maskiner 1 200 + Inventarier 450 + Fordon 350 = 2 000, of which leasing 300; 900 + 380 + 220 =
 * 1 500, of which 150; 1 050 + 410 + 40 = 1 500, of which 0.
 */
const head = ['Tkr', 'Maskiner', 'Därav finansiell leasing', 'Inventarier', 'Fordon', 'Summa'];
const body = [
  ['Anskaffningsvärde', '1 200', '300', '450', '350', '2 000'],
  ['Avskrivningar', '900', '150', '380', '220', '1 500'],
  ['Bokfört värde', '1 050', '0', '410', '40', '1 500'],
];
const gfm = (h: string[], rows: string[][]) => ['Materiella anläggningstillgångar', '', `| ${h.join(' | ')} |`, `|${h.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`), ''].join('\n');
const tabs = (h: string[], rows: string[][]) => ['Materiella anläggningstillgångar', '', h.join('\t'), ...rows.map((r) => r.join('\t')), ''].join('\n');

describe('a "därav" column beside the parts of a row total', () => {
  for (const [layout, of, file] of [['GFM', gfm, 'a.md'], ['tab-separated', tabs, 'b.txt']] as const) {
    it(`is left out of the total, ${layout}`, () => {
      expect(findingsOf(rowTotal, [{ file, text: of(head, body) }]).filter((f) => f.severity !== 'info')).toEqual([]);
    });

    it(`leaves a row whose real parts do not make the total reported, ${layout}`, () => {
      // Avskrivningar: 900 + 380 + 220 = 1 500, printed 1 600.
      const rows = body.map((r) => (r[0] === 'Avskrivningar' ? [...r.slice(0, 5), '1 600'] : r));
      const found = findingsOf(rowTotal, [{ file, text: of(head, rows) }]).filter((f) => f.severity !== 'info');
      expect(found.map((f) => [f.expected, f.actual])).toEqual([['1600000', '1500000']]);
    });
  }

  it('is left out in the other wording ("varav kvinnor") too', () => {
    // Sökande 40 + 25 = 65, of whom women 30; 12 + 8 = 20, of whom 11.
    const h = ['Län', 'Sökande 2022', 'varav kvinnor', 'Sökande 2023', 'Totalt'];
    const rows = [
      ['Norra', '40', '30', '25', '65'],
      ['Södra', '12', '11', '8', '20'],
    ];
    expect(findingsOf(rowTotal, [{ file: 'c.md', text: gfm(h, rows) }]).filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
