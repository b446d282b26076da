import type { ProseAmount } from '../../model/amount.js';
import type { Document } from '../../model/document.js';

/** The document's amounts that `keep` takes, by the sentence they stand in (pushed, not spread: a sentence may hold thousands). */
export function amountsBySentence(doc: Document, keep: (a: ProseAmount) => boolean = () => true): Map<number, ProseAmount[]> {
  const m = new Map<number, ProseAmount[]>();
  for (const a of doc.amounts) {
    if (!keep(a)) continue;
    const list = m.get(a.sentence);
    if (list) list.push(a);
    else m.set(a.sentence, [a]);
  }
  return m;
}

/** The document's amounts in kronor, by the sentence they stand in. */
export function moneyBySentence(doc: Document): Map<number, ProseAmount[]> {
  return amountsBySentence(doc, (a) => a.unit === 'SEK');
}
