import type { ProseAmount } from '../../model/amount.js';
import type { Document } from '../../model/document.js';
import { t } from '../../messages/index.js';
import type { RuleFinding } from '../types.js';
import { granted } from './applied-for.js';
import { differenceText, figureText } from './figure-text.js';
import { moneyBySentence } from './money-by-sentence.js';
import { proseSumFindingHeaded } from './prose-sum-finding.js';
import { placedSum } from './placed-sum.js';
import { isPlainMoney } from './table-totals.js';
import { offsetsInSentence } from './table-reference.js';

/**
 * Grants told amount first, one paragraph or line each and without bullets, under a lead-in
 * that ends in a colon and states their total:
 *
 *   Naturvårdsverket har beviljat totalt 9,8 miljoner kronor till följande projekt:
 *   3,5 mnkr till Solbacka energiförening för att bygga en solpark vid skolan i byn.
 *   2,1 mnkr till Kustens vattenråd som ska restaurera våtmarker längs kusten.
 *
 * A line is such a grant when its first sentence opens with its one amount and "till", "går
 * till", "för" or "åt" (the label may run long: a project's name and what it does). Sentences
 * without money that go on in a grant's own paragraph are its description; the run ends at a
 * paragraph that opens otherwise without money, or at a heading. A sentence with money in any
 * other shape (a second amount, an amount further in) leaves the lead-in unread. The lines
 * are no table a rule reads (amount-first-list.ts makes one of regions or shares only; such
 * a table between the lead-in and the last line leaves it to text/table-total). That the
 * lines share out the lead-in's amount is read from the layout, so a mismatch warns.
 */
const OPENS = /^[ \u00a0]+(?:går[ \u00a0]+till|till|för|åt)[ \u00a0]/iu;
const MIN_PARTS = 2;

/** Whether the sentence opens with its one amount and a word of where it goes: "12,5 mnkr till projektet …". */
export function opensWithAmount(text: string, a: ProseAmount): boolean {
  const trimmed = text.trimStart();
  return trimmed.startsWith(a.raw) && OPENS.test(trimmed.slice(a.raw.length));
}

export function checkAmountFirstLines(doc: Document): RuleFinding[] {
  const out: RuleFinding[] = [];
  const bySentence = moneyBySentence(doc);
  for (const [k, found] of bySentence) {
    const lead = doc.sentences[k]!;
    if (lead.role !== 'paragraph' || found.some((a) => a.change !== undefined)) continue;
    // The lead-in ends in a colon; a line after it with no full stop of its own runs into its sentence ("… så här: 750 000 kronor går till …").
    const text = found[0]!.context;
    const colon = text.lastIndexOf(':');
    if (colon < 0) continue;
    const spans = offsetsInSentence(found);
    const after = found.filter((_, i) => spans[i]!.start > colon);
    const rest = text.slice(colon + 1);
    if (after.length > 1 || (after.length === 0 ? rest.trim() !== '' : !opensWithAmount(rest, after[0]!))) continue;
    const whole = granted(doc, found.filter((a, i) => spans[i]!.end <= colon && isPlainMoney(a)));
    if (whole.length !== 1) continue;
    const parts: ProseAmount[] = [...after];
    let lastBlock = after.length > 0 ? lead.block : -1;
    let lastLine = lead.location.line ?? 0;
    let unread = false;
    for (let j = k + 1; j < doc.sentences.length; j++) {
      const s = doc.sentences[j]!;
      if (s.role !== 'paragraph') break;
      const money = bySentence.get(j);
      if (!money) {
        // A grant's description goes on in its own paragraph; another paragraph ends the run.
        if (s.block === lastBlock && parts.length > 0) continue;
        break;
      }
      if (money.length !== 1 || !opensWithAmount(s.text, money[0]!) || money[0]!.change !== undefined) {
        unread = parts.length > 0;
        break;
      }
      parts.push(money[0]!);
      lastBlock = s.block;
      lastLine = s.location.line ?? lastLine;
    }
    if (unread || parts.length < MIN_PARTS) continue;
    const from = lead.location.line ?? 0;
    if (doc.tables.some((tb) => (tb.location.line ?? -1) > from && (tb.location.line ?? -1) <= lastLine)) continue;
    const sum = placedSum(whole[0]!, parts, [t('text.amountFirstLines.reading')]);
    if (!sum) continue;
    const { c, doubts } = sum;
    const head = t('text.amountFirstLines', { parts: String(parts.length), computed: figureText(c.computed, 'SEK'), stated: figureText(c.stated, 'SEK'), difference: differenceText(c.difference, c.slack, 'SEK') });
    out.push(proseSumFindingHeaded(head, 'text.listSum.part', whole[0]!, parts, c, doubts));
  }
  return out;
}
