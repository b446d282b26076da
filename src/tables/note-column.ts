/**
 * The note column of a financial statement ("Not", "Noter") refers each row to its note: a
 * label, never summed. Its cells are note numbers, one or several ("3", "3A", "22,23", "4, 5"),
 * or, on web pages, links to the notes ("not 20 »", "Not 21 » Not 36 »"), which mark the column
 * as notes even where its title was left empty.
 */
const NOTE_TITLE = /^not(?:er)?\.?$/i;
const NUMBERS = /^\d{1,2}[a-z]?(?:\s?(?:,|&|och|\s)\s?\d{1,2}[a-z]?){0,5}$/i;
const LINKS = /^not\.?\s?\d{1,2}[a-z]?(?:\s?»)?(?:(?:,\s?|\s)(?:not\.?\s?)?\d{1,2}[a-z]?(?:\s?»)?){0,5}$/i;

export function isNoteColumn(header: string, cells: readonly string[]): boolean {
  // A dash in the note column is an empty cell, as it is among figures.
  const values = cells.map((t) => t.trim()).filter((t) => t !== '' && !/^[-−–—]$/.test(t));
  const title = header.trim();
  if (NOTE_TITLE.test(title)) return values.every((t) => NUMBERS.test(t) || LINKS.test(t));
  return title === '' && values.length > 0 && values.every((t) => LINKS.test(t));
}
