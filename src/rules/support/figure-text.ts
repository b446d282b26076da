import type { Decimal } from 'decimal.js';
import { formatSwedish } from '../../../grammars/amount/index.js';
import type { Unit } from '../../model/amount.js';

/** A value as messages write it: space-grouped digits and the unit ("3 000 000 027 kr"). */
export function figureText(value: Decimal, unit: Unit | null): string {
  const n = formatSwedish(value);
  switch (unit) {
    case 'SEK':
      return `${n} kr`;
    case 'EUR':
      return `${n} €`;
    case 'percent':
      return `${n} %`;
    case 'persons':
      return `${n} personer`;
    default:
      return n;
  }
}

/** "(skillnad 27 kr)", or with the rounding slack when the figures are rounded. */
export function differenceText(difference: Decimal, slack: Decimal, unit: Unit | null): string {
  const diff = figureText(difference.abs(), unit);
  return slack.isZero() ? `skillnad ${diff}` : `skillnad ${diff}, avrundning tillåter ±${figureText(slack, unit)}`;
}
