/**
 * A header line whose titles are set apart by two spaces or more over rows whose figures are set
 * apart the same way but not aligned ("Nämnd  Budget  Utfall  Avvikelse" over
 * "Kommunstyrelsen  45,2  44,9  0,3"): a title's place on the line says nothing of its column, as
 * the title is as wide as it is and each row's label as long as it is. A person reads the titles in
 * order: the first over the labels, then one over each column of figures.
 *
 * That reading is taken when the line holds one title more than the rows have columns, its first
 * title stands at the labels' margin, and placing the titles by where they stand does not give each
 * column a title of its own (two titles fall over one column, or one over none). Titles placed one
 * to a column by where they stand keep their places.
 */

/** Each title's column (-1: the labels'), by order, or null when the places stand. */
export function titlesInOrder(placed: readonly number[], width: number, firstAtMargin: boolean): number[] | null {
  if (width < 1 || placed.length !== width + 1 || !firstAtMargin) return null;
  const ordered = placed.map((_, k) => k - 1);
  if (placed.every((c, k) => c === ordered[k])) return null;
  return ordered;
}
