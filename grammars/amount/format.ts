import type { Decimal } from 'decimal.js';
import { groupThousands } from '../../src/messages/number.js';

/** Minus sign used in messages: U+2212, as in typeset Swedish. */
const MINUS = '\u2212';

/**
 * Swedish style: digits grouped by three with a plain space, decimal comma, U+2212 minus.
 * The value is printed in full (no exponent, no rounding) so messages show what was read.
 */
export function formatSwedish(value: Decimal): string {
  const fixed = value.abs().toFixed();
  const [intPart = '0', fracPart] = fixed.split('.');
  const grouped = groupThousands(intPart, ' ');
  const body = fracPart === undefined ? grouped : `${grouped},${fracPart}`;
  return value.isNegative() && !value.isZero() ? MINUS + body : body;
}
