import { describe, expect, it } from 'vitest';
import { closingTotalLine } from '../../src/layout/closing-total-line.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';
import { columnTotal } from '../../src/rules/table/column-total.js';

/** Tables written for this test: totals typed one space from their figures under rows aligned by wide gaps. */
describe('a closing total one space from its figures', () => {
  const texts = (text: string, want: number): string[] | null => {
    const r = closingTotalLine(text, want);
    return r && [r.label.text, ...r.values.map((v) => v.text)];
  };

  it('reads the label and the values where the digit groups read one way only', () => {
    expect(texts('Summa skulder och eget kapital 12 500', 1)).toEqual(['Summa skulder och eget kapital', '12 500']);
    expect(texts('Totalt 4 200 3 900', 2)).toEqual(['Totalt', '4 200', '3 900']);
    expect(texts('  Summa kostnader: 21 300 -1 250', 2)).toEqual(['Summa kostnader:', '21 300', '-1 250']);
  });

  it('reads nothing where the groups part more than one way, the label opens with no total word, or holds no letters', () => {
    // "1 200 | 300" or "1 | 200 300".
    expect(texts('Totalt 1 200 300', 2)).toBeNull();
    expect(texts('Eget kapital 5 000', 1)).toBeNull();
    expect(texts('Summa 2023 12 500', 1)).toBeNull();
    expect(texts('Summa 12 500', 0)).toBeNull();
    expect(texts('Summa\t12 500', 1)).toBeNull();
  });

  const gridsOf = (text: string): string[][][] =>
    docOf({ file: 'case.txt', text }).tables.map((t) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? '')]));

  it('closes a balance sheet a blank line under its rows', () => {
    const text = [
      'Balansräkning, kronor',
      '',
      'Tillgångar',
      'Anläggningstillgångar      8 200',
      'Omsättningstillgångar      4 300',
      'Summa tillgångar          12 500',
      '',
      'Skulder och eget kapital',
      'Eget kapital               5 000',
      'Långfristiga skulder       6 000',
      'Kortfristiga skulder       1 500',
      '',
      'Summa skulder och eget kapital 12 500',
      '',
    ].join('\n');
    expect(gridsOf(text)).toEqual([
      [
        ['Anläggningstillgångar', '8200'],
        ['Omsättningstillgångar', '4300'],
        ['Summa tillgångar', '12500'],
        ['Skulder och eget kapital', ''],
        ['Eget kapital', '5000'],
        ['Långfristiga skulder', '6000'],
        ['Kortfristiga skulder', '1500'],
        ['Summa skulder och eget kapital', '12500'],
      ],
    ]);
  });

  it('closes a result statement of two columns a blank line under its rows, and a mismatch over it is a warning, not an error', () => {
    const text = [
      'Resultaträkning, kronor',
      '',
      '                            2022      2023',
      'Medlemsavgifter           41 200    43 000',
      'Bidrag                    12 000    11 500',
      'Övriga intäkter            3 100     2 900',
      '',
      'Summa intäkter 56 300 57 600',
      '',
    ].join('\n');
    expect(gridsOf(text)).toEqual([
      [
        ['Medlemsavgifter', '41200', '43000'],
        ['Bidrag', '12000', '11500'],
        ['Övriga intäkter', '3100', '2900'],
        ['Summa intäkter', '56300', '57600'],
      ],
    ]);
    // 43 000 + 11 500 + 2 900 = 57 400, not 57 600: the total's figures were read across single spaces.
    const found = findingsOf(columnTotal, [{ file: 'b.txt', text }]);
    expect(found.map((f) => f.severity)).toEqual(['warning']);
  });
});
