import { compareSum } from '../../compare/interval.js';
import type { Document } from '../../model/document.js';
import { t } from '../../messages/index.js';
import { proseFigure, proseSumFinding } from './prose-sum-finding.js';
import type { RuleFinding } from '../types.js';
import { amountDoubts } from './amount-doubts.js';
import { offsetsInSentence } from './table-reference.js';
import { moneyBySentence } from './money-by-sentence.js';

/**
 * Parts named first and their total last, in one sentence:
 *
 *   Region Skåne får 20 miljoner kronor och Region Halland 25 miljoner kronor, totalt 45 miljoner kronor.
 *   Stödet är 1,2 miljoner kronor i år och 1,5 miljoner kronor nästa år – sammanlagt 2,7 miljoner kronor.
 *
 * The last amount follows a comma, a dash or a bracket and "totalt", "sammanlagt" or
 * "tillsammans"; every amount before it in the sentence is a part, but for the whole said first
 * again ("Av de 45 miljonerna går …, totalt 45 miljoner"). The parts must make it. A
 * total said to hold over a period or a rate ("totalt 100 miljoner kronor under tre år", "per år")
 * may cover more than the parts named. Which amounts are parts is read from the sentence, so a
 * mismatch is always a warning that says so.
 */
const TOTAL_BEFORE = /[,–—(]\s*(?:det vill säga\s+|alltså\s+|dvs\.?\s+)?(?:totalt|sammanlagt|tillsammans|sammantaget)\s+(?:alltså\s+)?(?:cirka\s+|ca\s+)?$/i;
// "per år", "om året", "årligen": a rate is no part of a one-off whole.
export const RATE_AFTER = /^\s*(?:per\b|om året|i månaden|årligen|\/)/i;
// After the total: a period or further scope it may cover beyond the parts.
export const WIDER_AFTER = /^[^.]*?(?<![\p{L}\d_])(?:under|per|årligen|perioden|fram till|till och med|t\.o\.m\.|inklusive|inkl\.?)(?![\p{L}\d_])/iu;
const MIN_PARTS = 2;
// The parts stand in the sentence before the total, not a paragraph away.
const MAX_SPAN = 400;


export function checkTrailingTotals(doc: Document): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const amounts of moneyBySentence(doc).values()) {
    if (amounts.length < MIN_PARTS + 1) continue;
    const text = amounts[0]!.context;
    // "varav" sentences are checked by varav-sum.ts; a decrease shares out no whole.
    if (/\b(?:varav|därav)\b/i.test(text) || amounts.some((a) => a.change !== undefined)) continue;
    const spans = offsetsInSentence(amounts);
    const last = amounts.length - 1;
    if (!TOTAL_BEFORE.test(text.slice(Math.max(0, spans[last]!.start - 60), spans[last]!.start))) continue;
    if (spans[last]!.start - spans[0]!.start > MAX_SPAN) continue;
    const whole = amounts[last]!;
    // "Av de 45 miljonerna går 20 … och 25 …, totalt 45 …": the whole said first again is no part.
    const first = amounts[0]!.value.eq(whole.value) ? 1 : 0;
    const parts = amounts.slice(first, last);
    if (parts.length < MIN_PARTS || parts.some((a, i) => RATE_AFTER.test(text.slice(spans[i + first]!.end)))) continue;
    // An amount larger than the total is no part of it ("20 miljoner av de 100 miljoner som …"): the parts are not read.
    if (parts.some((a) => a.value.gt(whole.value))) continue;
    const c = compareSum(parts.map(proseFigure), proseFigure(whole));
    if (c.verdict === 'exact') continue;
    const doubts = c.verdict === 'mismatch' ? amountDoubts([whole, ...parts], c.difference) : [];
    const approximate = [whole, ...parts].filter((a) => a.qualifier !== 'exact').map((a) => t('doubt.approximateAmount', { raw: a.raw }));
    if (c.verdict === 'mismatch') doubts.push(...approximate);
    // Which amounts of the sentence are the total's parts is read from their place in it ("… av anslagets
    // 80 miljoner …" would count as one): a mismatch is a warning, never a certain error.
    if (c.verdict === 'mismatch') doubts.push(t('doubt.trailingParts'));
    if (c.verdict === 'mismatch' && (WIDER_AFTER.test(text.slice(spans[last]!.end)) || RATE_AFTER.test(text.slice(spans[last]!.end)))) doubts.push(t('doubt.totalWider'));
    out.push(proseSumFinding('text.trailingTotal', 'text.listSum.part', whole, parts, c, doubts));
  }
  return out;
}
