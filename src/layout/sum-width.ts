/**
 * The column count of a single-spaced table closed by a total row, when the rows' digit groups
 * allow several counts ("116 216 804 275 457 13 840 474 0" reads as two values or five) and the
 * header does not settle it (titles of several words, a header wrapped over lines): the count at
 * which one reading of every row adds up, column by column, to the total row is how the table was
 * printed (column-sum-splits.ts). The count found otherwise stays when its own columns add up, or
 * when no other count, or more than one, does. The cells stay single-spaced readings either way.
 */

/** Counts tried above the one found otherwise: a header rarely hides more columns than that. */
const MAX_EXTRA = 3;

export function widthBySums(width: number, min: number, max: number, addsUp: (w: number) => boolean): number {
  if (addsUp(width)) return width;
  const other: number[] = [];
  for (let w = Math.max(2, min); w <= Math.min(max, width + MAX_EXTRA); w++) if (w !== width && addsUp(w)) other.push(w);
  return other.length === 1 ? other[0]! : width;
}
