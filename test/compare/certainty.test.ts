import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { judgeSum, type Alternative } from '../../src/compare/certainty.js';

/** Exact whole figures, written for this test. */
const fig = (n: number) => ({ value: new Decimal(n), precision: new Decimal(0) });
const alt = (at: number, n: number, doubt: string): Alternative => ({ at, figure: fig(n), doubt });

describe('judgeSum with other readings of single figures', () => {
  it('keeps an error when no other reading closes the sum', () => {
    const j = judgeSum({ parts: [fig(2310), fig(14505), fig(86)], stated: fig(2911), doubts: [], rounding: [], alternatives: [alt(1, 505, 'B'), alt(0, 310, 'A')] });
    expect([j?.severity, j?.suffix]).toEqual(['error', '']);
  });

  it('warns and names the one reading of a part that closes it', () => {
    const j = judgeSum({ parts: [fig(2310), fig(14505), fig(96)], stated: fig(2911), doubts: [], rounding: [], alternatives: [alt(0, 310, 'A'), alt(1, 505, 'B')] });
    expect([j?.severity, j?.suffix]).toEqual(['warning', ' — osäker läsning: B']);
  });

  it('tries the stated figure too, and two readings together', () => {
    // "Summa 3 1 250" read as 31 250 beside parts 400 + 12 850 that are 400 + 850: both readings needed.
    const j = judgeSum({ parts: [fig(400), fig(12850)], stated: fig(31250), doubts: [], rounding: [], alternatives: [alt(1, 850, 'part'), alt(-1, 1250, 'total')] });
    expect([j?.severity, j?.suffix]).toEqual(['warning', ' — osäker läsning: part; total']);
  });
});

describe('a stated figure between its parts (a level, not a sum)', () => {
  const judge = (parts: number[], stated: number) => judgeSum({ parts: parts.map(fig), stated: fig(stated), doubts: [], rounding: [] });

  it('is a doubt where it lies between the smallest and the largest part', () => {
    // 45 + 41 + 43 = 129; 42 is their mean, not their sum.
    expect(judge([45, 41, 43], 42)?.severity).toBe('warning');
    expect(judge([45, 41, 43], 42)?.suffix).toMatch(/medelvärde|mean/);
    // At the bounds too: a level equal to one of the rows.
    expect(judge([2, 5, 3], 5)?.severity).toBe('warning');
  });

  it('is no doubt where it lies above the largest part or parts are negative', () => {
    expect(judge([45, 41, 43], 140)?.severity).toBe('error');
    expect(judge([45, -41, 43], 20)?.severity).toBe('error');
    // One part alone, or two (a whole and its "varav" as often as two levels), is read as it always was.
    expect(judge([45, 0], 40)?.severity).toBe('error');
    expect(judge([2250, 1100], 1450)?.severity).toBe('error');
  });
});
