import { compareSum, type Comparison } from '../../compare/interval.js';
import type { ProseAmount } from '../../model/amount.js';
import { amountDoubts } from './amount-doubts.js';
import { proseFigure } from './prose-sum-finding.js';

/**
 * Parts read from where their whole stands (after a list, closing a paragraph run, counted by a
 * recipient count), not tied to it by a word like "varav": the comparison and the doubts a
 * mismatch carries, the amounts' own and then the reading's; null when there is nothing to tell,
 * because the parts make the whole exactly or miss a loosened figure ("drygt 2 miljoner"), which
 * bounds no sum. The reading is always a doubt, so a mismatch warns, never errs.
 */
export function placedSum(whole: ProseAmount, parts: readonly ProseAmount[], reading: readonly string[], loose: readonly ProseAmount[] = [whole, ...parts]): { c: Comparison; doubts: string[] } | null {
  const c = compareSum(parts.map(proseFigure), proseFigure(whole));
  if (c.verdict === 'exact') return null;
  if (c.verdict === 'mismatch' && loose.some((a) => a.qualifier !== 'exact')) return null;
  return { c, doubts: c.verdict === 'mismatch' ? [...amountDoubts([whole, ...parts], c.difference), ...reading] : [] };
}
