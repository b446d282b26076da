import { Decimal } from 'decimal.js';
import { findAmounts } from '../../grammars/amount/index.js';
import type { UnitScale } from './units.js';

/**
 * A table that states no unit anywhere, under a paragraph that speaks of the same figures with
 * one: "I budgetprocessen hanteras närmare 800 miljarder kronor." above rows of 709,5 … 901,3.
 * A person takes the paragraph's unit for the table's when its figure is of the size of the
 * table's largest figures. That is a guess: the columns are marked `unitGuessed`, so a sum over
 * them can only warn.
 *
 * The paragraph's amount must be money with a scale word (miljoner, miljarder, tusen kronor),
 * and its figure as written within a factor of two of the table's largest figure. Several such
 * amounts must agree on one scale.
 */
const FACTOR = new Decimal(2);

export function impliedUnit(lead: string | undefined, figures: readonly Decimal[]): UnitScale | null {
  if (!lead || figures.length === 0) return null;
  const largest = figures.reduce((m, v) => (v.abs().gt(m) ? v.abs() : m), new Decimal(0));
  if (largest.isZero()) return null;
  const scales = new Set<number>();
  for (const a of findAmounts(lead)) {
    if (a.unit !== 'SEK' || a.scale <= 1) continue;
    const n = a.written.abs();
    if (n.gte(largest.div(FACTOR)) && n.lte(largest.times(FACTOR))) scales.add(a.scale);
  }
  if (scales.size !== 1) return null;
  return { unit: 'SEK', scale: [...scales][0]! };
}
