/**
 * A statement of two bodies side by side (the municipality and the group, "Kommunen" and
 * "Koncernen") often gives each body its own note column: "Not 2018 2017 Not 2018 2017". Each
 * "Not" heads a column of note references, so the row "Maskiner 14 29,8 30,7 9 92,5 76,4" holds
 * two notes and four figures, and a row without notes leaves both empty. Which columns are notes
 * is decided by the header, for the whole table, never by one row's figures.
 */
import { sizeSpread } from './note-or-figure.js';

const NOTE_TITLE = /^(?:Not(?:er)?|NOT(?:ER)?)\.?$/;
const YEAR = /^(?:19|20)\d{2}(?:[/–-]\d{2,4})?$/;

/**
 * The columns of values (0 = the first after the label) that a header line's note titles head,
 * when the line names two note columns or more, each followed by years: "Not 2018 2017 Not 2018
 * 2017" gives [0, 3]. Words before the first title or year name the rows. Null for any other line.
 */
export function groupNoteColumns(words: readonly string[]): number[] | null {
  const first = words.findIndex((w) => NOTE_TITLE.test(w) || YEAR.test(w));
  if (first < 0) return null;
  const cols = words.slice(first);
  if (!cols.every((w) => NOTE_TITLE.test(w) || YEAR.test(w))) return null;
  const notes = cols.flatMap((w, i) => (NOTE_TITLE.test(w) ? [i] : []));
  // Every note title heads a group of years: one right after it, none before the first.
  if (notes.length < 2 || notes[0] !== 0 || notes.some((i) => i + 1 >= cols.length || !YEAR.test(cols[i + 1]!))) return null;
  return notes;
}

/**
 * The spread of value sizes within each group of columns a note column opens (the years of one
 * body are of one size), summed: a reading that takes a row's first figure of a group as its
 * note ("1" of "1 597,7 1 554,7") leaves the group less alike than the one without.
 * `sizes` are per column the digits of the value placed there (null: empty, or a note column).
 */
export function groupSpread(sizes: readonly (number | null)[], notes: readonly number[]): number {
  let total = 0;
  notes.forEach((at, g) => {
    const end = notes[g + 1] ?? sizes.length;
    total += sizeSpread(sizes.slice(at + 1, end).filter((d): d is number => d !== null));
  });
  return total;
}
