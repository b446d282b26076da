import type { ProseAmount } from '../../model/amount.js';
import type { Document } from '../../model/document.js';
import { LINK } from '../../lexicon/money-verbs.js';
import { t } from '../../messages/index.js';
import type { RuleFinding } from '../types.js';
import { leadLists } from './lists.js';
import { differenceText, figureText } from './figure-text.js';
import { moneyBySentence } from './money-by-sentence.js';
import { proseSumFindingHeaded } from './prose-sum-finding.js';
import { recipientCount } from './recipient-count.js';
import { placedSum } from './placed-sum.js';
import { granted } from './applied-for.js';
import { opensWithAmount } from './amount-first-lines.js';

/**
 * A lead that grants one amount to a counted number of recipients ("beviljade cirka 5,5
 * miljoner kronor i finansiering till två projekt", "Fyra föreningar får dela på 400 000
 * kronor"), told recipient by recipient further down, paragraphs away, one sentence each
 * ("Kvarkenrådet beviljas 561 372 kr för projektet …", "Till Byaföreningen går 120 000 kronor.").
 * When every sentence with money after the lead grants it to someone, and they are exactly as
 * many as the lead counts, their amounts share out the lead's. That they are its recipients is
 * read from the count, so a mismatch warns, never errs.
 *
 * A bulleted item with one amount names its recipient by its place ("• Fjällvägen, 1 200 000 kr"
 * and the project's owner and description under it, before the next item): it counts as such a
 * sentence, so a release that tells each project as an item and its description as paragraphs
 * between the items is read too. A lead over one list that holds all the amounts is left to
 * list-sum.ts.
 */
// A sentence that grants money to its subject or names where it goes: present, past and perfect, active and passive.
const GRANTS = /(?<![\p{L}])(?:beviljas|beviljades|har beviljats|tilldelas|tilldelades|har tilldelats|får|fick|erhåller|erhöll|går)(?![\p{L}])/iu;
// Rates, comparisons and quotations are no grants of the lead's money.
const NOT_A_GRANT = /(?<![\p{L}])(?:per år|per månad|årligen|mer än|mindre än|jämfört|förra året|i fjol|tidigare|säger)(?![\p{L}])/iu;
const QUOTATION = /^\s*[–—-]\s/u;

export function checkCountedGrants(doc: Document): RuleFinding[] {
  const out: RuleFinding[] = [];
  const bySentence = moneyBySentence(doc);
  const indexes = [...bySentence.keys()].sort((a, b) => a - b);
  const lists = leadLists(doc);
  indexes.forEach((lead, i) => {
    const s = doc.sentences[lead];
    // Money applied for in the lead ("sökte 40 miljoner, beviljades 25 miljoner") is not what the recipients share (applied-for.ts).
    const found = granted(doc, bySentence.get(lead)!);
    if (!s || s.role === 'list-item' || found.length !== 1 || found[0]!.change !== undefined || !LINK.test(s.text)) return;
    const count = recipientCount(s.text);
    if (count === null || count < 2) return;
    const later = indexes.slice(i + 1);
    if (later.length !== count) return;
    // Every amount in the one list the lead opens: list-sum.ts reads that list.
    const opened = lists.find((l) => l.lead === lead);
    if (opened && later.every((k) => opened.items.some((item) => item.includes(k)))) return;
    const parts: ProseAmount[] = [];
    for (const k of later) {
      const g = doc.sentences[k]!;
      const amounts = bySentence.get(k)!;
      // A line that opens with its amount and where it goes ("12,5 mnkr till projektet X som …") grants it too (amount-first-lines.ts).
      const granted = g.role === 'list-item' ? amounts.length === 1 : GRANTS.test(g.text) || (amounts.length === 1 && opensWithAmount(g.text, amounts[0]!));
      if (!granted || NOT_A_GRANT.test(g.text) || QUOTATION.test(g.text) || amounts.some((a) => a.change !== undefined)) return;
      parts.push(...amounts);
    }
    const f = countedFinding(found[0]!, parts, count, 'text.countedGrants', 'text.countedGrants.reading');
    if (f) out.push(f);
  });
  return out;
}

/**
 * The finding over parts that a count of recipients ties to a whole: nothing when they make it
 * exactly, and a mismatch a warning naming the count as the reading.
 */
export function countedFinding(whole: ProseAmount, parts: readonly ProseAmount[], count: number, head: 'text.countedGrants' | 'text.countedInline', reading: 'text.countedGrants.reading' | 'text.countedInline.reading'): RuleFinding | null {
  const sum = placedSum(whole, parts, [t(reading, { count: String(count) })]);
  if (!sum) return null;
  const { c, doubts } = sum;
  const message = t(head, { count: String(count), computed: figureText(c.computed, 'SEK'), stated: figureText(c.stated, 'SEK'), difference: differenceText(c.difference, c.slack, 'SEK') });
  return proseSumFindingHeaded(message, 'text.varav.part', whole, parts, c, doubts);
}
