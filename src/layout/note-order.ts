/**
 * A statement numbers its notes in the order its rows refer to them: down the note column the
 * notes rise ("1", "2", "3" … "10"), a row without a note leaving its cell empty. A small first
 * figure of a row below note 10 that would be note 1 ("Årets resultat 1 400 634") breaks that
 * order, so it more likely opens the row's first value (1 400). The order is the whole column's,
 * read from the rows above, never one row's.
 */

/** The number a note cell starts with ("3", "3A", "5, 6" → 5): one or two digits, not led by 0; else null. */
export function noteNumber(text: string): number | null {
  const t = text.trim();
  let k = 0;
  while (k < t.length && t[k]! >= '0' && t[k]! <= '9') k++;
  if (k === 0 || k > 2 || t[0] === '0') return null;
  return Number(t.slice(0, k));
}
