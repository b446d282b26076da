/**
 * How the items of a numbered grid ("1. Medel till regionerna  2 925", "1.2 Varav …  80") are
 * read. The grid takes the number opening a line as the item's number and the figure ending it
 * as its value; two things that reading cannot see for itself:
 *
 * - The numbers may be codes, not a numbering: "03 Region Uppsala", "8000 Projekt" (county
 *   codes, account numbers). A numbering runs 1, 2, 3 (with 1.1, 1.2 below); a code has a
 *   leading zero, runs to three or four digits, or the codes do not rise. Codes are labels.
 * - The line may hold more figures than the one read as its value ("03 Region Uppsala 90 9"
 *   under "2022 2023"): a label ending in a figure says so. The value's digit groups are then
 *   no proof of one number ("Summa 368 199" may be 368 and 199).
 */
const NUMBERED = /^(\d+(?:\.\d+)*)\.?\s+(\S.*)$/;
/** A numbering of items in a published table stays well under this. */
const MAX_ITEM_NUMBER = 100;

/** The number path opening a label, and the label after it; null when none opens it. */
export function itemNumber(label: string): { number: string; label: string } | null {
  const m = NUMBERED.exec(label);
  return m ? { number: m[1]!, label: m[2]! } : null;
}

/** Whether the numbers opening a numbered grid's labels are codes rather than a numbering. */
export function numbersAreCodes(labels: readonly string[]): boolean {
  const numbers = labels.map((l) => itemNumber(l)?.number).filter((n): n is string => n !== undefined);
  if (numbers.length === 0 || numbers.some((n) => n.includes('.'))) return false;
  if (numbers.some((n) => /^0\d/.test(n) || Number(n) >= MAX_ITEM_NUMBER)) return true;
  return numbers.some((n, i) => i > 0 && Number(n) <= Number(numbers[i - 1]));
}

/** A bare figure ending an item's label (after its number): the line holds more figures than its value. */
export function labelEndsInFigure(label: string): boolean {
  const text = itemNumber(label)?.label ?? label;
  return /\s\d+(?:,\d+)?$/.test(text.trim());
}

/** A value written with digit groups ("368 199"), which two figures side by side would look like too. */
export function hasDigitGroups(raw: string): boolean {
  return /\d[ \u00a0\u202f\u2009]\d/.test(raw);
}
