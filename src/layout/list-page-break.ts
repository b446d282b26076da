import type { SourceLine } from './source-line.js';

/**
 * A page break copied out of a PDF or a printed page inside a list: the page number ("12",
 * "Sida 3 av 7", "- 4 -", "3 (7)"), a form feed, and the next page's running head (a short line
 * or two: "Promemoria 2025-03-14", the document's title), with blank lines between:
 *
 *   Region Skåne          45,6
 *                                     ← blank
 *   Sida 3 av 7                       ← page number
 *   \f                                ← form feed
 *   Promemoria 2025-03-14             ← running head
 *                                     ← blank
 *   Region Gotland         4,5
 *
 * Returns the index of the first line after the furniture that `continues` what came before
 * (the next item), when a page marker (a page number or a form feed) stands before it among a
 * few short lines, or the reader took such a marker out right before them, else null.
 */
const MAX_LINES = 5;
const MAX_HEAD = 60;
/** "12", "Sida 3 av 7", "sid. 4", "- 4 -", "3 (7)", "3/7". */
// Asked of the text with its spaces collapsed to one, so that each space is one optional character.
const PAGE_NUMBER = /^(?:(?:sida|sid\.?|s\.|page) ?)?(?:[-–] ?)?\d{1,4}(?: ?[-–])?(?: ?(?:av|\/|of) ?\d{1,4}| ?\(\d{1,4}\))?$/i;

export function isPageMarker(raw: string): boolean {
  const t = raw.replaceAll('\f', '').trim();
  return (t === '' && raw.includes('\f')) || (t.length <= 16 && PAGE_NUMBER.test(t.replace(/\s+/g, ' ')));
}

/**
 * Whether the reader took lines out between the last line with text before `at` and `at` (their
 * line numbers jump): the page number and form feed of a page break it recognised, whose running
 * head it left in place. A text file's lines are otherwise handed on one by one.
 */
function droppedBefore(lines: readonly SourceLine[], at: number): boolean {
  for (let k = at; k > 0; k--) {
    const jump = lines[k]!.line - lines[k - 1]!.line;
    // A rule line the reader took out between two lines with text leaves a jump of two between them, and no break.
    if (jump >= 3 || (jump === 2 && (lines[k]!.raw.trim() === '' || lines[k - 1]!.raw.trim() === ''))) return true;
    if (lines[k - 1]!.raw.trim() !== '') return false;
  }
  return false;
}

export function skipPageFurniture(lines: readonly SourceLine[], at: number, continues: (raw: string) => boolean): number | null {
  let i = at;
  // The reader left out a page number and form feed just here: the break is proven as by a marker.
  let marker = droppedBefore(lines, at);
  let text = 0;
  while (i < lines.length) {
    const raw = lines[i]!.raw;
    if (raw.trim() === '' && !raw.includes('\f')) {
      i++;
      continue;
    }
    if (marker && continues(raw)) return i;
    if (isPageMarker(raw)) marker = true;
    // A running head is a short line of its own; at most two of them, and only around a page marker.
    else if (raw.trim().length <= MAX_HEAD && text < 2 && marker) text++;
    else break;
    i++;
    if (i - at > MAX_LINES + 4) return null;
  }
  return null;
}
