import { Decimal } from 'decimal.js';
import { plainValue } from './plain-value.js';
import { BELOW_BOUND } from '../lexicon/phrases.js';

/**
 * What a cell adds to a sum, as the least and the most it may stand for, for the layout's own sum
 * checks: a figure itself ("12 847"), a dash or dots for nothing ("–", "..", "…", [0, 0]), and a
 * figure hidden below a bound ("<5": fewer than five cases, [0, 4]); null for anything else
 * (a suppressed "x", a phrase), which no sum can be checked over.
 */
export interface SumRange {
  lo: Decimal;
  hi: Decimal;
}

const NOTHING = /^(?:[-−–—‑]|\.{1,3}|…)$/;
const ZERO = new Decimal(0);

export function sumRange(text: string): SumRange | null {
  const t = text.trim();
  if (NOTHING.test(t)) return { lo: ZERO, hi: ZERO };
  const below = BELOW_BOUND.exec(t);
  if (below) return { lo: ZERO, hi: new Decimal(below[1]!).minus(1) };
  const v = plainValue(t);
  return v === null ? null : { lo: v, hi: v };
}

/** The range holds the value. */
export const holds = (r: SumRange, v: Decimal): boolean => r.lo.lte(v) && r.hi.gte(v);

export const addRange = (a: SumRange, b: SumRange): SumRange => ({ lo: a.lo.plus(b.lo), hi: a.hi.plus(b.hi) });
