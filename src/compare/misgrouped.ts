import { Decimal } from 'decimal.js';

/**
 * A figure printed with digit groups of the wrong width ("544 99 160") is read with its digits run
 * together (54 499 160); the other readings a person would consider have a digit lost or added,
 * which moves the figure by at least 0.45 of its value (a digit dropped from "1 999" leaves 999;
 * any digit inserted or removed elsewhere moves it further). So the doubt can explain a sum's
 * difference only when the difference is at least that large; a smaller one disagrees under every
 * reading, and stays an error.
 */
export interface Misgrouped {
  /** The doubt in words, named in the finding when it applies. */
  doubt: string;
  /** The figure as read (digits run together), in base units. */
  value: Decimal;
}

const REACH = new Decimal('0.45');

/** Whether another reading of a misgrouped figure of `value` (as read) could close `difference`. */
export function couldExplain(value: Decimal, difference: Decimal): boolean {
  return difference.abs().gte(value.abs().times(REACH));
}
