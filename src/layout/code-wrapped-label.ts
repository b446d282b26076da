import { isCodeAboveLabel } from './code-above-label.js';

/**
 * An appropriation's code heads its name, and a long name wraps over lines before the row's
 * figures, as committee reports and motions print their tables of appropriations:
 *
 *   1:1                                   (the code alone, or "1:1 Arbetsförmedlingens")
 *   Arbetsförmedlingens förvaltnings-
 *   kostnader                 7 912 400   +450 000
 *
 * The code begins that row's label, and the lines of the name between it and the figures are
 * the label's too: never a header line, never the end of the row above.
 */

/** The most lines of a name between its code and its figures. */
export const MAX_NAME_LINES = 3;

/**
 * A label that opens with an appropriation or item code and a name in capitals, as names are
 * written ("1:3 Kostnader för …", "2:4 ap.1 Bidrag …", "21.02 Utvecklingsprojekt"): the first
 * line of a row's label. A small letter after the code ("1:1 förordningen") goes on a label.
 */
const CODE_THEN_NAME = /^(?:\d{1,2}:\d{1,2}|\d{1,2}\.\d{2}(?:\.\d{2}){0,2})[ \u00a0](?:ap\.[ \u00a0]?\d{1,2}[ \u00a0])?\p{Lu}/u;

export function opensWithCode(text: string): boolean {
  const t = text.trim();
  return t.length <= 200 && CODE_THEN_NAME.test(t);
}

/**
 * A code line at k (a code alone, or a code and the name's first words) over at most
 * MAX_NAME_LINES lines of the name, then a row of figures: the line index of that row, else -1.
 * `isNamePart(j)` says whether line j is a line of words that may be part of a label, `isRow(j)`
 * whether it is a row with figures (with a label of its own or without).
 */
export function codeWrappedLabelEnd(count: number, k: number, isNamePart: (j: number) => boolean, isRow: (j: number) => boolean, text: (j: number) => string): number {
  const first = text(k);
  if (!isCodeAboveLabel(first) && !(opensWithCode(first) && isNamePart(k))) return -1;
  for (let j = k + 1, n = 0; j < count && n <= MAX_NAME_LINES; j++, n++) {
    if (isRow(j)) return n > 0 || !isCodeAboveLabel(first) ? j : -1;
    // Another code opens another item: this one has no figures of its own.
    if (!isNamePart(j) || isCodeAboveLabel(text(j)) || opensWithCode(text(j))) return -1;
  }
  return -1;
}
