/**
 * Where a row's label meets its value by one space, and the value's digit groups stand apart by
 * that same space, the line alone does not say where the label ends: "Projekt 12 394 275" is
 * "Projekt" 12 394 275 or "Projekt 12" 394 275, "Kategori 3 394" is "Kategori 3" 394 or
 * "Kategori" 3 394. A reader takes one split; this gives the other, for the sum rules to try
 * (a sum that reconciles only under it is a doubt, not an error):
 *
 * - a number of one to three digits closing the label, after a word, may be the value's first
 *   digit group when the value opens with a group of three: the value with it;
 * - else the value's first digit group (one to three digits before a group of three) may close
 *   the label: the value without it.
 *
 * A wider gap, a tab or another kind of space between label and value (groups set by no-break
 * spaces, the label by an ordinary one) sets them apart: no other split.
 */

/** The spaces that set digit groups apart; the one between label and value must be the same. */
const GROUP_SPACE = /^[ \u00a0\u202f\u2009]$/;
const HEAD = /^[1-9]\d{0,2}$/;
const GROUP = /^\d{3}/;

/**
 * The other reading of the value at [from, to) of `line`, as its text, or null when the split is
 * not in doubt. `from` is where the value starts, right after the label's last character and one space.
 */
export function otherSplit(line: string, from: number, to: number): string | null {
  const gap = line[from - 1];
  // One space, with the label's last character right before it.
  if (from < 2 || gap === undefined || !GROUP_SPACE.test(gap) || /\s/.test(line[from - 2]!)) return null;
  const value = line.slice(from, to);
  // The label's number first: a value that opens with a full group of three may as well go on from it.
  const joined = labelNumberJoined(line, from, gap, value);
  if (joined !== null) return joined;
  const headEnd = value.indexOf(gap);
  return headEnd > 0 && HEAD.test(value.slice(0, headEnd)) && GROUP.test(value.slice(headEnd + 1)) ? value.slice(headEnd + 1) : null;
}

/** The value with the label's last word before it, when that word is a number of one to three digits after a word of the label. */
function labelNumberJoined(line: string, from: number, gap: string, value: string): string | null {
  if (!GROUP.test(value) || /^\d{4}/.test(value)) return null;
  const labelEnd = from - 1;
  let start = labelEnd;
  while (start > 0 && /\d/.test(line[start - 1]!)) start--;
  const last = line.slice(start, labelEnd);
  if (!HEAD.test(last) || start < 2 || line[start - 1] !== gap || /\s/.test(line[start - 2]!)) return null;
  return `${last}${gap}${value}`;
}
