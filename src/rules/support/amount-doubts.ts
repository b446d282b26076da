import type { Decimal } from 'decimal.js';
import type { Amount } from '../../model/amount.js';
import { couldExplain } from '../../compare/misgrouped.js';
import { t } from '../../messages/index.js';

/**
 * What is uncertain in the prose amounts a check compares: an amount printed with digit groups of
 * the wrong width ("544 99 160 kronor") is read with its digits run together, and a digit may have
 * been lost or added. A difference that another reading could close is then a warning that names
 * the amount; a smaller one disagrees under every reading (compare/misgrouped.ts). "1, 3 miljarder",
 * read as 1,3 miljarder, may as well be something else before 3 miljarder: always a doubt, as is
 * "Zon 1 1 250 kronor" read as 1 250 with the 1 the label's (grammars/amount/label-number.ts), and
 * "Stockholm124 907 005" read as 907 005 with the 124 the word's (grammars/amount/interpret.ts).
 */
export function amountDoubts(amounts: readonly Amount[], difference: Decimal): string[] {
  return amounts.flatMap((a) =>
    a.anomalies
      .filter((x) => x.kind === 'spaced-decimal' || x.kind === 'label-number' || x.kind === 'glued-number' || (x.kind === 'digit-grouping' && couldExplain(a.value, difference)))
      .map((x) => t('doubt.amountAnomaly', { message: x.message })),
  );
}
