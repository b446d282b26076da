/**
 * A statement numbers its notes in the order its rows refer to them: down the note column the
 * notes rise from the first ("1", "2", "3" … "10"), a row without a note leaving its cell empty.
 * A note may be out of place now and then (note 7 for depreciation between notes 2 and 3), but
 * a row's small first figure below notes that went on past the column's first note, that would
 * be that note again or one before it ("Årets resultat 1 400 634" under notes 1 to 10), more
 * likely opens the row's first value (1 400). The order is the whole column's, read from the
 * rows above, never one row's; a reading by it is a guess.
 */

/** The number a note cell starts with ("3", "3A", "5, 6" → 5): one or two digits, not led by 0; else null. */
export function noteNumber(text: string): number | null {
  const t = text.trim();
  let k = 0;
  while (k < t.length && t[k]! >= '0' && t[k]! <= '9') k++;
  if (k === 0 || k > 2 || t[0] === '0') return null;
  return Number(t.slice(0, k));
}

/** True when `note` would return to or below the first of the notes above it (`above`, in row order) after they went on past it. */
export function breaksNoteOrder(note: number, above: readonly number[]): boolean {
  const first = above[0];
  return first !== undefined && note <= first && above.some((n) => n > first);
}
