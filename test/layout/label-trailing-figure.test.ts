import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/** A table one cell a line with one row's figure left on its label's line; layouts written for this test. */
const rows = (t: Table) => t.rows.map((r) => [r.label, r.cells[0]?.value?.toFixed() ?? null]);

describe("a row's figure on its label's line in a table one cell a line", () => {
  const spentLines = ['Utfall per område', '', 'Område', 'Kronor', 'Stöd till lokala föreningar och studieförbund', '120 400', 'Kostnader för lokaler och administration 56 250', 'Resor', '8 900', 'Summa', '185 550', ''];

  it('reads the figure as the row value, marked as read from its digit groups', () => {
    const t = docOf({ text: spentLines.join('\n') }).tables[0]!;
    expect(rows(t)).toEqual([
      ['Stöd till lokala föreningar och studieförbund', '120400'],
      ['Kostnader för lokaler och administration', '56250'],
      ['Resor', '8900'],
      ['Summa', '185550'],
    ]);
    expect(t.rows[1]!.cells[0]!.readBy).toBe('spaced');
    // 120 400 + 56 250 + 8 900 = 185 550: it adds up, nothing to report.
    expect(findingsOf(columnTotal, spentLines.join('\n'))).toEqual([]);
  });

  it('reads the same in a region table, and a sum off only warns', () => {
    const text = ['Bidrag per region, tkr', '', 'Region', 'Belopp', 'Region Västerbotten', '4 100', 'Region Norrbotten 3 950', 'Region Jämtland Härjedalen', '2 200', 'Totalt', '10 450', ''].join('\n');
    const t = docOf({ text }).tables[0]!;
    expect(rows(t)).toEqual([
      ['Region Västerbotten', '4100000'],
      ['Region Norrbotten', '3950000'],
      ['Region Jämtland Härjedalen', '2200000'],
      ['Totalt', '10450000'],
    ]);
    const off = findingsOf(columnTotal, text.replace('10 450', '10 650'));
    expect(off.map((f) => [f.severity, f.expected, f.actual])).toEqual([['warning', '10650000', '10250000']]);
  });

  it('leaves a label ending in a year or in a number of two digits as it is', () => {
    for (const heading of ['Insatser enligt beslut 2023', 'Insatser i zon 12']) {
      const t = docOf({ text: ['Område', 'Kronor', 'Stöd till föreningar', '120 400', heading, 'Resor', '8 900', 'Lokaler', '4 500', 'Summa', '133 800', ''].join('\n') }).tables[0]!;
      expect(rows(t)).toEqual([['Stöd till föreningar', '120400'], [heading, null], ['Resor', '8900'], ['Lokaler', '4500'], ['Summa', '133800']]);
    }
  });
});
