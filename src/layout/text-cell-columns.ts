import { looksValue } from './looks-numeric.js';
import { isTotalLabelText } from './total-label.js';

/**
 * A table pasted one cell a line may end its rows in a column of words, a decision or a
 * category ("Mottagare" / "Belopp (kr)" / "Beslut" over "Föreningen Norrsken" / "120 000" /
 * "Beviljas"). The header names how many cells a row has: a cell of words where the header
 * gives the last columns is that column's cell, not the next row's label. A cell of words right
 * before a figure is the next row's label all the same (a figure never opens a row), and so is a
 * total's label ("Summa", "Totalt"): there the row above left its text cells out.
 */

/** Longest cell read as a text column's: a decision or category, not a sentence. */
const MAX_TEXT_CELL = 60;

/** A cell of words a text column may hold: letters, no figure, short, no total's label. */
export function isTextCell(text: string): boolean {
  const t = text.trim();
  // A sentence's end ("Besluten fattades i maj.") is the prose after the table.
  if (t === '' || t.length > MAX_TEXT_CELL || looksValue(t) || !/\p{L}/u.test(t) || /\d/.test(t) || /\p{Ll}{2}[.!?]$/u.test(t)) return false;
  return !isTotalLabelText(t.split(/\s+/)[0] ?? '');
}

/**
 * The number of text columns a row ends in, from the first row's cells after its label (null
 * for a cell of several lines): its trailing cells of words, where every cell before them is a
 * figure; 0 when the row holds no figure before them or no cell of words.
 */
export function trailingTextColumns(cells: readonly (string | null)[]): number {
  let n = 0;
  while (n < cells.length && cells[cells.length - 1 - n] !== null && isTextCell(cells[cells.length - 1 - n]!)) n++;
  const figures = cells.slice(0, cells.length - n);
  return n > 0 && figures.length > 0 && figures.every((c) => c !== null && looksValue(c)) ? n : 0;
}
