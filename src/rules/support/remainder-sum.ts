import { compareSum } from '../../compare/interval.js';
import type { ProseAmount } from '../../model/amount.js';
import type { Document } from '../../model/document.js';
import { proseFigure, proseSumFinding } from './prose-sum-finding.js';
import { amountDoubts } from './amount-doubts.js';
import { offsetsInSentence } from './table-reference.js';
import type { RuleFinding } from '../types.js';
import { t } from '../../messages/index.js';
import { withinParagraphs } from './news-paragraphs.js';

/**
 * A total told in steps over a few sentences, ending with the rest: "Totalt har 149,8 miljoner
 * kronor avsatts. I en första omgång delades 82,8 miljoner ut, nu delas 27,4 miljoner ut.
 * Resterande 39,6 miljoner fördelas senare." The rest names the whole's last part, so the parts
 * since the total must make it. Which amounts between are parts is read from their standing
 * between the two, so a mismatch warns.
 */
export const TOTAL_WORD = /(?<![\p{L}])(?:totalt|sammanlagt|sammantaget|omfattar|uppgår|sammanlagda|totala)(?![\p{L}])/iu;
// The rest's word stands right before its amount ("Resterande 39,6 miljoner", "de återstående 12 miljonerna").
const REST_BEFORE = /(?<![\p{L}])(?:resterande|återstående|kvarvarande|resten,?|resten på)\s+(?:\p{L}+\s+)?$/iu;
// The whole and the rest at most this many sentences apart, in one paragraph or the one after.
const MAX_SENTENCES = 4;
const MAX_BLOCKS = 1;


export function checkRemainderSums(doc: Document): RuleFinding[] {
  const out: RuleFinding[] = [];
  const bySentence = new Map<number, ProseAmount[]>();
  // Pushed, not spread: a sentence may hold thousands of figures.
  for (const a of doc.amounts) {
    const list = bySentence.get(a.sentence);
    if (list) list.push(a);
    else bySentence.set(a.sentence, [a]);
  }
  for (const [r, amounts] of bySentence) {
    const s = doc.sentences[r];
    if (!s || s.role !== 'paragraph' || amounts.length !== 1) continue;
    const rest = amounts[0]!;
    const start = offsetsInSentence(amounts)[0]!.start;
    if (rest.unit !== 'SEK' || !REST_BEFORE.test(rest.context.slice(0, start))) continue;
    // Back to the total: every sentence between with amounts gives parts of money, none loosened.
    const parts: ProseAmount[] = [];
    let whole: ProseAmount | null = null;
    for (let k = r - 1; k >= 0 && k >= r - MAX_SENTENCES; k--) {
      const before = doc.sentences[k]!;
      if (before.role !== 'paragraph' || !withinParagraphs(doc, k, r, MAX_BLOCKS)) break;
      const found = bySentence.get(k) ?? [];
      if (found.length === 0) continue;
      if (found.some((a) => a.unit !== 'SEK' || a.change !== undefined)) break;
      if (found.length === 1 && TOTAL_WORD.test(before.text)) {
        whole = found[0]!;
        break;
      }
      parts.unshift(...found);
    }
    if (!whole || parts.length === 0) continue;
    const all = [...parts, rest];
    if ([whole, ...all].some((a) => a.qualifier !== 'exact' || a.change !== undefined)) continue;
    const c = compareSum(all.map(proseFigure), proseFigure(whole));
    if (c.verdict === 'exact') continue;
    const doubts = c.verdict === 'mismatch' ? [...amountDoubts([whole, ...all], c.difference), t('text.remainder.reading')] : [];
    out.push(proseSumFinding('text.remainder', 'text.varav.part', whole, all, c, doubts));
  }
  return out;
}
