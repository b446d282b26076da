import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A company's statements pasted one cell a paragraph: the periods' titles first, the stub's unit title
 * and the note column's after them, headings nested over the rows, and subtotals without a label.
 * Written for this test; the sums were checked by hand.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);
const titlesOf = (t: Table) => t.columns.map((c) => c.header.join(' / '));
const paragraphs = (cells: string[]): string => `${cells.join('\n\n')}\n`;

describe('a header of periods with the stub\'s unit and the note column pasted last', () => {
  it('reads the unit as the stub\'s, a heading under it, and a row without a label that sums the rows above, a cell a paragraph', () => {
    const cells = [
      'Resultaträkning – moderbolaget', '2024-01-01 - 2024-12-31', '2023-01-01 - 2023-12-31', 'BELOPP I TKR', 'Not',
      'Rörelsens intäkter',
      'Nettoomsättning', '812 300', '790 150',
      'Övriga intäkter', '4 210', '3 980',
      '816 510', '794 130',
      'Rörelsens kostnader',
      'Personalkostnader', '-120 400', '-115 200',
      'Avskrivningar', '-95 000', '-90 100',
      '-215 400', '-205 300',
      'Rörelseresultat', '601 110', '588 830',
    ];
    const [t] = tablesOf(paragraphs(cells));
    expect(titlesOf(t!)).toEqual(['2024-01-01 - 2024-12-31', '2023-01-01 - 2023-12-31']);
    // 812 300 + 4 210 = 816 510 and 790 150 + 3 980 = 794 130; −120 400 − 95 000 = −215 400.
    expect(rowsOf(t!)).toEqual([
      ['Rörelsens intäkter', null, null],
      ['Nettoomsättning', '812300000', '790150000'],
      ['Övriga intäkter', '4210000', '3980000'],
      ['', '816510000', '794130000'],
      ['Rörelsens kostnader', null, null],
      ['Personalkostnader', '-120400000', '-115200000'],
      ['Avskrivningar', '-95000000', '-90100000'],
      ['', '-215400000', '-205300000'],
      ['Rörelseresultat', '601110000', '588830000'],
    ]);
    expect(t!.rows[3]!.kind).toBe('subtotal');
  });

  it('reads nested headings and a dash that adds nothing, dates over the columns and no note title', () => {
    const text = paragraphs([
      'Balansräkning', '2024-12-31', '2023-12-31', 'Belopp i tkr',
      'TILLGÅNGAR', 'Anläggningstillgångar', 'Immateriella tillgångar',
      'Licenser', '1 200', '1 450',
      'Goodwill', '300', '–',
      '1 500', '1 450',
      'Materiella tillgångar',
      'Byggnader', '52 000', '50 500',
      'Maskiner', '18 300', '17 900',
      '70 300', '68 400',
    ]);
    const [t] = tablesOf(text);
    expect(titlesOf(t!)).toEqual(['2024-12-31', '2023-12-31']);
    expect(rowsOf(t!).map((r) => r[0])).toEqual([
      'TILLGÅNGAR', 'Anläggningstillgångar', 'Immateriella tillgångar', 'Licenser', 'Goodwill', '', 'Materiella tillgångar', 'Byggnader', 'Maskiner', '',
    ]);
    // 1 200 + 300 = 1 500; 1 450 + nothing = 1 450; 52 000 + 18 300 = 70 300.
    expect(rowsOf(t!)[5]).toEqual(['', '1500000', '1450000']);
    expect(rowsOf(t!)[9]).toEqual(['', '70300000', '68400000']);
  });

  it('reads no row without a label where the figures are not the sum of the rows above', () => {
    const text = paragraphs([
      'Resultaträkning', '2024', '2023', 'Tkr', 'Not',
      'Intäkter', '1', '500', '480',
      'Kostnader', '2', '-300', '-290',
      'Övrigt', '3', '40', '35',
      '999', '888',
      'Resultat', '4', '240', '225',
    ]);
    const labels = tablesOf(text).flatMap((t) => t.rows.map((r) => r.label));
    expect(labels).not.toContain('');
  });
});
