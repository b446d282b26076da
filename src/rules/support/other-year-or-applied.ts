import type { ProseAmount } from '../../model/amount.js';
import type { Document } from '../../model/document.js';
import { PRIOR_YEAR } from '../../lexicon/prior-year-words.js';
import { isAppliedFor } from './applied-for.js';

/**
 * The amounts of one sentence that may state a table's total: not money applied for
 * ("Regionerna sökte sammanlagt 94 miljoner kronor", applied-for.ts), and not last year's money
 * told alone ("Förra året fick regionerna 48 miljoner kronor."): a second total beside the one the
 * page shares out, which lay close to the table's sum by chance and was compared with it. A
 * sentence that sets this year's amount beside last year's, or speaks of this year too ("i år
 * fördelas 92 miljoner kronor, lika mycket som förra året"), keeps its amounts.
 */
/** "i år", "årets", "nu": the sentence speaks of this year as well ("lika mycket som förra året"). */
const THIS_YEAR = /(?<![\p{L}])(?:i\s+år|årets|detta\s+år|nu)(?![\p{L}])/iu;

export function notTotals(doc: Document, amounts: readonly ProseAmount[]): ProseAmount[] {
  const money = amounts.filter((a) => a.unit === 'SEK');
  if (money.length === 1 && PRIOR_YEAR.test(money[0]!.context) && !THIS_YEAR.test(money[0]!.context)) return amounts.filter((a) => a !== money[0]);
  return amounts.filter((a) => !isAppliedFor(doc, a));
}
