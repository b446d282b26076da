/**
 * A column of counts grouped with dots ("507.488", "82.763") beside a column of shares with
 * decimal commas ("13,65"): a page that writes its decimals with a comma sets digit groups apart
 * with its dots. The table-wide reading (dot-groups.ts) declines a table with decimal commas, since
 * a table may mix two conventions; a column does not: where every figure of a column has groups of
 * exactly three digits (three figures or more) and the table's other commas are decimal commas of
 * a shape no grouping gives ("13,65", "6,3"), that column's dots are groups. It is still a reading
 * of the page's convention, so its cells say so.
 */
const GROUPED = /^[-−–‑]?\d{1,3}(?:\.\d{3})+$/;
const DECIMAL_COMMA = /^[-−–‑]?[\d \u00a0]*\d,\d+(?:\s?%)?$/;
/** A comma that may set off a group of three ("31,402"): the table may be English, its dots decimal points. */
const COMMA_GROUP = /^[-−–‑]?\d{1,3}(?:,\d{3})+$/;
const MIN_GROUPED = 3;

/** The indexes of the columns (of the figures given, one list a column) whose dots set digit groups apart. */
export function dotGroupColumns(columns: readonly (readonly string[])[]): Set<number> {
  const found = new Set<number>();
  const all = columns.flat().map((t) => t.trim());
  if (all.some((t) => COMMA_GROUP.test(t)) || !all.some((t) => DECIMAL_COMMA.test(t))) return found;
  columns.forEach((cells, k) => {
    const filled = cells.map((t) => t.trim()).filter((t) => t !== '');
    if (filled.length >= MIN_GROUPED && filled.every((t) => GROUPED.test(t))) found.add(k);
  });
  return found;
}
