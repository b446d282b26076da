import { describe, expect, it } from 'vitest';
import { rowTotal } from '../../../src/rules/table/row-total.js';
import { findingsOf } from '../rule-tester.js';

/**
 * A two-level header pasted one cell a line, the group titles among the column titles: more
 * titles than the rows have figures. Read from its last titles, the header stands two columns
 * off, and a column titled "Totalt" holds the "Utfall" figures. Tables written for this test:
 * per row Anslag, Utfall, then Bidrag as Totalt = Staten + Regionen (120 = 70 + 50, …).
 */
const titles = ['Område', 'Anslag', 'Utfall', 'Bidrag', 'Totalt', 'Varav från', 'Staten', 'Regionen'];
const rows = [
  ['Norra', '500', '480', '120', '70', '50'],
  ['Södra', '640', '610', '90', '60', '30'],
  ['Östra', '300', '310', '45', '25', '20'],
  ['Västra', '420', '400', '80', '50', '30'],
  ['Mellersta', '380', '350', '60', '40', '20'],
];
const caption = 'Stöd till områdena 2022, tkr';
/** Every cell a paragraph of its own, blank lines between, as a web table pasted as text. */
const paragraphs = [caption, '', ...titles.flatMap((t) => [t, '']), ...rows.flat().flatMap((c) => [c, ''])].join('\n');
/** Every cell a line, no blank lines. */
const plain = [caption, '', ...titles, ...rows.flat(), ''].join('\n');

describe('a header with titles left above it', () => {
  // Read a cell a paragraph, "Anslag" is taken for a title over every column and "Område" is left above;
  // read a cell a line, both are left above.
  for (const [layout, text, left] of [['a cell a paragraph', paragraphs, 'Område'], ['a cell a line', plain, 'Område / Anslag']] as const) {
    it(`makes a total read from its titles a warning naming them, ${layout}`, () => {
      const found = findingsOf(rowTotal, [{ file: 'a.txt', text }]).filter((f) => f.severity !== 'info');
      expect(found.length).toBeGreaterThan(0);
      expect(found.every((f) => f.severity === 'warning')).toBe(true);
      expect(found.every((f) => f.message.includes(`("${left}" står ovanför den)`))).toBe(true);
    });
  }

  it('leaves a header that fits its rows certain: a wrong total is an error', () => {
    // Norra: 70 + 50 = 120, printed 125.
    const head = ['Område', 'Staten', 'Regionen', 'Totalt'];
    const body = [
      ['Norra', '70', '50', '125'],
      ['Södra', '60', '30', '90'],
      ['Östra', '25', '20', '45'],
      ['Västra', '50', '30', '80'],
      ['Mellersta', '40', '20', '60'],
    ];
    const text = [caption, '', ...head, ...body.flat(), ''].join('\n');
    const found = findingsOf(rowTotal, [{ file: 'b.txt', text }]).filter((f) => f.severity !== 'info');
    expect(found.map((f) => [f.severity, f.expected, f.actual])).toEqual([['error', '125000', '120000']]);
  });
});
