import type { ProseAmount } from '../../model/amount.js';
import type { Document } from '../../model/document.js';
import { t } from '../../messages/index.js';
import type { RuleFinding } from '../types.js';
import { bulletLists } from './lists.js';
import { isTotalItem } from './list-total-item.js';
import { moneyBySentence } from './money-by-sentence.js';
import { proseSumFinding } from './prose-sum-finding.js';
import { offsetsInSentence } from './table-reference.js';
import { RATE_AFTER, WIDER_AFTER } from './trailing-total.js';
import { placedSum } from './placed-sum.js';

/**
 * A list of amounts, then, as the first sentence after it, its total in words:
 *
 *   - Teaterföreningen: 45 000 kronor         * Region Kalmar 1,2 mnkr
 *   - Konstklubben: 30 000 kronor             * Region Blekinge 0,8 mnkr
 *   Sammanlagt fördelas 75 000 kronor.        Totalt går 2 mnkr till regionerna i sydost.
 *
 * The sentence holds one amount and calls it the whole ("totalt", "sammanlagt", "tillsammans",
 * "sammantaget", "allt som allt"); every top-level item holds one amount. A sentence with money
 * right before the list states its own whole (list-sum.ts), and a last item that sums the list is
 * list-total-item.ts's; neither is read here. That the total is the list's is read from its place
 * after the list, and the text may add recipients or years the items leave out, so a mismatch
 * warns, never errs.
 */
const WHOLE_WORD = /(?<![\p{L}])(?:totalt|sammanlagt|tillsammans|sammantaget|allt som allt)(?![\p{L}])/iu;
/** Words that make the amount a part beside the list, not its whole: "ytterligare 40 000", "resterande medel". */
const PART_WORD = /(?<![\p{L}])(?:ytterligare|resterande|återstående|övriga|dessutom|därutöver|tidigare|varav|därav)(?![\p{L}])/iu;
const MIN_ITEMS = 2;

export function checkTotalsAfterLists(doc: Document): RuleFinding[] {
  const out: RuleFinding[] = [];
  const s = doc.sentences;
  const money = moneyBySentence(doc);
  for (const list of bulletLists(doc)) {
    let end = list.start;
    while (s[end + 1]?.role === 'list-item' && s[end + 1]!.block === s[list.start]!.block) end++;
    const after = s[end + 1];
    if (!after || after.role !== 'paragraph' || after.block !== s[end]!.block + 1) continue;
    const found = money.get(end + 1) ?? [];
    if (found.length !== 1 || !WHOLE_WORD.test(after.text) || PART_WORD.test(after.text)) continue;
    const whole = found[0]!;
    const [span] = offsetsInSentence(found);
    if (whole.change !== undefined || RATE_AFTER.test(whole.context.slice(span!.end))) continue;
    // The list's own whole before it, or a total as its last item, is checked where that is read.
    if (list.start > 0 && (money.get(list.start - 1)?.length ?? 0) > 0) continue;
    if (list.items.length > 2 && isTotalItem(doc, list.items[list.items.length - 1]!)) continue;
    const items = list.items.map((item) => item.flatMap((k) => money.get(k) ?? []));
    if (items.length < MIN_ITEMS || items.some((a) => a.length !== 1)) continue;
    const parts: ProseAmount[] = items.map((a) => a[0]!);
    if (parts.some((a) => a.change !== undefined || a.value.gt(whole.value))) continue;
    // Only a loosened total ("drygt 2 miljoner") the parts miss bounds nothing.
    const wider = WIDER_AFTER.test(whole.context.slice(span!.end)) ? [t('doubt.totalWider')] : [];
    const sum = placedSum(whole, parts, [t('doubt.totalAfterList'), ...wider], [whole]);
    if (sum) out.push(proseSumFinding('text.totalAfterList', 'text.listSum.part', whole, parts, sum.c, sum.doubts));
  }
  return out;
}
