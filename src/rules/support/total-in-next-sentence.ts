import type { ProseAmount } from '../../model/amount.js';
import type { Document } from '../../model/document.js';
import { says } from '../../lexicon/phrases.js';
import { t } from '../../messages/index.js';
import type { RuleFinding } from '../types.js';
import { moneyBySentence } from './money-by-sentence.js';
import { proseSumFinding } from './prose-sum-finding.js';
import { offsetsInSentence } from './table-reference.js';
import { RATE_AFTER, WIDER_AFTER } from './trailing-total.js';
import { placedSum } from './placed-sum.js';

/**
 * Parts named in one sentence and their total in the next, which opens by pointing back at them:
 *
 *   Nämnden beviljade 40,2 mnkr och förvaltningen ytterligare 3,8 mnkr. Sammanlagt beviljades därmed 44 mnkr.
 *   A får 300 000 kronor och B 200 000 kronor. ¶ Totalt blir det 600 000 kronor.
 *
 * The second sentence holds one amount and opens with a total word and a word pointing back
 * ("Totalt blir det", "Det blir sammanlagt"; the phrase lexicon's `totalOfSentenceBefore`);
 * it follows the first directly, in its paragraph or as the next paragraph's first sentence.
 * Every amount of the first sentence is a part, but for the whole said first again. Which
 * amounts are parts is read from the wording, so a mismatch warns, never errs; a loosened total
 * ("drygt 25 miljoner") that the parts miss is no bound and is not told.
 */
// "varav" splits are varav-sum.ts's; a part followed by "totalt" closes the sentence's own total (trailing-total.ts).
const SPLIT_WORD = /(?<![\p{L}])(?:varav|därav)(?![\p{L}])/iu;
const TOTAL_BEFORE = /(?<![\p{L}])(?:totalt|sammanlagt|tillsammans|sammantaget)\s+(?:cirka\s+|ca\s+)?$/iu;
const MIN_PARTS = 2;

export function checkTotalsInNextSentence(doc: Document): RuleFinding[] {
  const out: RuleFinding[] = [];
  const bySentence = moneyBySentence(doc);
  for (const [k, found] of bySentence) {
    const total = doc.sentences[k];
    const before = doc.sentences[k - 1];
    const partsFound = bySentence.get(k - 1);
    if (!total || !before || !partsFound || found.length !== 1 || total.role !== 'paragraph' || before.role !== 'paragraph') continue;
    // The next sentence of the paragraph, or the first of the next one.
    if (total.block !== before.block && (total.block !== before.block + 1 || doc.sentences[k - 2]?.block === total.block)) continue;
    if (!says('totalOfSentenceBefore', total.text)) continue;
    const whole = found[0]!;
    if (whole.change !== undefined || partsFound.length < MIN_PARTS || partsFound.some((a) => a.change !== undefined)) continue;
    const text = partsFound[0]!.context;
    if (SPLIT_WORD.test(text)) continue;
    const spans = offsetsInSentence(partsFound);
    // A rate is no part of a sum; an amount after "totalt" is that sentence's own total.
    if (partsFound.some((_, i) => RATE_AFTER.test(text.slice(spans[i]!.end)) || (i > 0 && TOTAL_BEFORE.test(text.slice(Math.max(0, spans[i]!.start - 30), spans[i]!.start))))) continue;
    // "Av de 45 miljonerna går 20 … och 25 …. Totalt blir det 45 …": the whole said first again is no part.
    const parts: ProseAmount[] = partsFound[0]!.value.eq(whole.value) ? partsFound.slice(1) : [...partsFound];
    if (parts.length < MIN_PARTS || parts.some((a) => a.value.gt(whole.value))) continue;
    const [end] = offsetsInSentence(found);
    const wider = WIDER_AFTER.test(whole.context.slice(end!.end)) ? [t('doubt.totalWider')] : [];
    const sum = placedSum(whole, parts, [t('doubt.nextSentenceParts'), ...wider]);
    if (sum) out.push(proseSumFinding('text.nextSentenceTotal', 'text.listSum.part', whole, parts, sum.c, sum.doubts));
  }
  return out;
}
