import type { ProseAmount } from '../../model/amount.js';
import type { Document } from '../../model/document.js';
import { PRIOR_YEAR } from '../../lexicon/prior-year-words.js';
import { t } from '../../messages/index.js';
import type { RuleFinding } from '../types.js';
import { moneyBySentence } from './money-by-sentence.js';
import { proseSumFinding } from './prose-sum-finding.js';
import { offsetsInSentence } from './table-reference.js';
import { RATE_AFTER } from './trailing-total.js';
import { placedSum } from './placed-sum.js';

/**
 * Parts told paragraph by paragraph, closed by a paragraph of their total, as a foundation's or a
 * committee's news item ends:
 *
 *   Totala summan för stipendierna blev 2,7 mkr.
 *   87 organisationer delade på 2,4 mkr.
 *   Till övriga ändamål delades ytterligare 1,1 mkr ut.
 *   Totalt beviljades 6,2 mkr.
 *
 * The closing paragraph is one sentence with one amount that opens with a total word and a verb of
 * granting ("Totalt beviljades", "Sammanlagt delades … ut", "Totalt fördelades"). Walking back from
 * it, every sentence with money up to a heading, or up to a paragraph without money once a part is
 * found, must hold one amount that is no rate, no decrease, no applied-for sum and no last year's;
 * else nothing is read. Three parts at least, in two paragraphs at least. That they are the total's
 * parts is read from where the total stands, so a mismatch warns, never errs.
 */
const CLOSING = /^(?:totalt|sammanlagt|sammantaget)\s+(?:har\s+|har\s+det\s+|har\s+nämnden\s+)?(?:beviljades|beviljats|beviljas|delades|delats|delas|fördelades|fördelats|fördelas|betalades|betalats|anslogs|anslås)(?![\p{L}])/iu;
/** Money asked for, not granted: "sökte för", "ansökningar om", "sökt belopp". */
const APPLIED = /(?<![\p{L}])(?:sökte|sökt|söks|ansökt|ansökte|ansökningar|ansökan|ansökningarna)(?![\p{L}])/iu;
const MIN_PARTS = 3;
const MAX_SENTENCES_BACK = 12;

function isPart(a: ProseAmount, spans: { end: number }, text: string): boolean {
  return a.change === undefined && !RATE_AFTER.test(text.slice(spans.end));
}

export function checkClosingTotals(doc: Document): RuleFinding[] {
  const out: RuleFinding[] = [];
  const bySentence = moneyBySentence(doc);
  for (const [k, found] of bySentence) {
    const total = doc.sentences[k]!;
    if (found.length !== 1 || total.role !== 'paragraph' || !CLOSING.test(total.text.trim())) continue;
    // The total is its paragraph's one sentence.
    if (doc.sentences[k - 1]?.block === total.block || doc.sentences[k + 1]?.block === total.block) continue;
    const whole = found[0]!;
    if (whole.change !== undefined) continue;
    const parts: ProseAmount[] = [];
    const blocks = new Set<number>();
    let ok = true;
    for (let j = k - 1; j >= 0 && j >= k - MAX_SENTENCES_BACK; j--) {
      const s = doc.sentences[j]!;
      if (s.role === 'heading') break;
      const money = bySentence.get(j);
      if (!money) {
        // A paragraph without money before the parts found ends them.
        if (parts.length > 0 && !blocks.has(s.block) && !(bySentence.has(j - 1) && doc.sentences[j - 1]!.block === s.block)) break;
        continue;
      }
      if (s.role !== 'paragraph' || money.length !== 1 || APPLIED.test(s.text) || PRIOR_YEAR.test(s.text)) {
        ok = false;
        break;
      }
      const [span] = offsetsInSentence(money);
      if (!isPart(money[0]!, span!, money[0]!.context)) {
        ok = false;
        break;
      }
      parts.unshift(money[0]!);
      blocks.add(s.block);
    }
    if (!ok || parts.length < MIN_PARTS || blocks.size < 2 || parts.some((a) => a.value.gt(whole.value))) continue;
    const sum = placedSum(whole, parts, [t('doubt.closingTotalParts')]);
    if (sum) out.push(proseSumFinding('text.closingTotal', 'text.listSum.part', whole, parts, sum.c, sum.doubts));
  }
  return out;
}
