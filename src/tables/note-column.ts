/**
 * The note column of a financial statement ("Not", "Noter") refers each row to its note: a
 * label, never summed. Its cells are note numbers, one or several ("3", "3A", "22,23", "4, 5"),
 * or, on web pages, links to the notes ("not 20 »", "Not 21 » Not 36 »"), which mark the column
 * as notes even where its title was left empty.
 */
const NOTE_TITLE = /^not(?:er)?\.?$/i;
const DASH = /^[-−–—]$/;
const NUMBERS = /^\d{1,2}[a-z]?(?:\s?(?:,|&|och|\s)\s?\d{1,2}[a-z]?){0,5}$/i;
const LINKS = /^not\.?\s?\d{1,2}[a-z]?(?:\s?»)?(?:(?:,\s?|\s)(?:not\.?\s?)?\d{1,2}[a-z]?(?:\s?»)?){0,5}$/i;

export function isNoteColumn(header: string, cells: readonly string[]): boolean {
  const title = header.trim();
  const titled = NOTE_TITLE.test(title);
  if (!titled && title !== '') return false;
  const form = titled ? (t: string) => NUMBERS.test(t) || LINKS.test(t) : (t: string) => LINKS.test(t);
  let values = 0;
  for (const cell of cells) {
    const t = cell.trim();
    // A dash in the note column is an empty cell, as it is among figures.
    if (t === '' || DASH.test(t)) continue;
    if (!form(t)) return false;
    values++;
  }
  return titled || values > 0;
}
