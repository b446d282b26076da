import { looksNumeric } from './looks-numeric.js';

/**
 * A row whose code stands in a cell of its own before the name, where the other rows carry the
 * code in the label ("1 | Rikets styrelse | 1 215 | 93 |" above "2:1 Riksdagens ledamöter | 125 |"):
 * a short code (a number, "2:1", "4.2"), then words, then figures. It is a row, not a header line,
 * and its label is the code and the name together, as the other rows print it. `figure` says what
 * counts as a cell after the name: where columns are known by alignment, a blank ("<5", "..") or
 * a figure with a note ("3 428 799¹") stands in a column as a number does.
 */
const CODE = /^\d{1,4}(?:[.:]\d{1,3})*\.?$/;

export function isCodeLedRow(texts: readonly string[], figure: (t: string) => boolean = looksNumeric): boolean {
  return texts.length >= 3 && CODE.test(texts[0]!) && /\p{L}/u.test(texts[1]!) && !looksNumeric(texts[1]!) && texts.slice(2).some((t) => figure(t));
}
