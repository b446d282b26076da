import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { allMeans, isMeanOfParts } from '../../src/tables/mean-row.js';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { findingsOf } from '../rules/rule-tester.js';

const d = (xs: number[]) => xs.map((x) => new Decimal(x));

describe('isMeanOfParts', () => {
  it('reads a figure between the parts and near their mean as their mean', () => {
    expect(isMeanOfParts(d([21_700, 30_100]), new Decimal(26_700))).toBe(true);
    expect(isMeanOfParts(d([410, 395, 402, 388]), new Decimal(399))).toBe(true);
  });

  it('keeps sums, figures outside the parts, negative parts and a sum beside one bloated part', () => {
    expect(isMeanOfParts(d([100, 200]), new Decimal(300))).toBe(false);
    expect(isMeanOfParts(d([100, 200]), new Decimal(310))).toBe(false);
    expect(isMeanOfParts(d([-50, 200]), new Decimal(120))).toBe(false);
    // 4 900 printed as 49 000: the stated 15 100 is the true sum, larger than the other parts together.
    expect(isMeanOfParts(d([5_000, 5_200, 49_000]), new Decimal(15_100))).toBe(false);
    // A stated figure far below the parts' mean is no mean of them.
    expect(isMeanOfParts(d([5_000, 52_000]), new Decimal(10_200))).toBe(false);
  });
});

describe('allMeans', () => {
  it('wants two mean-like figures or more, one of them strictly between its parts', () => {
    const sum = (parts: number[], stated: number | null) => ({ parts: d(parts), stated: stated === null ? null : new Decimal(stated) });
    expect(allMeans([sum([21_700, 30_100], 26_700), sum([24_800, 37_800], 31_500)])).toBe(true);
    expect(allMeans([sum([26_200, 26_100], 26_200), sum([25_700, 25_800], 25_800), sum([28_400, 27_700], 28_000)])).toBe(true);
    expect(allMeans([sum([21_700, 30_100], 26_700)])).toBe(false);
    expect(allMeans([sum([21_700, 30_100], 26_700), sum([100, 200], 300)])).toBe(false);
    // Each figure equal to a part: a copied or shifted cell, not averages.
    expect(allMeans([sum([885, 1_250], 1_250), sum([840, 2_375], 2_375)])).toBe(false);
  });
});

describe('table/column-total under a row of averages', () => {
  it('does not check an average row as a sum, in a Markdown table and in a tab-separated one', () => {
    const md = ['Medellön i kronor per månad', '', '| Grupp | Kvinnor | Män |', '|---|---|---|', '| Arbetare | 22 400 | 25 900 |', '| Tjänstemän | 31 800 | 38 600 |', '| Samtliga | 27 300 | 32 100 |', ''].join('\n');
    const tab = ['Snittavgift per hushåll, kronor', 'Region\tVatten\tAvfall', 'Kalmar\t4 120\t2 210', 'Kronoberg\t3 980\t2 050', 'Blekinge\t4 310\t2 400', 'Totalt\t4 140\t2 220', ''].join('\n');
    expect(findingsOf(columnTotal, [{ file: 'a.md', text: md }])).toEqual([]);
    expect(findingsOf(columnTotal, [{ file: 'b.txt', text: tab }])).toEqual([]);
  });

  it('still checks one mean-like figure alone, and a total that is no mean and no sum', () => {
    const one = ['Avgift per hushåll, kronor', 'Region\tAvgift', 'Kalmar\t4 120', 'Kronoberg\t3 980', 'Blekinge\t4 310', 'Totalt\t4 140', ''].join('\n');
    expect(findingsOf(columnTotal, [{ file: 'c.txt', text: one }]).map((f) => f.severity)).toEqual(['error']);
    const tab = ['Bidrag, kronor', 'Region\tBelopp', 'Kalmar\t4 120', 'Kronoberg\t3 980', 'Blekinge\t4 310', 'Totalt\t13 410', ''].join('\n');
    expect(findingsOf(columnTotal, [{ file: 'b.txt', text: tab }]).map((f) => f.severity)).toEqual(['error']);
  });
});
