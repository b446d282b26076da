import type { Decimal } from 'decimal.js';

/**
 * A decimal as machines read it: plain notation, no separators, no exponent,
 * no trailing fraction zeros ("1237500000", "23.3"). decimal.js already drops
 * trailing zeros; toFixed() without arguments never switches to exponent form.
 */
export function decimalString(d: Decimal): string {
  return d.isZero() ? '0' : d.toFixed();
}
