import type { ProseAmount } from '../../model/amount.js';
import { offsetsInSentence } from './table-reference.js';
import { RATE_AFTER } from './trailing-total.js';

/**
 * Amounts in a sentence that are no sum a total is shared into: a rate ("900 kronor per hektar",
 * "1 657 kr/ha") and the bounds of a range ("varierar mellan 200 000 kronor och 900 000 kronor",
 * "från 5 miljoner kronor till 8 miljoner kronor", "mellan 2 och 4 miljoner kronor"). A sentence
 * that holds one tells how large each share is, not what the shares are.
 */
// The word that opens a range, right before its lower bound.
const RANGE_OPEN = /(?<![\p{L}])(?:mellan|från)[\s\u00a0]*$/iu;
// What joins the two bounds: "och", "till" or a dash, nothing else.
const RANGE_JOIN = /^[\s\u00a0]*(?:och|till|–|-)[\s\u00a0]*$/iu;
// A lower bound written as a bare number before the upper bound's amount: "mellan 2 och 4 miljoner kronor".
const BARE_LOWER = /(?<![\p{L}])(?:mellan|från)[\s\u00a0]+\d[\d\s\u00a0,]*(?:och|till|–|-)[\s\u00a0]*$/iu;
// How far before an amount a bare lower bound is looked for.
const LOOK_BACK = 40;

export function hasBoundOrRate(amounts: readonly ProseAmount[]): boolean {
  if (amounts.length === 0) return false;
  const spans = offsetsInSentence(amounts);
  const text = amounts[0]!.context;
  return spans.some((span, i) => {
    if (RATE_AFTER.test(text.slice(span.end))) return true;
    const before = text.slice(Math.max(0, span.start - LOOK_BACK), span.start);
    if (BARE_LOWER.test(before)) return true;
    const next = spans[i + 1];
    return next !== undefined && RANGE_OPEN.test(before) && RANGE_JOIN.test(text.slice(span.end, next.start));
  });
}
