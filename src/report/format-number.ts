import type { Decimal } from 'decimal.js';

const MINUS = '\u2212';

/**
 * A decimal as a Swedish reader writes it: digits grouped by three with spaces,
 * decimal comma, typographic minus ("3 000 000 027", "1 237,5", "−27").
 */
export function formatSwedish(d: Decimal): string {
  const plain = d.abs().toFixed();
  const dot = plain.indexOf('.');
  const int = dot < 0 ? plain : plain.slice(0, dot);
  const frac = dot < 0 ? '' : plain.slice(dot + 1);
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  const sign = d.isNegative() && !d.isZero() ? MINUS : '';
  return sign + grouped + (frac ? ',' + frac : '');
}
