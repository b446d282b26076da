/**
 * A list item that gives a count before its amount, as releases tell grants per area:
 *
 *   • Humaniora: 4 st, totalt beviljat belopp 72 mkr
 *   • Kultur – 12 projekt, 4,5 miljoner kronor
 *
 * Handed the item's text before the amount ("Humaniora: 4 st, totalt beviljat belopp "), it finds
 * the label (up to a colon or a dash), the count right after it (a whole number and one word of what
 * is counted, then a comma; the cell is the number, the word names what it counts) and leaves the
 * words between the count and the amount, which title the amount ("totalt beviljat belopp"), to
 * neither cell. Null when the text is not so: the label must
 * hold a letter and no figure, and the words after the comma no figure, so that a second amount or a
 * year is never taken for the count.
 */
export type Span = [number, number];

const SEPARATORS = [':', ' – ', ' — ', ' - '];
const COUNT = /^(\d{1,4})[ \u00a0]+(\p{L}{2,20})\.?,/u;
const MAX_TITLE_WORDS = 5;

export function countBeforeAmount(head: string): { label: Span; count: Span } | null {
  let at = -1;
  let sep = '';
  for (const s of SEPARATORS) {
    const k = head.indexOf(s);
    if (k > 0 && (at < 0 || k < at)) {
      at = k;
      sep = s;
    }
  }
  if (at < 0) return null;
  const label = head.slice(0, at);
  if (!/\p{L}/u.test(label) || /\d/.test(label)) return null;
  const restAt = at + sep.length;
  const lead = head.slice(restAt).length - head.slice(restAt).trimStart().length;
  const countAt = restAt + lead;
  const m = COUNT.exec(head.slice(countAt));
  if (!m) return null;
  const title = head.slice(countAt + m[0].length).trim();
  if (/\d/.test(title) || (title === '' ? 0 : title.split(/\s+/).length) > MAX_TITLE_WORDS) return null;
  const labelFrom = label.length - label.trimStart().length;
  return { label: [labelFrom, label.trimEnd().length], count: [countAt, countAt + m[1]!.length] };
}
