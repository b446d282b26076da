import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { isMeanOfParts } from '../../src/tables/mean-row.js';
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

describe('table/column-total under a row of averages', () => {
  it('does not check an average row as a sum, in a Markdown table and in a tab-separated one', () => {
    const md = ['Medellön i kronor per månad', '', '| Grupp | Kvinnor | Män |', '|---|---|---|', '| Arbetare | 22 400 | 25 900 |', '| Tjänstemän | 31 800 | 38 600 |', '| Samtliga | 27 300 | 32 100 |', ''].join('\n');
    const tab = ['Snittavgift per hushåll, kronor', 'Region\tAvgift', 'Kalmar\t4 120', 'Kronoberg\t3 980', 'Blekinge\t4 310', 'Totalt\t4 140', ''].join('\n');
    expect(findingsOf(columnTotal, [{ file: 'a.md', text: md }])).toEqual([]);
    expect(findingsOf(columnTotal, [{ file: 'b.txt', text: tab }])).toEqual([]);
  });

  it('still reports a total that is no mean and no sum', () => {
    const tab = ['Bidrag, kronor', 'Region\tBelopp', 'Kalmar\t4 120', 'Kronoberg\t3 980', 'Blekinge\t4 310', 'Totalt\t13 410', ''].join('\n');
    expect(findingsOf(columnTotal, [{ file: 'b.txt', text: tab }]).map((f) => f.severity)).toEqual(['error']);
  });
});
