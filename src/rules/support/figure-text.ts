import type { Decimal } from 'decimal.js';
import { num, t } from '../../messages/index.js';
import type { Unit } from '../../model/amount.js';

/** A value as messages write it: grouped digits and the unit ("3 000 000 027 kr", "3,000,000,027 kr"). */
export function figureText(value: Decimal, unit: Unit | null): string {
  const n = num(value);
  switch (unit) {
    case 'SEK':
      return t('figure.kr', { n });
    case 'EUR':
      return t('figure.eur', { n });
    case 'percent':
      return t('figure.percent', { n });
    case 'persons':
      return t('figure.persons', { n });
    default:
      return n;
  }
}

/** "skillnad 27 kr", or with the rounding slack when the figures are rounded. */
export function differenceText(difference: Decimal, slack: Decimal, unit: Unit | null): string {
  const diff = figureText(difference.abs(), unit);
  return slack.isZero() ? t('figure.difference', { diff }) : t('figure.differenceSlack', { diff, slack: figureText(slack, unit) });
}
