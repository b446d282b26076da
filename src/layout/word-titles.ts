/**
 * A header pasted on one line over a table of one cell a line, its titles set apart by single
 * spaces ("Mätområde Datum Värde (stycken)"): which words make one title the line does not say.
 * A title opens with a capital letter (or "#"); a word in small letters, a bracket ("(kr)"), a
 * figure or a year goes on the title before it. Only where that gives exactly one title a column
 * are the words split; otherwise the line is left whole (a caption).
 */

/** Fewer titles than this could be a caption's words as well: "Antal Kvinnor" is no header. */
const MIN_TITLES = 3;
/** Each title a word or two: a longer run of capitalised words is a sentence's or a name's. */
const MAX_WORDS = 3;

const OPENS_TITLE = /^(?:[\p{Lu}#]|Nr\b)/u;

export function wordTitles(text: string, k: number): string[] | null {
  if (k < MIN_TITLES) return null;
  const words = text.trim().split(/\s+/);
  const titles: string[][] = [];
  for (const w of words) {
    if (titles.length === 0 && !OPENS_TITLE.test(w)) return null;
    if (OPENS_TITLE.test(w)) titles.push([w]);
    else titles[titles.length - 1]!.push(w);
  }
  if (titles.length !== k || titles.some((t) => t.length > MAX_WORDS)) return null;
  // A sentence ends in a full stop; a title line does not.
  if (/[.!?:]$/.test(text.trim())) return null;
  return titles.map((t) => t.join(' '));
}
