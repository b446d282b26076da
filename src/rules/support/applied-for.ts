import type { ProseAmount } from '../../model/amount.js';
import type { Document } from '../../model/document.js';
import { offsetsInSentence } from './table-reference.js';
import { amountsBySentence } from './money-by-sentence.js';

/**
 * Money asked for, not granted, in a grant release's lead: "Föreningarna sökte 40 miljoner
 * kronor, beviljades 25 miljoner kronor, varav …", "Av sökta 40,5 miljoner beviljas 25,4",
 * "… av de 40,5 miljoner kronor som söktes", "Totalt söktes 62 miljoner kronor", "ansökningar
 * om 40 miljoner". Such an amount is no total of the grants listed beside it: a rule that wants
 * the one amount of a sentence as the whole of its parts passes over it, and a caption whose
 * only amount it is states no certain total of a list of grants.
 *
 * The amount's clause decides: the words since the last clause break before it (a comma, a
 * semicolon, "och", "men", "medan", or the amount before it) and the words after it up to the
 * next break or amount. A word of applying in that clause makes the amount applied for. Word
 * edges are lookarounds on letters (`\b` knows no "ö").
 */
const APPLIED = /(?<![\p{L}])(?:sökte|sökt|sökta|söktes|söks|sökts|ansökt|ansökta|ansökte|ansöktes|ansökning|ansökningar|ansökningarna|ansökan|ansökningsbeloppet|ansökningsbelopp)(?![\p{L}])/giu;
/** A verb of granting after the word of applying makes the amount the grant: "Föreningen som sökte stöd beviljades 25 miljoner". */
const GRANTED = /(?<![\p{L}])(?:bevilja(?:r|s|des|ts|t|de)?|beviljat|beviljade|får|fick|tilldela(?:s|r|des|ts)?|fördela(?:s|r|des|ts)?|går|gick|erhåller|erhöll|betala(?:s|r|des|ts)?)(?![\p{L}])/giu;
/**
 * After the amount only a passive or relative clause makes it the sum applied for: "40 miljoner
 * kronor som söktes", "… som föreningarna sökte", "40 miljoner kronor söktes". A clause about the
 * recipients ("till projekt som sökt stöd i höstas") does not.
 */
const APPLIED_AFTER = /^[ \u00a0]*(?:(?:kronor|kr)[ \u00a0]+)?(?:som[ \u00a0]+(?:\p{L}+[ \u00a0]+){0,2})?(?:har[ \u00a0]+)?(?:söktes|sökts|sökte|sökt|ansöktes|ansökts|ansökte|ansökt)(?![\p{L}])/iu;
/** Where a clause ends: punctuation that parts clauses, or a conjunction between two of them. */
const BREAK = /[,;:()]|(?<![\p{L}])(?:och|men|medan|samt|varav|därav)(?![\p{L}])/giu;
/** Clauses longer than this are cut: a word of applying far before the amount speaks of something else. */
const REACH = 60;

function lastIndex(re: RegExp, text: string): number {
  let at = -1;
  for (const m of text.matchAll(re)) at = m.index;
  return at;
}

/** Whether the amount written at [start, end) of the text stands in a clause about money applied for. */
export function appliedAt(text: string, start: number, end: number): boolean {
  const window = text.slice(Math.max(0, start - REACH), start);
  let from = 0;
  for (const m of window.matchAll(BREAK)) from = m.index + m[0].length;
  const before = window.slice(from);
  const applied = lastIndex(APPLIED, before);
  if (applied >= 0 && lastIndex(GRANTED, before) < applied) return true;
  return APPLIED_AFTER.test(text.slice(end, end + REACH));
}

const bySentence = new WeakMap<Document, Map<number, ProseAmount[]>>();

function sentenceAmounts(doc: Document, sentence: number): ProseAmount[] {
  let m = bySentence.get(doc);
  if (!m) {
    m = amountsBySentence(doc);
    bySentence.set(doc, m);
  }
  return m.get(sentence) ?? [];
}

/** Whether the document's amount is money applied for, read from its clause (the next amount ends it). */
export function isAppliedFor(doc: Document, a: ProseAmount): boolean {
  const all = sentenceAmounts(doc, a.sentence);
  const i = all.indexOf(a);
  if (i < 0) return false;
  const spans = offsetsInSentence(all);
  const span = spans[i]!;
  // Amounts of money before and after bound the clause; a count ("31 föreningar") does not.
  let prevEnd = 0;
  for (let j = i - 1; j >= 0; j--) if (all[j]!.unit === 'SEK') { prevEnd = spans[j]!.end; break; }
  let nextStart = a.context.length;
  for (let j = i + 1; j < all.length; j++) if (all[j]!.unit === 'SEK') { nextStart = spans[j]!.start; break; }
  const text = a.context;
  // The neighbouring amounts bound the clause: their own words are theirs.
  const bounded = ' '.repeat(prevEnd) + text.slice(prevEnd, nextStart);
  return appliedAt(bounded, span.start, span.end);
}

/** The amounts that are not money applied for. */
export function granted(doc: Document, amounts: readonly ProseAmount[]): ProseAmount[] {
  return amounts.filter((a) => !isAppliedFor(doc, a));
}

/** Whether the text speaks of applying at all ("14 föreningar sökte", "ansökningar"). */
export function mentionsApplying(text: string): boolean {
  return text.search(APPLIED) >= 0;
}
