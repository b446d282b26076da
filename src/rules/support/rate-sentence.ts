import type { Document } from '../../model/document.js';

/**
 * A sentence whose every amount is a rate: money per year, per person, per item or each ("Bidraget
 * är ett schablonbelopp på tre miljoner kronor per år i sex år.", "De får 50 000 kronor vardera.",
 * "… 18 miljoner var"). Such an amount is no sum the money is shared into, so between a total and
 * the list that shares it out it leaves the list no remainder to be of: the total is read past it
 * (list-sum.ts), as a reading that a mismatch names.
 */
const RATE_AFTER = /^[\s\u00a0]*(?:(?:per|om|i|\/)[\s\u00a0]*(?:år|året|månad|månaden|vecka|veckan|dag|dagen|timme|person|invånare|elev|barn|deltagare|anställd|plats|projekt|ansökan|forskare|stipendiat)|vardera|var|styck|st\/)(?![\p{L}])/iu;

export function isRateSentence(doc: Document, k: number): boolean {
  const text = doc.sentences[k]?.text ?? '';
  const amounts = doc.amounts.filter((a) => a.sentence === k);
  if (amounts.length === 0) return false;
  let from = 0;
  for (const a of amounts) {
    const at = text.indexOf(a.raw, from);
    if (at < 0 || !RATE_AFTER.test(text.slice(at + a.raw.length))) return false;
    from = at + a.raw.length;
  }
  return true;
}
