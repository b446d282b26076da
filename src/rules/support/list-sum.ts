import type { Figure } from '../../compare/interval.js';
import { compareSum } from '../../compare/interval.js';
import type { ProseAmount } from '../../model/amount.js';
import type { Document } from '../../model/document.js';
import { differenceText, figureText } from './figure-text.js';
import { amountDoubts } from './amount-doubts.js';
import { roundedWholeFinding } from './rounded-whole.js';
import { bareParts } from './bare-parts.js';
import { kronorItems } from './kronor-items.js';
import { isRateSentence } from './rate-sentence.js';
import { isAppliedFor } from './applied-for.js';
import { PRIOR_YEAR } from '../../lexicon/prior-year-words.js';
import type { RuleFinding } from '../types.js';
import { leadLists } from './lists.js';
import { isTotalItem } from './list-total-item.js';
import { leadRecipient, recipientsAfter } from './recipients.js';
import { recipientCount } from './recipient-count.js';
import { LINK } from '../../lexicon/money-verbs.js';
import { t } from '../../messages/index.js';

/**
 * A stated amount followed by a bulleted list of amounts, one per item, adds up:
 * "X kronor fördelas enligt följande:" or, when the lead names no amount, "Medel till
 * regionerna utbetalas från följande anslagsposter:" tied to the one earlier amount paid
 * "till regionerna". Items that exceed the whole are always wrong; a shortfall only when the
 * lead presents the list as the whole (fördelas, följande, från …) and not as examples.
 */
// "fördelar" too: the present of a distributing subject ("Regeringen fördelar totalt 25 miljoner kronor så här:").
const WHOLE = /\b(?:fördela(?:r|s|t|d)?|fördelning|följande|enligt nedan|uppdelat|utbetalas|betalas ut|består av|avser)\b/i;
const EXAMPLES = /\b(?:bland annat|bl\.\s?a\.|t\.\s?ex\.|till exempel|exempelvis|bland dessa|bland de|främst|några|bland\s+\S+\s+kan nämnas|inklusive)\b/i;

const fig = (a: ProseAmount): Figure => ({ value: a.value, precision: a.precision });
// A decrease ("förlorar 20 miljoner") is no part of what is shared out: an item that gives one has no money, and the list is no breakdown.
const money = (a: ProseAmount): boolean => a.unit === 'SEK' && a.qualifier === 'exact' && a.change === undefined;

function amountsBySentence(doc: Document): Map<number, ProseAmount[]> {
  const m = new Map<number, ProseAmount[]>();
  for (const a of doc.amounts) if (money(a)) m.set(a.sentence, [...(m.get(a.sentence) ?? []), a]);
  return m;
}

/** The single earlier amount said to go to the recipient the lead names, if there is exactly one. */
function linkedWhole(bySentence: Map<number, ProseAmount[]>, lead: number, recipient: string): ProseAmount | null {
  const found: ProseAmount[] = [];
  for (const [sentence, amounts] of bySentence) {
    if (sentence >= lead) continue;
    amounts.forEach((a, i) => {
      if (recipientsAfter(amounts, i).includes(recipient)) found.push(a);
    });
  }
  const values = new Set(found.map((a) => a.value.toFixed()));
  return values.size === 1 ? found[0]! : null;
}

/** A sentence that states a total as a whole: "Totalt …", "Sammanlagt …", "Det handlar totalt om …". */
const TOTAL_OPENS = /\b(?:totalt|sammanlagt|sammantaget)\b/i;

const TOTAL_WORD = /\b(?:totalt|sammanlagt|sammantaget|omfattar|uppgår|sammanlagda|totala)\b/i;

// The total may stand up to three sentences before the lead, in its paragraph or the one before.
const MAX_SENTENCES_BACK = 3;

/**
 * The sentence that states the list's total: the nearest one before the lead that has any figure,
 * in the lead's paragraph or the one before it, when it says "totalt", "omfattar" or the like.
 * A sentence without figures may stand between ("Den gäller för 2024."); one with another figure
 * may not, for the list may then be of the rest. Returns its index and whether it is the sentence
 * just before the lead in the same paragraph.
 */
export function totalSentence(doc: Document, lead: number): { index: number; adjacent: boolean; loose: boolean; overRate?: boolean } | null {
  const block = doc.sentences[lead]!.block;
  // A sentence of rates only ("… tre miljoner kronor per år") was read past (rate-sentence.ts).
  let overRate = false;
  for (let k = lead - 1; k >= 0 && k >= lead - MAX_SENTENCES_BACK; k--) {
    const s = doc.sentences[k]!;
    // A heading may state the total ("## Satsningen omfattar totalt 820 miljoner kronor"); nothing above it is read.
    if (s.role === 'list-item' || s.block < block - 1) return null;
    const rate = s.role !== 'heading' && !TOTAL_WORD.test(s.text) && isRateSentence(doc, k);
    if (rate || !doc.amounts.some((a) => a.sentence === k)) {
      if (s.role === 'heading') return null;
      overRate ||= rate;
      continue;
    }
    // "Förra året fördelades 70 miljoner kronor.": last year's money is no whole of a lead that does not speak of last year.
    if (!TOTAL_WORD.test(s.text) && PRIOR_YEAR.test(s.text) && !PRIOR_YEAR.test(doc.sentences[lead]!.text)) return null;
    // "Ansökningarna uppgick till 95 miljoner kronor." (a fact box above the lead-in): money applied for is no whole of what is shared out (applied-for.ts).
    const money = doc.amounts.filter((a) => a.sentence === k && a.unit === 'SEK');
    if (money.length > 0 && money.every((a) => isAppliedFor(doc, a))) return null;
    const adjacent = k === lead - 1 && s.block === block;
    const past = overRate ? { overRate } : {};
    if (TOTAL_WORD.test(s.text) || namesBack(doc.sentences[lead]!.text, s.text)) return { index: k, adjacent, loose: false, ...past };
    // "Så här fördelas pengarna:": the money named inside the lead, not as its subject first, is a reading of that sentence's amount.
    // A sentence that denies its amount ("betalas inte 70 miljoner kronor ut") names no money to share out.
    return moneyWithin(doc.sentences[lead]!.text) !== null && !NEGATION.test(s.text) ? { index: k, adjacent, loose: true, ...past } : null;
  }
  return null;
}

// "Pengarna", "Medlen", "Beloppet", "Summan": a lead that opens with one of these speaks of the money just named.
const MONEY_ANAPHOR = /^(?:pengarna|medlen|beloppet|summan|anslaget)$/i;

// A short lead that distributes the money it names inside ("Så här fördelas pengarna:", "I år fördelas medlen så här:").
const MAX_LOOSE_LEAD_WORDS = 8;
const NEGATION = /(?<![\p{L}])(?:inte|ej|aldrig|icke)(?![\p{L}])/iu;
const DISTRIBUTES = /\b(?:fördela(?:r|s|des|ts)|fördelning(?:en)?|går till|används|följande)\b/i;

/** The word for the money in a short distributing lead, when it is not the lead's first word: "pengarna" in "Så här fördelas pengarna:". */
export function moneyWithin(lead: string): string | null {
  const words = lead.match(/\p{L}+/gu) ?? [];
  if (words.length < 2 || words.length > MAX_LOOSE_LEAD_WORDS || !/:\s*$/.test(lead) || !DISTRIBUTES.test(lead)) return null;
  return words.slice(1).find((w) => MONEY_ANAPHOR.test(w)) ?? null;
}

/**
 * "… en satsning på 600 miljoner kronor. Satsningen består av:": a lead that opens with the
 * definite form of a noun the sentence before gives an amount ("på", "om"), or with a word for
 * the money itself, calls that sentence's amount its whole, as "totalt" would.
 */
function namesBack(lead: string, before: string): boolean {
  const first = /^\s*(\p{L}+)/u.exec(lead)?.[1];
  if (!first) return false;
  if (MONEY_ANAPHOR.test(first)) return true;
  // "Satsningen" → "satsning", "Överenskommelsen" → "överenskommelse", "Stödet" → "stöd", "Paketet" → "paket".
  const stem = first.toLowerCase().replace(/(?:en|et|n)$/u, '');
  if (stem.length < 4) return false;
  // The noun in the sentence before, in a form that adds at most two letters, given its amount: "en satsning på 600 miljoner".
  const text = before.toLowerCase();
  return [...text.matchAll(/\p{L}+/gu)].some(
    (m) => m[0].startsWith(stem) && m[0].length - stem.length <= 2 && /^\s+(?:på|om)\s+(?:totalt\s+|sammanlagt\s+)?\d/u.test(text.slice(m.index + m[0].length)),
  );
}

/** The one exact amount of the sentence that states the list's total. */
function totalBefore(doc: Document, bySentence: Map<number, ProseAmount[]>, lead: number): { whole: ProseAmount; adjacent: boolean; loose: boolean; overRate: boolean } | null {
  const found = totalSentence(doc, lead);
  if (!found) return null;
  const amounts = bySentence.get(found.index) ?? [];
  return amounts.length === 1 ? { whole: amounts[0]!, adjacent: found.adjacent, loose: found.loose, overRate: found.overRate === true } : null;
}

/** The one qualified amount ("drygt", "cirka") of the sentence that states the list's total. */
function roundedTotalBefore(doc: Document, lead: number): ProseAmount | null {
  const found = totalSentence(doc, lead);
  if (!found) return null;
  const amounts = doc.amounts.filter((a) => a.sentence === found.index && a.unit === 'SEK' && a.change === undefined);
  return amounts.length === 1 && amounts[0]!.qualifier !== 'exact' ? amounts[0]! : null;
}

export function checkListSums(doc: Document): RuleFinding[] {
  const out: RuleFinding[] = [];
  const bySentence = amountsBySentence(doc);
  for (const list of leadLists(doc)) {
    const leadText = doc.sentences[list.lead]!.text;
    if (EXAMPLES.test(leadText)) continue;
    // A last item that states the list's total ("Summa 10 000 kr") is no part: list-total-item.ts checks the items against it.
    const items = list.items.length > 2 && isTotalItem(doc, list.items[list.items.length - 1]!) ? list.items.slice(0, -1) : list.items;
    const written = items.map((item) => item.flatMap((k) => bySentence.get(k) ?? []));
    // Items after the first that give their figure bare ("Sveaborgs bygdegård: 7 995") are in the kronor the others write: a reading.
    const kronor = kronorItems(doc, items, written);
    const itemAmounts = kronor?.amounts ?? written;
    // Bare figures under a lead-in that states their unit once ("… (miljoner kronor):") are the items' amounts.
    const bare = itemAmounts.length > 0 && itemAmounts.every((a) => a.length === 0) ? bareParts(doc, list.lead, items) : null;
    // Every item must carry exactly one amount, or the list is not a breakdown of money.
    if (!bare && (itemAmounts.length === 0 || itemAmounts.some((a) => a.length !== 1))) continue;
    const parts = bare ?? itemAmounts.map((a) => a[0]!);
    const leadAmounts = bySentence.get(list.lead) ?? [];
    let whole: ProseAmount | null = null;
    let recipient: string | null = null;
    // The whole was stated as a total ("omfattar totalt …") just before a lead that opens the list: the list is all of it.
    let stated = false;
    // The total stands further back than the sentence before the lead: the message says "the text before the list".
    let earlier = false;
    // The whole is read from the lead's word for the money ("Så här fördelas pengarna:"), not from "totalt": a mismatch warns.
    let loose = false;
    // "Fyra kommuner får dela på 245 miljoner kronor." over four items: a lead that ends in a full stop counts its recipients, and as many items name them.
    let counted = false;
    let totalled = false;
    // "Totalt lägger regeringen 417 miljoner kronor på förstärkningen." right above the items, no colon:
    // that the list shares out the total is a reading of "totalt", so a mismatch warns.
    let noColon = false;
    // The total was read past a sentence of rates (rate-sentence.ts): a reading, so a mismatch warns.
    let overRate = false;
    if (leadAmounts.length === 1 && /:\s*$/.test(leadText)) {
      whole = leadAmounts[0]!;
    } else if (leadAmounts.length === 1 && parts.length >= 2 && LINK.test(leadText) && recipientCount(leadText) === parts.length) {
      whole = leadAmounts[0]!;
      counted = true;
      stated = true;
    } else if (leadAmounts.length === 1 && parts.length >= 2 && LINK.test(leadText) && TOTAL_WORD.test(leadText) && recipientCount(leadText) === null) {
      // "Sammanlagt 245 miljoner kronor betalas ut till föreningarna." right over the list: its total, by a reading.
      whole = leadAmounts[0]!;
      totalled = true;
      stated = true;
    } else if (leadAmounts.length === 1 && TOTAL_OPENS.test(leadText) && /[.!]\s*$/.test(leadText) && (recipientCount(leadText) ?? parts.length) === parts.length) {
      // A lead that counts its recipients otherwise is not the list's total (the count is told by itself).
      whole = leadAmounts[0]!;
      stated = true;
      noColon = true;
    } else if (leadAmounts.length === 0) {
      const named = leadRecipient(leadText);
      whole = named ? linkedWhole(bySentence, list.lead, named.key) : null;
      if (whole && named) recipient = named.text;
      // "… omfattar totalt 1 215,5 miljoner kronor. Överenskommelsen har fyra delar:": the total stands one sentence earlier.
      if (!whole && /:\s*$/.test(leadText)) {
        const before = totalBefore(doc, bySentence, list.lead);
        whole = before?.whole ?? null;
        stated = whole !== null;
        earlier = before !== null && !before.adjacent;
        loose = before !== null && before.loose;
        overRate = before !== null && before.overRate;
        // "… omfattar totalt drygt 1,2 miljarder kronor. Pengarna fördelas på tre insatser:": a rounded whole.
        const rounded = whole === null ? roundedTotalBefore(doc, list.lead) : null;
        const f = rounded && parts.length >= 2 ? roundedWholeFinding(rounded, parts) : null;
        if (f) out.push(f);
      }
    }
    if (!whole || (parts.length < 2 && recipient === null)) continue;
    const c = compareSum(parts.map(fig), fig(whole));
    if (c.verdict === 'exact') continue;
    const exceeds = c.difference.gt(c.slack);
    if (!exceeds && !stated && !WHOLE.test(leadText)) continue;
    const doubts = c.verdict === 'mismatch' ? amountDoubts([whole, ...parts], c.difference) : [];
    if (c.verdict === 'mismatch') for (const a of kronor?.read ?? []) doubts.push(t('doubt.textNoUnit', { raw: a.raw }));
    if (c.verdict === 'mismatch' && counted) doubts.push(t('text.listSum.counted', { count: String(parts.length) }));
    if (c.verdict === 'mismatch' && totalled) doubts.push(t('text.listSum.totalled'));
    if (c.verdict === 'mismatch' && loose) doubts.push(t('text.listSum.moneyWithin', { word: moneyWithin(leadText)! }));
    if (c.verdict === 'mismatch' && noColon) doubts.push(t('text.listSum.totalNoColon'));
    if (c.verdict === 'mismatch' && overRate) doubts.push(t('text.listSum.overRate'));
    out.push({
      severity: c.verdict === 'mismatch' ? (doubts.length > 0 ? 'warning' : 'error') : 'info',
      message:
        t('text.listSum', {
          parts: String(parts.length),
          computed: figureText(c.computed, 'SEK'),
          whole:
            recipient === null
              ? t(earlier ? 'text.listSum.earlier' : 'text.listSum.lead', { stated: figureText(c.stated, 'SEK') })
              : t('text.listSum.recipient', { stated: figureText(c.stated, 'SEK'), recipient }),
          difference: differenceText(c.difference, c.slack, 'SEK'),
        }) + (c.verdict === 'within-rounding' ? t('sum.withinRounding') : doubts.length > 0 ? t('sum.uncertain', { doubts: doubts.join('; ') }) : ''),
      location: whole.location,
      related: parts.map((p) => ({ message: t('text.listSum.part', { raw: p.raw }), location: p.location })),
      expected: c.stated.toFixed(),
      actual: c.computed.toFixed(),
    });
  }
  return out;
}
