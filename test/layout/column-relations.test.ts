import { describe, expect, it } from 'vitest';
import { Decimal } from 'decimal.js';
import { learnRelations, readingByRelations } from '../../src/layout/column-relations.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Columns one of which is the sum of others in every row, in tables whose digit groups are spaced
 * like the columns (column-relations.ts). Wordings and figures written for this test.
 */
const d = (xs: (number | null)[]) => xs.map((x) => (x === null ? null : new Decimal(x)));
const rowsOf = (text: string) => docOf({ text }).tables[0]!.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('learnRelations', () => {
  it('finds a column that sums a run of columns, and columns that sum every second column', () => {
    const run = [d([90, 50, 20, 30, 40]), d([150, 48, 50, 50, 50]), d([60, 51, 10, 20, 30])];
    expect(learnRelations(run, 5)).toEqual([{ sum: 0, parts: [2, 3, 4] }]);
    const groups = [d([500, 610, 200, 210, 300, 400]), d([90, 95, 40, 45, 50, 50]), d([120, 130, 20, 30, 100, 100])];
    expect(learnRelations(groups, 6)).toEqual([
      { sum: 0, parts: [2, 4] },
      { sum: 1, parts: [3, 5] },
    ]);
  });

  it('learns nothing from small figures or from fewer than three rows', () => {
    expect(learnRelations([d([3, 1, 2]), d([5, 2, 3]), d([9, 4, 5])], 3)).toEqual([]);
    expect(learnRelations([d([150, 100, 50]), d([300, 100, 200])], 3)).toEqual([]);
  });

  it('takes the one reading that shows the relations, none when two do', () => {
    const rel = [{ sum: 0, parts: [1, 2] }];
    expect(readingByRelations([d([1, 75, 79]), d([175, 7, 9]), d([17, 5, 12])], rel)).toBe(2);
    expect(readingByRelations([d([3, 1, 2]), d([5, 2, 3])], rel)).toBeNull();
  });
});

describe('spaced rows split by the sums between their columns', () => {
  it('reads a row whose small figure stands before a group of three digits, all = women + men', () => {
    const text = [
      'Anställda per område',
      '',
      'Område 2019 2020 2019 2020 2019 2020',
      'Norra 5 120 5 340 2 480 2 610 2 640 2 730',
      'Södra 3 905 4 012 1 950 2 001 1 955 2 011',
      'Västra 2 210 2 305 1 100 1 150 1 110 1 155',
      'Östra 1 096 1 210 84 190 1 012 1 020',
    ].join('\n');
    expect(rowsOf(text)[3]).toEqual(['Östra', '1096', '1210', '84', '190', '1012', '1020']);
  });

  it('reads a row of many counts whose total column sums a run of columns after it', () => {
    const text = [
      'Elever per årskurs',
      '',
      'Skola Elever Andel Summa Ett Två Tre Fyra Fem Sex Sju Åtta Nio',
      'Alby 850 48,5 612 70 65 68 72 66 71 69 63 68',
      'Berga 420 51,0 330 40 35 38 37 36 39 33 35 37',
      'Dalby 260 47,5 201 22 24 21 23 25 20 22 23 21',
      'Riket 119 500 49 1 050 300 118 450 116 210 115 980 114 320 113 870 112 400 122 700 118 120 118 250',
    ].join('\n');
    expect(rowsOf(text)[3]).toEqual(['Riket', '119500', '49', '1050300', '118450', '116210', '115980', '114320', '113870', '112400', '122700', '118120', '118250']);
  });
});
