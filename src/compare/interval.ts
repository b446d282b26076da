import { Decimal } from 'decimal.js';

/**
 * Rounding-aware comparison in the spirit of XBRL Calculations 1.1: every stated figure
 * stands for the interval its written precision allows ("2 937 miljoner" is 2 936,5–2 937,5
 * miljoner); a sum of rounded terms widens by each term's half-unit. Two figures disagree
 * only when their intervals cannot meet. A match that needed the slack is reported apart
 * from an exact one, so rules can give it an `info` instead of silence.
 */
export interface Figure {
  value: Decimal;
  /** Half-width of the interval, in the same units as value; 0 for an exact figure. */
  precision: Decimal;
}

export type Verdict = 'exact' | 'within-rounding' | 'mismatch';

export interface Comparison {
  verdict: Verdict;
  /** The computed side (a sum, or the other figure). */
  computed: Decimal;
  stated: Decimal;
  /** computed − stated. */
  difference: Decimal;
  /** How far apart the two can be and still meet: sum of the half-widths. */
  slack: Decimal;
}

const ZERO = new Decimal(0);

/** A table cell as a figure, or null when it holds no value. */
export function cellFigure(c: { value: Decimal | null; precision: Decimal } | undefined): Figure | null {
  return !c || c.value === null ? null : { value: c.value, precision: c.precision };
}

export function sumFigures(parts: readonly Figure[]): Figure {
  let value = ZERO;
  let precision = ZERO;
  for (const p of parts) {
    value = value.plus(p.value);
    precision = precision.plus(p.precision);
  }
  return { value, precision };
}

/** Compares a computed figure (e.g. a sum) with a stated one. */
export function compareFigures(computed: Figure, stated: Figure): Comparison {
  const difference = computed.value.minus(stated.value);
  const slack = computed.precision.plus(stated.precision);
  const verdict: Verdict = difference.isZero() ? 'exact' : difference.abs().lte(slack) ? 'within-rounding' : 'mismatch';
  return { verdict, computed: computed.value, stated: stated.value, difference, slack };
}

export function compareSum(parts: readonly Figure[], stated: Figure): Comparison {
  return compareFigures(sumFigures(parts), stated);
}
