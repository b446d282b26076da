/**
 * Financial statements copied from web pages often put the note reference in the row itself,
 * after the word "not": "Nettoomsättning not 1 872,6 856,0", "Personalkostnader Not 5, 6 −123,9
 * −119,1". The number after "not" is the note, never a value nor a digit group of one: it
 * belongs to the label, with the numbers of a note list ("5, 6") after it.
 */
const NOTE_WORD = /^not(?:er)?\.?$/i;
const NOTE_REF = /^\d{1,2}[a-z]?,?$/i;

/** Where the run of values starts once the note reference after "not" is given to the label. */
export function afterNoteWord(toks: readonly { text: string }[], at: number): number {
  if (at === 0 || at >= toks.length - 1 || !NOTE_WORD.test(toks[at - 1]!.text) || !NOTE_REF.test(toks[at]!.text)) return at;
  let k = at + 1;
  // A list of notes goes on after a comma ("5, 6"), leaving at least one value.
  while (toks[k - 1]!.text.endsWith(',') && k < toks.length - 1 && NOTE_REF.test(toks[k]!.text)) k++;
  return k;
}

/**
 * A row whose own label is only its note reference ("Not 9 – 16 064 – 16 064", "not 3, 4 12 8"):
 * the page put the row's label on the line above it and the note opens the line of figures. The
 * label is that line's, as a label wrapped above a row of figures is.
 */
export function isNoteRefOnly(toks: readonly { text: string }[]): boolean {
  if (toks.length < 2 || !NOTE_WORD.test(toks[0]!.text)) return false;
  return toks.slice(1).every((t, k, rest) => NOTE_REF.test(t.text) && (k === rest.length - 1) !== t.text.endsWith(','));
}
