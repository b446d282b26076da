import { parseNumberWord } from '../../../grammars/amount/numberWords.js';
import type { ProseAmount } from '../../model/amount.js';
import type { Document } from '../../model/document.js';
import { SPLIT_INTO } from '../../lexicon/money-verbs.js';
import { t } from '../../messages/index.js';
import type { RuleFinding } from '../types.js';
import { moneyBySentence } from './money-by-sentence.js';
import { proseSumFinding } from './prose-sum-finding.js';
import { placedSum } from './placed-sum.js';

/**
 * An amount split into a counted number of parts ("Överenskommelsen omfattar 2 967 miljoner
 * kronor och fördelas mellan två block."), each part then told by its number, one sentence each,
 * in the same paragraph or the next ones ("Block 1 på 2 513 miljoner kronor betalas ut …",
 * "Block 2, utvecklingsblocket på 443 miljoner kronor, fördelas …"): the parts make the amount.
 * Exactly as many sentences as the count must open with the parts' noun and their numbers 1, 2, …
 * in order, each with one amount of money; another sentence with money between them leaves the
 * split unread. That these sentences are the parts is read from their noun and number, so a
 * mismatch warns, never errs.
 */
// The count and the parts' noun right after the splitting words: "två block", "tre delar", "4 områden".
const COUNTED_NOUN = /^\s+(\d{1,2}|\p{Ll}{2,8})\s+(\p{Ll}{3,20})(?![\p{L}])/u;
// A sentence that opens with a part's noun and its number: "Block 1 på …", "Del 2, …", "Område 3 omfattar …".
const NUMBERED_OPENING = /^\s*(\p{Lu}\p{Ll}{2,20})\s+(\d{1,2})(?![\d\p{L}])/u;
// How many letters the count's noun may add to the part's ("delar" to "del", "områden" to "område").
const MAX_ENDING = 3;
// How many sentences after the split its parts may stand.
const MAX_SENTENCES = 8;

/** The count and noun the sentence splits its amount into, or null. */
function splitInto(text: string): { count: number; noun: string } | null {
  const m = SPLIT_INTO.exec(text);
  if (!m) return null;
  const c = COUNTED_NOUN.exec(text.slice(m.index + m[0].length));
  if (!c) return null;
  const count = /^\d+$/.test(c[1]!) ? Number(c[1]) : parseNumberWord(c[1]!);
  return count !== null && count >= 2 ? { count, noun: c[2]! } : null;
}

/** Whether a part's noun ("Del") is the counted noun ("delar") in the singular. */
function sameNoun(part: string, counted: string): boolean {
  const p = part.toLowerCase();
  return counted.startsWith(p) && counted.length - p.length <= MAX_ENDING;
}

export function checkNumberedParts(doc: Document): RuleFinding[] {
  const out: RuleFinding[] = [];
  const bySentence = moneyBySentence(doc);
  for (const [w, found] of bySentence) {
    const s = doc.sentences[w];
    // Parts in bullets are a list under its lead: list-sum.ts reads them.
    if (!s || s.role !== 'paragraph' || found.length !== 1 || found[0]!.change !== undefined) continue;
    const split = splitInto(s.text);
    if (!split) continue;
    const parts: ProseAmount[] = [];
    for (let k = w + 1; k <= w + MAX_SENTENCES && k < doc.sentences.length && parts.length < split.count; k++) {
      const amounts = bySentence.get(k);
      if (!amounts) continue;
      const m = doc.sentences[k]!.role === 'paragraph' ? NUMBERED_OPENING.exec(doc.sentences[k]!.text) : null;
      // Another sentence with money between the parts: the split is not told part by part.
      if (!m || !sameNoun(m[1]!, split.noun) || Number(m[2]) !== parts.length + 1 || amounts.length !== 1 || amounts[0]!.change !== undefined) break;
      parts.push(amounts[0]!);
    }
    if (parts.length !== split.count) continue;
    const whole = found[0]!;
    const sum = placedSum(whole, parts, [t('text.numberedParts.reading', { noun: split.noun })]);
    if (sum) out.push(proseSumFinding('text.numberedParts', 'text.varav.part', whole, parts, sum.c, sum.doubts));
  }
  return out;
}
