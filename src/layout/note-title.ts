/**
 * The title of a financial statement's note column: "Not" or "Noter", and in the capitals an
 * annual report's table head is often set in, "NOT" or "NOTER". Lower case "not" is left out:
 * in running words it is a note's mention ("se not 3"), not a column.
 */
const TITLE = /^(?:Not(?:er)?|NOT(?:ER)?)\.?$/;
const IN_HEADER = /(?:^|\s)(?:Not(?:er)?|NOT(?:ER)?)\.?(?:\s|$)/;

/** A header word that titles the note column. */
export const isNoteTitle = (word: string): boolean => TITLE.test(word);

/** Header text that names a note column among its titles. */
export const namesNoteColumn = (headerText: string): boolean => IN_HEADER.test(headerText);

/**
 * Header lines that end in a note column's title and the years (or a year and its titles), as
 * "NOT 2023 2022 2023 2022": rows under it may print only a note after their label (a section
 * heading "Rörelsens intäkter 2"), which is a row of the table, not one more header line.
 */
export const headsNoteColumn = (headerLines: readonly string[]): boolean => headerLines.some((h) => IN_HEADER.test(h) && /\b(?:19|20)\d{2}\b/.test(h));
