/**
 * The title line of a note in an annual report: "Not 14 Långfristiga skulder", "NOT 3
 * Avskrivningar", "Not 12. Materiella anläggningstillgångar", "Not 7 – Övriga kostnader". The
 * note's figures follow, often with no header of their own where the notes share the years printed
 * once above them. Such a line titles the table under it: it is no header line (its "Not" is no
 * note column, its number no year), and no row of figures.
 *
 * A note number is 1–999 (a year is a header's, "Not 2016 2015"); the words after it hold no figure,
 * so that "Not 3 2 400 1 900" (a note column's title over a row) is not taken for a title.
 */
const NOTE_LINE = /^(?:Not|NOT)\s+[1-9]\d{0,2}[.:]?\s+(?:[-–—]\s+)?\p{L}[^\d]{1,100}$/u;

/** Whether a source line is a note's title line. */
export function isNoteLine(raw: string): boolean {
  const t = raw.trim();
  return NOTE_LINE.test(t);
}
