import { compareSum } from '../../compare/interval.js';
import type { ProseAmount } from '../../model/amount.js';
import type { Document } from '../../model/document.js';
import { amountDoubts } from './amount-doubts.js';
import { recipientsAfter } from './recipients.js';
import { offsetsInSentence } from './table-reference.js';
import type { RuleFinding } from '../types.js';
import { t } from '../../messages/index.js';
import { proseFigure, proseSumFinding } from './prose-sum-finding.js';
import { REMAINDER_BEFORE_AMOUNT } from '../../lexicon/phrases.js';

/**
 * A sum stated in one sentence and split in a later one that refers back to it: "… ett stöd om
 * sammanlagt 9,8 miljarder kronor till kommunerna och landstingen. … Av stödet fördelas 8,33
 * miljarder kronor till kommunerna och 1,47 miljarder kronor till landstingen." The split opens
 * with "Av" and a definite noun or "dessa" (Av stödet, Av pengarna, Av dessa), and every amount
 * in it goes "till" someone. Its whole is the nearest earlier amount whose sentence names all
 * those recipients after it: an amount about something else in between is passed over. Parts
 * that exceed the whole are wrong; a shortfall only when the split is complete: it names as
 * many recipients as the whole does ("till kommunerna och landstingen"), or its last part is the rest.
 */
const REFERS_BACK = /^\s*(?:av|utav)\s+(?:dessa|denna\s+\p{L}+|detta\s+\p{L}+|de\s+\p{L}+na|\p{L}+(?:et|en|na|an))(?![\p{L}])/iu;
// The whole may stand up to three sentences back, in its own paragraph or the one before.
const MAX_SENTENCES_BACK = 3;
const MAX_BLOCKS_BACK = 2;
// "till kommunerna och landstingen", "på kommuner och landsting", "mellan regionerna, kommunerna och staten".
const RECIPIENT_PHRASE = /^[^.;:]*?\b(?:till|på|mellan)\s+([^.;:]+)/i;
const DETERMINER = /^(?:de|den|det|alla|landets|sveriges|samtliga)$/i;


/** "kommunerna", "kommuner" → "kommun"; "landstingen" → "landsting": the noun without article and plural. */
function stem(word: string): string {
  const w = word.toLowerCase();
  const s = w.replace(/(?:erna|arna|orna|ena|er|ar|or|et|en|na|n)$/u, '');
  return s.length >= 3 ? s : w;
}

/** The head nouns of a recipient phrase, one per conjunct: "kommunerna och landstingen" → kommun, landsting. */
function recipientStems(phrase: string): string[] {
  // Split at single marks, then trim: spaces on both sides of the separator would backtrack.
  return phrase
    .split(/,|\s(?:och|samt)\s/i)
    .map((part) => part.trim().split(/\s+/).filter((w) => w !== '' && !DETERMINER.test(w))[0])
    .filter((w): w is string => w !== undefined && /^\p{L}/u.test(w))
    .map(stem);
}

interface Whole {
  amount: ProseAmount;
  /** How many recipients the whole's sentence names after it. */
  named: number;
}

/** The nearest earlier amount whose sentence names every one of the split's recipients after it. */
function wholeBefore(doc: Document, bySentence: Map<number, ProseAmount[]>, split: number, stems: readonly string[]): Whole | null {
  const block = doc.sentences[split]!.block;
  for (let k = split - 1; k >= 0 && k >= split - MAX_SENTENCES_BACK; k--) {
    const s = doc.sentences[k]!;
    if (s.role !== 'paragraph' || s.block < block - MAX_BLOCKS_BACK) return null;
    const amounts = bySentence.get(k) ?? [];
    const spans = offsetsInSentence(amounts);
    for (let i = amounts.length - 1; i >= 0; i--) {
      const m = RECIPIENT_PHRASE.exec(s.text.slice(spans[i]!.end, spans[i + 1]?.start ?? s.text.length));
      if (!m) continue;
      const named = recipientStems(m[1]!);
      if (stems.every((x) => named.includes(x))) return { amount: amounts[i]!, named: new Set(named).size };
    }
  }
  return null;
}

export function checkReferredSplits(doc: Document): RuleFinding[] {
  const out: RuleFinding[] = [];
  const bySentence = new Map<number, ProseAmount[]>();
  for (const a of doc.amounts) if (a.unit === 'SEK') bySentence.set(a.sentence, [...(bySentence.get(a.sentence) ?? []), a]);
  for (const [index, parts] of bySentence) {
    const s = doc.sentences[index];
    // A decrease among the parts ("… och B förlorar 20 miljoner") makes them no split of a sum.
    if (!s || s.role !== 'paragraph' || parts.length < 2 || !REFERS_BACK.test(s.text) || parts.some((a) => a.change !== undefined)) continue;
    const recipients = parts.map((_, i) => recipientsAfter(parts, i)[0]);
    // Every amount of the split goes to someone, or it is not a split between recipients.
    if (recipients.some((r) => r === undefined)) continue;
    const stems = recipients.map((r) => stem(r!.split(/\s+/).find((w) => !DETERMINER.test(w)) ?? r!));
    const whole = wholeBefore(doc, bySentence, index, stems);
    if (!whole) continue;
    // A loosened figure ("knappt 1,5 miljarder") gives no bound to compare against.
    if ([whole.amount, ...parts].some((a) => a.qualifier !== 'exact')) continue;
    const spans = offsetsInSentence(parts);
    const remainder = REMAINDER_BEFORE_AMOUNT.test(s.text.slice(spans[parts.length - 2]!.end, spans[parts.length - 1]!.start));
    const complete = remainder || new Set(stems).size === whole.named;
    const c = compareSum(parts.map(proseFigure), proseFigure(whole.amount));
    if (c.verdict === 'exact') continue;
    const exceeds = c.difference.gt(c.slack);
    if (!complete && !exceeds) continue;
    if (c.verdict === 'within-rounding' && !complete) continue;
    const doubts = c.verdict === 'mismatch' ? amountDoubts([whole.amount, ...parts], c.difference) : [];
    out.push(proseSumFinding('text.referredSplit', 'text.varav.part', whole.amount, parts, c, doubts));
  }
  return out;
}
