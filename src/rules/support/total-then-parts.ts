import type { ProseAmount } from '../../model/amount.js';
import type { Document } from '../../model/document.js';
import { t } from '../../messages/index.js';
import type { RuleFinding } from '../types.js';
import { moneyBySentence } from './money-by-sentence.js';
import { proseSumFinding } from './prose-sum-finding.js';
import { TOTAL_WORD } from './remainder-sum.js';
import { offsetsInSentence } from './table-reference.js';
import { placedSum } from './placed-sum.js';
import { granted } from './applied-for.js';
import { hasBoundOrRate } from './bound-or-rate.js';

/**
 * A total stated in one sentence and shared out in the next sentences of its paragraph, one
 * part after the other, with no word for the rest: "Anslaget uppgår till totalt 80 miljoner
 * kronor. 30 miljoner går till kommunerna, 25 miljoner till regionerna. 20 miljoner avser
 * myndighetens eget arbete." A sentence is a part of the total when it opens with its amount
 * ("30 miljoner går till …"), with "Till" ("Till kommunerna går 30 miljoner"), or with the
 * total's own subject and "till" or "för" ("Stödet uppgår till 900 miljoner kronor. Stödet
 * till kollektivtrafiken är 600 miljoner kronor och till cykelvägar 250 miljoner kronor.").
 * The parts run to the end of the paragraph; any other sentence with money, a part sentence
 * naming a year (amounts per year are a series, not parts), a part sentence with a rate or a
 * range ("mellan 1 657 kr/ha och 2 663 kr/ha": how large each share is, not the shares), a word of examples or of more
 * ("bland annat", "dessutom", "även"), or a total shared out "enligt nedanstående", leaves the
 * paragraph unread. That
 * the parts are the whole's is read from the wording, so a mismatch warns, never errs.
 */
// At most this many sentences after the total, sentences without money between them passing.
const MAX_SENTENCES = 4;
// A definite noun opening the total's sentence: "Stödet", "Anslaget", "Pengarna", "Medlen".
const DEFINITE_SUBJECT = /^\s*(\p{Lu}\p{Ll}+(?:et|en|na|an))(?![\p{L}])/u;
const OPENS_WITH_TILL = /^\s*(?:till|för)\s/iu;
// Words that make a sentence's amounts examples or additions, not the whole's parts.
const NOT_ALL = /(?<![\p{L}])(?:bland annat|bl\.\s?a\.|t\.\s?ex\.|till exempel|exempelvis|varav|därav|ytterligare|dessutom|utöver|även|också|tidigare|förra året|i fjol|resterande|återstående|kvarvarande|resten|övriga|övrigt)(?![\p{L}])/iu;
// Amounts for other years are steps of a series, not parts of the year's total: "133 miljoner 2024. 53 miljoner 2025 …".
const YEAR = /(?<![\p{L}\d])(?:19|20)\d\d(?![\p{L}\d])/u;
// A total shared out "enligt nedanstående", "enligt följande", by a table or an annex: its parts stand there, not in the next sentences alone.
const FORWARD = /(?<![\p{L}])(?:nedan|nedanstående|följande|enligt tabell|enligt bilaga|se bilaga)(?![\p{L}])/iu;
// A count of parts this small is no split.
const MIN_PARTS = 2;

/** Whether the sentence shares out the total: it opens with its amount, with "Till", or with the total's subject and "till". */
function opensAsPart(text: string, firstStart: number, subject: string | null): boolean {
  const before = text.slice(0, firstStart);
  if (before.trim() === '' || OPENS_WITH_TILL.test(before)) return true;
  if (subject === null) return false;
  const m = DEFINITE_SUBJECT.exec(before);
  return m !== null && m[1]!.toLowerCase() === subject && OPENS_WITH_TILL.test(before.slice(m[0].length));
}

export function checkTotalThenParts(doc: Document): RuleFinding[] {
  const out: RuleFinding[] = [];
  const bySentence = moneyBySentence(doc);
  for (const [w, all] of bySentence) {
    // Money applied for beside the total ("Det sökta beloppet uppgick till …") is no whole of the parts (applied-for.ts).
    const found = granted(doc, all);
    const s = doc.sentences[w];
    if (!s || s.role !== 'paragraph' || found.length !== 1 || !TOTAL_WORD.test(s.text) || FORWARD.test(s.text)) continue;
    const whole = found[0]!;
    if (whole.change !== undefined) continue;
    const subject = DEFINITE_SUBJECT.exec(s.text)?.[1]?.toLowerCase() ?? null;
    const parts: ProseAmount[] = [];
    let unread = false;
    for (let k = w + 1; k <= w + MAX_SENTENCES + 1; k++) {
      const next = doc.sentences[k];
      if (!next || next.role !== 'paragraph' || next.block !== s.block) break;
      const amounts = bySentence.get(k);
      if (!amounts) continue;
      if (k > w + MAX_SENTENCES || amounts.some((a) => a.change !== undefined) || NOT_ALL.test(next.text) || YEAR.test(next.text) || hasBoundOrRate(amounts) || !opensAsPart(next.text, offsetsInSentence(amounts)[0]!.start, subject)) {
        unread = true;
        break;
      }
      parts.push(...amounts);
    }
    if (unread || parts.length < MIN_PARTS) continue;
    const sum = placedSum(whole, parts, [t('text.totalThenParts.reading')]);
    if (sum) out.push(proseSumFinding('text.totalThenParts', 'text.varav.part', whole, parts, sum.c, sum.doubts));
  }
  return out;
}
