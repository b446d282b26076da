/**
 * The words a total row starts with. Layout needs this before regions are known
 * (to see where a numbered table ends); the region registry has the full list for rows.
 */
const TOTAL_WORDS = new Set(['totalt', 'total', 'summa', 'riket', 'sverige', 'samtliga', 'hela']);

export function isTotalLabelText(word: string): boolean {
  return TOTAL_WORDS.has(word.toLowerCase().replace(/(?<![:*])[:*]+$/, ''));
}
