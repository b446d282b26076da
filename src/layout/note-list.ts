/**
 * A list of note numbers in a note cell ("2, 3, 17", "4, 5", "9, 10"): a space after each comma,
 * so never a decimal number ("4,5"). A single number stays a value: whether it is a note the
 * header decides.
 */
export const NOTE_LIST = /^\d{1,2}[a-z]?(?:, \d{1,2}[a-z]?){1,5}$/i;

/** A cell that is a list of note numbers. */
export const isNoteList = (text: string): boolean => NOTE_LIST.test(text.trim());
