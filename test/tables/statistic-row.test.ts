import { describe, expect, it } from 'vitest';
import { isStatisticLabel } from '../../src/tables/statistic-row.js';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { findingsOf } from '../rules/rule-tester.js';

describe('isStatisticLabel', () => {
  it('reads means, medians, extremes and per-head rows as statistics', () => {
    for (const l of ['Medelvärde', 'Genomsnitt per region', 'Median', 'Medel', 'Medel (ovägt)', 'Högsta', 'Lägsta', 'Kronor per invånare', 'Per invånare', 'Snitt']) expect(isStatisticLabel(l), l).toBe(true);
  });
  it('keeps money and places that begin like one', () => {
    for (const l of ['Medel till regionerna', 'Medelpunkt', 'Högskolan i Borås', 'Maxlaboratoriet', 'Minskning av stöd', 'Region Stockholm', 'Totalt']) expect(isStatisticLabel(l), l).toBe(false);
  });
});

describe('table/column-total beside a statistic row', () => {
  // 100 000 + 50 000 + 30 000 = 180 000; the mean 60 000 is no part of it.
  it('leaves a mean row out of the sum, in a Markdown table and a tab-separated one', () => {
    const md = ['| Region | Belopp (kr) |', '|---|---|', '| Stockholm | 100 000 |', '| Uppsala | 50 000 |', '| Gotland | 30 000 |', '| Medelvärde | 60 000 |', '| Totalt | 180 000 |', ''].join('\n');
    const tab = ['Bidrag per region, kronor', 'Region\tBidrag\tPer invånare', 'Stockholm\t100 000\t0,04', 'Uppsala\t50 000\t0,13', 'Gotland\t30 000\t0,49', 'Genomsnitt\t60 000\t0,22', 'Summa\t180 000\t', ''].join('\n');
    expect(findingsOf(columnTotal, [{ file: 'a.md', text: md }])).toEqual([]);
    expect(findingsOf(columnTotal, [{ file: 'b.txt', text: tab }]).filter((f) => f.severity !== 'info')).toEqual([]);
  });
  it('still finds a total that the data rows do not make', () => {
    // 100 400 + 50 250 + 30 125 = 180 775, not 190 775.
    const md = ['| Region | Belopp (kr) |', '|---|---|', '| Stockholm | 100 400 |', '| Uppsala | 50 250 |', '| Gotland | 30 125 |', '| Median | 50 250 |', '| Totalt | 190 775 |', ''].join('\n');
    const got = findingsOf(columnTotal, [{ file: 'a.md', text: md }]);
    expect(got.map((f) => [f.severity, f.expected, f.actual])).toEqual([['error', '190775', '180775']]);
  });
});
