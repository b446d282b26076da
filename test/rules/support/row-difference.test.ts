import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { judgeRowDifference, signedFigure } from '../../../src/rules/support/row-difference.js';
import { columnReading } from '../../../src/tables/column-reading.js';
import { docOf } from '../rule-tester.js';

describe('row-difference', () => {
  it('gives a cell its sign, and no figure for a blank', () => {
    const doc = docOf({ text: 'Post\tBudget\tUtfall\tAvvikelse\nSkolan\t500\t480\t20\nVården\t300\t\t–\n' });
    const [skolan, varden] = doc.tables[0]!.rows;
    expect(signedFigure(skolan!.cells[1], -1)?.value.toFixed()).toBe('-480');
    expect(signedFigure(varden!.cells[1], 1)).toBeNull();
  });

  it('judges a row: nothing when the columns make the figure, a finding naming the pairing when they miss it', () => {
    // 500 − 480 = 20 against 20; 300 − 290 = 10 against 15.
    const doc = docOf({ text: 'Post\tBudget\tUtfall\tAvvikelse\nSkolan\t500\t480\t20\nVården\t300\t290\t15\n' });
    const t = doc.tables[0]!;
    const reading = columnReading(doc, t, 2);
    const judge = (k: number) => judgeRowDifference(t.rows[k]!, [0, 1, 2], signedFigure(t.rows[k]!.cells[0], 1)!, signedFigure(t.rows[k]!.cells[1], -1)!, t.rows[k]!.cells[2]!, reading, 'kolumnerna parade efter rubrik');
    expect(judge(0)).toBeNull();
    const j = judge(1)!;
    expect(j.comparison.computed.toFixed()).toBe('10');
    expect(j.comparison.stated.eq(new Decimal(15))).toBe(true);
    expect(j.severity).toBe('warning');
    expect(j.suffix).toContain('kolumnerna parade efter rubrik');
  });
});
