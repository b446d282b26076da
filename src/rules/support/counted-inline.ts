import type { Document } from '../../model/document.js';
import { LINK } from '../../lexicon/money-verbs.js';
import type { RuleFinding } from '../types.js';
import { moneyBySentence } from './money-by-sentence.js';
import { offsetsInSentence } from './table-reference.js';
import { countedFinding } from './counted-grants.js';
import { recipientCount } from './recipient-count.js';
import { granted } from './applied-for.js';

/**
 * One sentence that shares out an amount to a counted number of recipients and names them after a
 * colon, each with its amount: "Kulturrådet fördelar 2,45 miljoner kronor till fyra föreningar:
 * Alby konstförening får 800 000 kronor, Beby teater 700 000 kronor, … och Deby dans 450 000
 * kronor." Before the colon exactly one amount and the count; after it exactly as many amounts as
 * counted. That they are the recipients' shares is read from the count, so a mismatch warns.
 */
export function checkCountedInline(doc: Document): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const [k, amounts] of moneyBySentence(doc)) {
    const s = doc.sentences[k];
    if (!s || s.role !== 'paragraph' || amounts.some((a) => a.change !== undefined)) continue;
    const text = amounts[0]!.context;
    const colon = text.indexOf(':');
    if (colon < 0 || text.indexOf(':', colon + 1) >= 0) continue;
    const head = text.slice(0, colon);
    const spans = offsetsInSentence(amounts);
    // Money applied for before the colon ("Ansökningarna omfattade 40 miljoner kronor men …") is not what is shared out (applied-for.ts).
    const before = granted(doc, amounts.filter((_, i) => spans[i]!.end <= colon));
    const parts = amounts.filter((_, i) => spans[i]!.start > colon);
    const count = recipientCount(head);
    if (before.length !== 1 || count === null || count < 2 || parts.length !== count || !LINK.test(head)) continue;
    const f = countedFinding(before[0]!, parts, count, 'text.countedInline', 'text.countedInline.reading');
    if (f) out.push(f);
  }
  return out;
}
