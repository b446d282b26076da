import { Decimal } from 'decimal.js';

/** How two figures differ when one looks like a slip of the pen for the other. */
export type Slip = 'en siffra' | 'två omkastade siffror' | 'en faktor 1 000';

const THOUSAND = new Decimal(1000);
// Round figures (80 and 30 miljoner) differ in one digit by design: a slip needs at least
// this many significant digits to be told apart from a different round amount.
const MIN_SIGNIFICANT = 3;

const significant = (digits: string): number => digits.replace(/(?<!0)0+$/, '').length;

export function slipBetween(a: Decimal, b: Decimal): Slip | null {
  if (a.eq(b) || !a.isInteger() || !b.isInteger() || a.isNegative() || b.isNegative()) return null;
  const x = a.toFixed();
  const y = b.toFixed();
  if (a.times(THOUSAND).eq(b) || b.times(THOUSAND).eq(a)) return 'en faktor 1 000';
  if (x.length !== y.length || Math.max(significant(x), significant(y)) < MIN_SIGNIFICANT) return null;
  const diff: number[] = [];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) diff.push(i);
  if (diff.length === 1) return 'en siffra';
  if (diff.length === 2 && diff[1] === diff[0]! + 1 && x[diff[0]!] === y[diff[1]!] && x[diff[1]!] === y[diff[0]!]) return 'två omkastade siffror';
  return null;
}
