import type { Document } from '../../model/document.js';

/**
 * News pages set each sentence apart as a paragraph of its own ("Det framgår av stödpaketet på
 * totalt 17 miljarder kronor." / "7 miljarder fördelas i december." / "Resterande 10 miljarder
 * …"). A check that reads a whole and its parts within a paragraph or the one after it reads
 * them so across such one-sentence paragraphs as well: whether the sentences from `from` up to
 * and including `to`'s paragraph are at most `maxBlocks` paragraphs apart, or every paragraph
 * after `from`'s, up to `to`'s, holds one sentence.
 */
export function withinParagraphs(doc: Document, from: number, to: number, maxBlocks: number): boolean {
  const a = doc.sentences[from]!.block;
  const b = doc.sentences[to]!.block;
  if (b - a <= maxBlocks) return true;
  for (let k = from + 1; k <= to; k++) {
    const s = doc.sentences[k]!;
    const prev = doc.sentences[k - 1]!;
    // A second sentence in a paragraph after the first's: the paragraphs are no one-sentence news paragraphs.
    if (k > from + 1 && s.block === prev.block) return false;
    if (k === from + 1 && s.block === a) return false;
  }
  return true;
}
