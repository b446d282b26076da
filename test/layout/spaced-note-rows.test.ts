import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Single-spaced statements under a note column: a row without a note whose first figure is small
 * enough to be one ("Resultat 25 15 20"). Written for this test.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => (c.value?.toFixed() ?? null) + (c.uncertain !== undefined ? '?' : ''))]);

describe('spaced rows under a note column', () => {
  it('fills every value column rather than take a small first figure for a note, as a guess; a 0 is never a note', () => {
    const text = [
      'Belopp i mnkr Not 2022 2023 2024',
      'Avgifter 1 405 410 420',
      'Kostnader 2 -380 -395 -400',
      'Resultat 25 15 20',
      'Skatt 0 -2 -3',
      'Årets resultat 25 13 17',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['2022', '2023', '2024']);
    expect(rowsOf(t!)).toEqual([
      ['Avgifter', '405000000', '410000000', '420000000'],
      ['Kostnader', '-380000000', '-395000000', '-400000000'],
      ['Resultat', '25000000?', '15000000?', '20000000?'],
      ['Skatt', '0', '-2000000', '-3000000'],
      ['Årets resultat', '25000000?', '13000000?', '17000000?'],
    ]);
  });

  it('does the same under titles that each name a year', () => {
    const text = ['Tkr Not Utfall 2023 Budget 2024', 'Taxor 3 1 250 1 300', 'Bidrag 4 800 760', 'Personal 5 -1 900 -1 950', 'Netto 12 11', ''].join('\n');
    const [t] = tablesOf(text);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['Utfall 2023', 'Budget 2024']);
    expect(rowsOf(t!)).toEqual([
      ['Taxor', '1250000', '1300000'],
      ['Bidrag', '800000', '760000'],
      ['Personal', '-1900000', '-1950000'],
      ['Netto', '12000?', '11000?'],
    ]);
  });

  it('reads notes listed after the label ("6, 7") as one note cell, not part of the label', () => {
    const text = ['Mkr Not 2024 2023', 'Hyresintäkter 1 640 615', 'Personal 2, 3 -210 -198', 'Drift 4 -180 -176', 'Räntor 5, 6, 7 -40 -35', 'Resultat 210 206', ''].join('\n');
    const [t] = tablesOf(text);
    expect(rowsOf(t!)).toEqual([
      ['Hyresintäkter', '640000000', '615000000'],
      ['Personal', '-210000000', '-198000000'],
      ['Drift', '-180000000', '-176000000'],
      ['Räntor', '-40000000', '-35000000'],
      // 210 cannot be a note: the row is certain.
      ['Resultat', '210000000', '206000000'],
    ]);
  });
});
