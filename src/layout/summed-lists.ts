import { isTotalLabelText } from './total-label.js';

/**
 * Two lists printed one under the other, each under its own heading and each closed by its own
 * sum, the way a budget sets what comes in against what goes out:
 *
 *   Medel in                 Intäkter
 *   Bidrag 450 000           Avgifter: 310 000
 *   Egen insats 50 000       Sponsring: 40 000
 *   Summa 500 000            Totalt: 350 000
 *   Medel ut                 Kostnader
 *   Löner 400 000            Personal: 300 000
 *   Resor 30 000             Material: 50 000
 *   Summa 430 000            Totalt: 350 000
 *
 * The heading between them, a line without a figure right after the first list's sum, ends that
 * list and captions the next: each sum is checked against its own items. Only where the rows after
 * the heading are closed by their own sum and no row follows it but another heading; a sum after
 * the sections' sums (a grand total) makes them sections of one list (list-sections.ts).
 */

/** A row as the readers see it: its label, and whether it holds no figure (a heading). */
export interface ListRow {
  label: string;
  heading: boolean;
}

/** A total row: its label opens with a total word ("Summa", "Totalt"). */
export const isTotalRow = (r: ListRow): boolean => !r.heading && isTotalLabelText(r.label.trim().split(/\s+/)[0] ?? '');

/** Items before a list's sum, fewest: a sum of one item checks nothing. */
const MIN_ITEMS = 2;

/**
 * The rows after a heading are a list of their own closed by its sum: items, then one total row,
 * the last row.
 */
export function closedBySum(rows: readonly ListRow[]): boolean {
  const first = rows.findIndex(isTotalRow);
  return first === rows.length - 1 && first >= MIN_ITEMS && rows.slice(0, first).every((r) => !r.heading);
}

/**
 * The index of the heading that ends the first of two such lists in `rows`, else -1: a heading
 * right after a total row that closes at least MIN_ITEMS items, the rows after it up to the next
 * heading closed by their own sum, and no row between that sum and the next heading.
 */
export function secondListAt(rows: readonly ListRow[]): number {
  for (let h = 1; h < rows.length; h++) {
    if (!rows[h]!.heading || !isTotalRow(rows[h - 1]!)) continue;
    let from = h - 1;
    while (from > 0 && !rows[from - 1]!.heading) from--;
    if (h - 1 - from < MIN_ITEMS || rows.slice(from, h - 1).some(isTotalRow)) continue;
    let to = h + 1;
    while (to < rows.length && !rows[to]!.heading) to++;
    if (closedBySum(rows.slice(h + 1, to))) return h;
  }
  return -1;
}
