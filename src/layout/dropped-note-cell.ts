import { looksNumeric } from './looks-numeric.js';
import type { GridCell, GridRow } from './types.js';

/**
 * A statement copied as pipe rows often drops the empty note cell of a row that refers to no note,
 * so that the row has one cell fewer than the header and its figures stand one column too far left:
 *
 *   | Mnkr                    | Not | 2024  | 2023  |
 *   | Verksamhetens intäkter  | 1   | 412,5 | 398,1 |
 *   | Avskrivningar           | -95,2 | -90,4 |          ← no note: its cell left out
 *
 * Under a header with a note column ("Not", "Noter") after the label, a row one cell short whose
 * cells from the note column's place on are all figures (or blanks) left out its note cell: an
 * empty cell goes back at the note column, and the figures stand under their titles. A figure that
 * cannot be a note number ("-95,2", "1 503") makes that certain: the one cell missing is the note.
 * When the first figure could be a note ("5"), the row might instead have lost a figure at its end:
 * the row's figures are then marked uncertain, so no sum over them is called wrong for certain.
 */
export const DROPPED_NOTE_GUESS = 'the row is one cell short under a note column and its first figure could be a note number: its figures were read as standing after an empty note cell';

const NOTE_TITLE = /^not(?:er)?\.?$/i;
/** A note number as note columns print it ("3", "14", "3A"). */
const NOTE_NUMBER = /^\d{1,2}[a-zA-Z]?$/;
const BLANK = /^(?:|[-−–—]|\.\.)$/;
const LETTERS = /\p{L}/u;

/** The note column's index among the header's titles (after the first), or -1. */
export function noteColumnOf(titles: readonly string[]): number {
  const k = titles.findIndex((t, c) => c >= 1 && NOTE_TITLE.test(t.trim()));
  return k >= 1 && titles.filter((t) => NOTE_TITLE.test(t.trim())).length === 1 ? k : -1;
}

/** Whether a row of these cell texts left out its empty note cell at column `note` of a header `width` wide. */
export function droppedNoteCell(texts: readonly string[], width: number, note: number): boolean {
  if (note < 1 || texts.length !== width - 1 || width < 3) return false;
  const label = texts.slice(0, note);
  const figures = texts.slice(note).map((t) => t.trim());
  if (!LETTERS.test(label[0] ?? '') || label.some((t) => looksNumeric(t.trim()) && t.trim() !== '')) return false;
  return figures.length > 0 && figures.every((t) => BLANK.test(t) || looksNumeric(t)) && figures.some((t) => !BLANK.test(t));
}

/**
 * Puts an empty cell back at the note column of each body row that left it out (see above).
 * `headerRows` rows at the top are the header; the last one holds the column titles. Rows change in place.
 */
export function restoreNoteCells(rows: GridRow[], headerRows: number): void {
  if (headerRows < 1 || rows.length <= headerRows) return;
  const titles = rows[headerRows - 1]!.cells.map((c) => c.text);
  const width = titles.length;
  const note = noteColumnOf(titles);
  if (note < 0) return;
  for (const row of rows.slice(headerRows)) {
    const texts = row.cells.map((c) => c.text);
    if (!droppedNoteCell(texts, width, note)) continue;
    const guess = NOTE_NUMBER.test(texts[note]!.trim());
    const empty: GridCell = { ...row.cells[note - 1]!, text: '', colspan: 1, rowspan: 1, header: false };
    delete empty.uncertain;
    delete empty.readBy;
    const after = row.cells.slice(note).map((c) => (guess && c.text.trim() !== '' ? { ...c, uncertain: c.uncertain ?? DROPPED_NOTE_GUESS } : c));
    row.cells = [...row.cells.slice(0, note), empty, ...after];
  }
}
