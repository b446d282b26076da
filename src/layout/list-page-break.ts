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
 * few short lines, else null.
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

export function skipPageFurniture(lines: readonly SourceLine[], at: number, continues: (raw: string) => boolean): number | null {
  let i = at;
  let marker = false;
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
