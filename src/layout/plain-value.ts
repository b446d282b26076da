import { Decimal } from 'decimal.js';

/**
 * The exact value of a cell that is a plain number, digit groups and all ("12 847", "−380",
 * "8,4"), for the layout's own checks (does a line sum the rows above?), before the amount
 * grammar reads the table; null for anything else.
 */
export function plainValue(text: string): Decimal | null {
  const t = text.replace(/[\s\u00a0\u202f\u2009]/g, '').replace(/^[−–‑]/, '-').replace(',', '.');
  if (!/^-?\d+(?:\.\d+)?$/.test(t)) return null;
  return new Decimal(t);
}
