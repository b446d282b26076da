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

/** A label of words, one space, then an amount of digit groups ("52 100", "-1 204,5"). */
const LABEL_THEN_AMOUNT = /^(.*\p{L}[\p{L}.)]*) ([-−–]?\d{1,3}(?: \d{3})+(?:,\d+)?)$/u;

export function swallowedValue(seg: Segment): { label: Segment; value: Segment } | null {
  const m = LABEL_THEN_AMOUNT.exec(seg.text);
  if (!m) return null;
  const labelText = m[1]!;
  const at = seg.from + labelText.length + 1;
  return { label: { from: seg.from, to: seg.from + labelText.length, text: labelText }, value: { from: at, to: seg.to, text: m[2]! } };
}
