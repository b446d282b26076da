/**
 * Budget lists print each item's code on a line of its own above its name and figures, as a
 * page copied from a two-column layout sets them:
 *
 *   21.01                                        (or "01." for a moment under its chapter,
 *   Omkostnader för ministeriet  12 400  13 100   "1:1" for an appropriation)
 *
 * Read as a value, the code would make a row of one figure and no label. A line holding only
 * such a code, right above a row with a label of its own, begins that row's label. A plain
 * number ("45") is not taken here: above a labelled row it may be a figure (code-label-line.ts
 * reads it above a row without a label). The code must have a dot or a colon: "21.01", "01.",
 * "28.10.01", "1:1".
 */
const CODE = /^(?:\d{1,2}\.(?:\d{2}\.?){0,3}|\d{1,2}:\d{1,2})$/;

/** Only digits, dots and colons, at most 12 characters: most lines fail the first test. */
export function isCodeAboveLabel(raw: string): boolean {
  const t = raw.trim();
  return t.length > 0 && t.length <= 12 && CODE.test(t);
}
