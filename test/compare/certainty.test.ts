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
