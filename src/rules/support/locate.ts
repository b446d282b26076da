import type { Document, Sentence } from '../../model/document.js';
import type { Location } from '../../model/location.js';

/**
 * The place of a phrase within a sentence: the sentence keeps only its start, so the phrase
 * is looked up in the source lines from there on. Falls back to the sentence's start.
 */
export function locatePhrase(doc: Document, sentence: Sentence, phrase: string): Location {
  const at = sentence.location;
  if (at.line === undefined) return at;
  for (let l = at.line; l < at.line + 10 && l <= doc.lines.length; l++) {
    const text = doc.lines[l - 1]!;
    const from = l === at.line ? (at.column ?? 1) - 1 : 0;
    const i = text.indexOf(phrase, from);
    if (i >= 0) return { file: at.file, line: l, column: i + 1, endColumn: i + 1 + phrase.length };
  }
  return at;
}
