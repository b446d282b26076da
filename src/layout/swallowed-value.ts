/**
 * Web tables pasted as text keep the spaces of their cells unevenly: "Grundbelopp 52 100  4 342"
 * under rows like "Lokalbidrag  11 020  918". Split at two or more spaces, the first row's label
 * has swallowed its first value. When a row has one value fewer than the table's columns and its
 * label ends in an amount with a digit group ("… 52 100"), that amount is the missing value; the
 * split rests on digit groups, so the cell is marked `readBy: "spaced"`.
 */
interface Segment {
  from: number;
  to: number;
  text: string;
}

const FIRST = /^[-−–]?\d{1,3}$/;
const GROUP = /^\d{3}$/;
const LAST = /^\d{3}(?:,\d+)?$/;

/** A label of words, one space, then an amount of digit groups ("52 100", "-1 204,5"): read token by token from the end. */
export function swallowedValue(seg: Segment): { label: Segment; value: Segment } | null {
  const toks = seg.text.split(' ');
  const last = toks.length - 1;
  if (last < 2 || !LAST.test(toks[last]!)) return null;
  let k = last;
  while (k - 1 > 0 && GROUP.test(toks[k - 1]!)) k--;
  // The first group may have fewer digits or a sign; when it has three, the run above took it.
  if (k - 1 > 0 && FIRST.test(toks[k - 1]!)) k--;
  if (k === last) return null;
  const labelText = toks.slice(0, k).join(' ');
  if (!/[\p{L}.)]$/u.test(labelText) || !/\p{L}/u.test(labelText)) return null;
  const at = seg.from + labelText.length + 1;
  return { label: { from: seg.from, to: seg.from + labelText.length, text: labelText }, value: { from: at, to: seg.to, text: toks.slice(k).join(' ') } };
}

const LONE_FIGURE = /^[-−–]?\d+(?:,\d+)?$/;

/**
 * A label too long for its column runs on up to the first value, leaving one space:
 * "Region Jämtland Härjedalen Östra 310" over a column whose values end where "310" ends. A figure
 * without digit groups could be the label's own number ("Område 2"), so only one that ends at the
 * column's right edge (within a character) is split off, and the cell is a reading all the same.
 */
export function overflowedValue(seg: Segment, edge: number): { label: Segment; value: Segment } | null {
  const at = seg.text.lastIndexOf(' ');
  if (at <= 0 || Math.abs(seg.to - edge) > 1) return null;
  const figure = seg.text.slice(at + 1);
  const labelText = seg.text.slice(0, at).trimEnd();
  if (!LONE_FIGURE.test(figure) || !/[\p{L}.)]$/u.test(labelText)) return null;
  return {
    label: { from: seg.from, to: seg.from + labelText.length, text: labelText },
    value: { from: seg.from + at + 1, to: seg.to, text: figure },
  };
}
