import { compareSum } from '../../compare/interval.js';
import type { Document } from '../../model/document.js';
import { amountDoubts } from './amount-doubts.js';
import { moneyBySentence } from './money-by-sentence.js';
import { offsetsInSentence } from './table-reference.js';
import type { RuleFinding } from '../types.js';
import { t } from '../../messages/index.js';
import { proseFigure, proseSumFinding } from './prose-sum-finding.js';
import { hasBoundOrRate } from './bound-or-rate.js';

/**
 * A sum stated in one sentence and divided in the next, which points back to it and says it is
 * divided: "… går 16 811 000 kronor till Halmstad. Dessa är sedan uppdelade i 10 455 000 kronor
 * för faktiska kostnader och 6 336 000 kronor för gymnasieskolan.", "Beloppet fördelas på 3
 * miljoner kronor till drift och 1 miljon kronor till investeringar." Divided into them, the parts
 * make the whole. The whole is the amount of the sentence before; where that sentence holds
 * several, the last one (what "dessa" points at most often). Which amount the sentence points back
 * to, and that its parts are all of it, is read from the wording, so a mismatch warns. Parts that
 * are rates ("1 500 kronor per elev") or a range's bounds are no division of it.
 */
// The subject that points back, then at most three words ("är sedan", "har i år") before the verb of dividing.
const DIVIDED = /^\s*(?:dessa|denna|detta|beloppet|summan|pengarna|medlen|stödet|bidraget|anslaget|ersättningen|satsningen)\s+(?:[\p{L}]+\s+){0,3}?(?:uppdelade|uppdelat|uppdelad|fördelade|fördelat|fördelad|fördelas|fördelar\s+sig|delas\s+upp|består|utgörs)\s+(?:i|på|av)\s/iu;
/** What joins the parts of a list: each after the first behind "och", a comma, "samt" or "respektive". */
const JOINED = /,|\s(?:och|samt|respektive)\s/i;
// The whole stands in the sentence right before, in the same paragraph or the one before.
const MAX_BLOCKS_BACK = 1;


export function checkDividedAfter(doc: Document): RuleFinding[] {
  const out: RuleFinding[] = [];
  const bySentence = moneyBySentence(doc);
  for (const [index, parts] of bySentence) {
    const s = doc.sentences[index];
    const before = doc.sentences[index - 1];
    if (!s || !before || s.role !== 'paragraph' || before.role !== 'paragraph' || parts.length < 2) continue;
    if (s.block - before.block > MAX_BLOCKS_BACK || !DIVIDED.test(s.text)) continue;
    // The text before the first part is the subject and verb, no figure; the parts are a list.
    const spans = offsetsInSentence(parts);
    if (/\d/.test(s.text.slice(0, spans[0]!.start))) continue;
    if (spans.slice(1).some((sp, i) => !JOINED.test(s.text.slice(spans[i]!.end, sp.start)))) continue;
    const wholes = bySentence.get(index - 1) ?? [];
    if (wholes.length === 0) continue;
    const whole = wholes[wholes.length - 1]!;
    // Rates and a range's bounds say how large each share is, not what the shares are (bound-or-rate.ts).
    if (hasBoundOrRate(parts)) continue;
    // A loosened figure gives no bound; a decrease is no sum to divide.
    if ([whole, ...parts].some((a) => a.qualifier !== 'exact' || a.change !== undefined)) continue;
    const c = compareSum(parts.map(proseFigure), proseFigure(whole));
    if (c.verdict === 'exact') continue;
    const doubts = c.verdict === 'mismatch' ? amountDoubts([whole, ...parts], c.difference) : [];
    // Which amount "Dessa" or "Beloppet" points back to, and that the parts named are all of it, is read from the wording: never a certain error.
    if (c.verdict === 'mismatch') doubts.push(t(wholes.length > 1 ? 'text.dividedAfter.last' : 'text.dividedAfter.read', { raw: whole.raw }));
    out.push(proseSumFinding('text.dividedAfter', 'text.varav.part', whole, parts, c, doubts));
  }
  return out;
}
