/**
 * "Sk?ne", "?rebro", "V?stra G?taland": a copy made through a character set without å, ä and ö
 * writes "?" where each of them stood, the way a decoder writes U+FFFD. A "?" with a letter right
 * after it, at the start of a word or between letters, is such a lost letter: it becomes U+FFFD,
 * which the matcher reads as one unknown letter of the one region whose spelling fits (match.ts).
 * A "?" that ends a word ("Skåne?") is punctuation and stays.
 */
const LOST = /(?<=^|[\s\p{L}])\?(?=\p{L})/gu;

/** The key with each lost letter's "?" as U+FFFD, or null when it has none. */
export function questionMarksAsLost(key: string): string | null {
  if (!key.includes('?')) return null;
  const out = key.replace(LOST, '\ufffd');
  return out === key ? null : out;
}
