import { describe, expect, it } from 'vitest';
import { isUnitUnderYears } from '../../src/layout/unit-under-years.js';
import { docOf } from '../rules/rule-tester.js';

/** Aligned tables whose unit stands alone under the header's years, in layouts written for this test. */
const read = (text: string) =>
  docOf({ text }).tables.map((t) => ({ header: t.columns.map((c) => c.header.join(' ')), rows: t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]) }));

describe('isUnitUnderYears', () => {
  it('takes a unit alone, set in', () => {
    for (const raw of ['                        tkr', '      (mnkr)', '    Belopp i tusen kronor']) expect(isUnitUnderYears(raw), raw).toBe(true);
  });
  it('takes no unit at the margin, and no line with more than a unit', () => {
    for (const raw of ['tkr', '   tkr 2021', '   Varav tkr', '   12 tkr']) expect(isUnitUnderYears(raw), raw).toBe(false);
  });
});

describe('a unit under the years of an aligned header', () => {
  it('is the table\'s unit, and the years stay the header', () => {
    const text = 'Statsbidrag per område\n\nOmråde                 2021        2022\n                        tkr\nPsykisk hälsa        12 400      13 100\nKvinnors hälsa        8 150       8 600\nCancervård            5 075       5 300\nSumma                25 625      27 000\n';
    expect(read(text)).toEqual([
      {
        header: ['2021', '2022'],
        rows: [
          ['Psykisk hälsa', '12400000', '13100000'],
          ['Kvinnors hälsa', '8150000', '8600000'],
          ['Cancervård', '5075000', '5300000'],
          ['Summa', '25625000', '27000000'],
        ],
      },
    ]);
  });

  it('reads it in brackets, centred over three years', () => {
    const text = 'Län              2019     2020     2021\n                       (mnkr)\nUppsala län       41,2     43,0     44,9\nGävleborgs län    30,5     31,1     32,8\nDalarnas län      28,0     29,4     30,2\n';
    expect(read(text)).toEqual([
      {
        header: ['2019', '2020', '2021'],
        rows: [
          ['Uppsala län', '41200000', '43000000', '44900000'],
          ['Gävleborgs län', '30500000', '31100000', '32800000'],
          ['Dalarnas län', '28000000', '29400000', '30200000'],
        ],
      },
    ]);
  });
});
