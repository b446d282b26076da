/**
 * Statements and their notes printed as web tables number their sections with the note that
 * explains them: under "Not 2022 2023 2024" a heading "Intäkter 1" (or "Skatteintäkter" with
 * "3" on a line of its own) names a section and carries note 1, no figures. Such a heading,
 * right under a header of years with a note column, begins the table's body; it is no line of
 * the header and no row of values.
 */

const NOTE_HEADING = /^[A-ZÅÄÖ][^\d]{0,80}\s[1-9]\d?$/;
const NOTE_ONLY = /^[1-9]\d?$/;
// Whether a header names a note column ("Not", "Noter", "NOT") is note-title.ts's to say.

/** A heading of words closed by one note number (1–99) and nothing else: "Finansiella intäkter 3". */
export function isNoteHeading(raw: string): boolean {
  const t = raw.trim();
  return t.length <= 90 && NOTE_HEADING.test(t);
}

/** A line holding only a note number (1–99): the note of the heading above it. */
export function isNoteOnly(raw: string): boolean {
  const t = raw.trim();
  return t.length <= 2 && NOTE_ONLY.test(t);
}
