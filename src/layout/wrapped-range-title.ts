/**
 * Statistical tables head their columns with size classes ("2,1–5,0", "100,1–200,0" hectares,
 * "10–49" employees). A web page narrow enough wraps such a title at its dash, and copied out one
 * cell a paragraph the title prints on two lines:
 *
 *   Storleksgrupp åker, hektar
 *
 *   100,1-
 *   200,0
 *
 *   200,1-
 *   300,0
 *
 * Read as a label line over a value line, "100,1-" became a row and "200,0" its figure: the
 * header lost its titles and the table gained a row per title. Two lines are one title when the
 * first is a figure closed by a dash and the second a figure greater than it, with the same count
 * of decimals (a class's bounds are written alike). A row label over its value ("85-" / "1 234")
 * is not told apart by these lines alone, so a reader asks only before the table's first figure.
 */
const OPEN_RANGE = /^(\d+(?:[ \u00a0]\d{3})*(?:,(\d+))?) ?[-–]$/;
const BOUND = /^(\d+(?:[ \u00a0]\d{3})*(?:,(\d+))?)$/;

const numberOf = (digits: string): number => Number(digits.replace(/[ \u00a0]/g, '').replace(',', '.'));

/** Whether two lines are one size-class title wrapped at its dash ("100,1-" / "200,0"). */
export function isWrappedRangeTitle(first: string, second: string): boolean {
  const a = OPEN_RANGE.exec(first.trim());
  const b = a ? BOUND.exec(second.trim()) : null;
  if (!a || !b) return false;
  return (a[2]?.length ?? 0) === (b[2]?.length ?? 0) && numberOf(b[1]!) > numberOf(a[1]!);
}
