import { TOTAL_LABEL_WORDS } from '../lexicon/phrases.js';

/**
 * Whether a word opens a total row. Layout needs this before regions are known (to see where
 * a numbered table ends); the words are the lexicon's.
 */
export function isTotalLabelText(word: string): boolean {
  return TOTAL_LABEL_WORDS.has(word.toLowerCase().replace(/(?<![:*])[:*]+$/, ''));
}
