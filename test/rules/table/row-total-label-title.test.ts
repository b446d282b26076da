import { describe, expect, it } from 'vitest';
import { rowTotal } from '../../../src/rules/table/row-total.js';
import { docOf, findingsOf } from '../rule-tester.js';

/**
 * A note of fixed assets pasted one cell a line, the unit's line above five titles and every row a
 * label and four figures: the page left each row's "Därav" cell out. Read with the first title
 * as the rows' title, every title stands a column off and "Därav leasade" is over the vehicles'
 * figures. Written for this test: Byggnader + Inventarier + Fordon = Summa on every row
 * (1 200 + 340 + 85 = 1 625, …); "Belopp i tkr" is the rows' title.
 */
const unit = 'Belopp i tkr';
const titles = ['Byggnader', 'Inventarier', 'Fordon', 'Därav leasade', 'Summa'];
const body = [
  ['Ingående värde', '1 200', '340', '85', '1 625'],
  ['Investeringar', '150', '60', '20', '230'],
  ['Avskrivningar', '-90', '-45', '-15', '-150'],
  ['Utgående värde', '1 260', '355', '90', '1 705'],
];
const paragraphs = (rows: string[][]) => ['Not 7 Materiella anläggningstillgångar', '', unit, '', ...titles.flatMap((t) => [t, '']), ...rows.flat().flatMap((c) => [c, ''])].join('\n');
const lines = (rows: string[][]) => ['Not 7 Materiella anläggningstillgångar', '', unit, '', ...titles, ...rows.flat(), ''].join('\n');
/** Investeringar printed 240 where its parts make 230: wrong whichever column the titles name. */
const wrong = body.map((r) => (r[0] === 'Investeringar' ? [...r.slice(0, 4), '240'] : r));

describe('a unit line above a header whose first title was read as the rows’ title', () => {
  for (const [layout, write] of [['a cell a paragraph', paragraphs], ['a cell a line', lines]] as const) {
    it(`marks the table's titles in doubt, ${layout}`, () => {
      const table = docOf({ file: 'a.txt', text: write(body) }).tables[0]!;
      expect(table.labelHeader).toBe('Byggnader');
      expect(table.labelTitleInDoubt).toBe('Belopp i tkr');
    });

    it(`finds nothing where the figures add up with the "Därav" column among them, ${layout}`, () => {
      expect(findingsOf(rowTotal, [{ file: 'a.txt', text: write(body) }]).filter((f) => f.severity !== 'info')).toEqual([]);
    });

    it(`warns, never errs, where no reading adds up, naming the doubt, ${layout}`, () => {
      const found = findingsOf(rowTotal, [{ file: 'a.txt', text: write(wrong) }]).filter((f) => f.severity !== 'info');
      // As read, "Inventarier" and "Fordon" hold 150 and 60 and "Därav leasade" the 20: 210 against 240.
      expect(found.map((f) => [f.severity, f.expected, f.actual])).toEqual([['warning', '240000', '210000']]);
      expect(found[0]!.message).toContain('"Belopp i tkr" ovanför rubriken kan vara radernas rubrik, och "Byggnader" då en kolumns');
    });
  }

  it('leaves a header whose first title names the rows certain', () => {
    // "Region" is the rows' title: the header fits, and a wrong total is an error.
    const head = ['Region', 'Drift', 'Investering', 'Summa'];
    const rows = [
      ['Norr', '500', '120', '620'],
      ['Mitt', '420', '90', '510'],
      ['Syd', '380', '60', '445'],
      ['Väst', '300', '40', '340'],
    ];
    const text = [unit, '', ...head, ...rows.flat(), ''].join('\n');
    const table = docOf({ file: 'b.txt', text }).tables[0]!;
    expect(table.labelTitleInDoubt).toBeUndefined();
    const found = findingsOf(rowTotal, [{ file: 'b.txt', text }]).filter((f) => f.severity !== 'info');
    expect(found.map((f) => [f.severity, f.expected, f.actual])).toEqual([['error', '445000', '440000']]);
  });

  it('leaves a header with a caption, not a unit, above it certain', () => {
    const head = ['Byggnader', 'Inventarier', 'Summa'];
    const rows = [
      ['Ingående värde', '1 200', '340', '1 540'],
      ['Investeringar', '150', '60', '210'],
      ['Avskrivningar', '-90', '-45', '-135'],
      ['Utgående värde', '1 260', '355', '1 625'],
    ];
    const text = ['Tabell 4. Anläggningar per slag, tkr', '', ...head, ...rows.flat(), ''].join('\n');
    expect(docOf({ file: 'c.txt', text }).tables[0]!.labelTitleInDoubt).toBeUndefined();
  });
});
