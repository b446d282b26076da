/**
 * A table of only two rows set apart by spaces, under a header of two lines: group titles over
 * the columns ("Kommuner      Regioner") and a title over each column ("Budget  Utfall  Budget
 * Utfall", "2022  2023  2022  2023"). Two lines of figures alone could be prose with numbers; the
 * header makes them a table when it has one title over each column of figures and no title
 * elsewhere: each title overlaps the figures of its own column and of no other, and every row
 * gives a figure in every column.
 */
export interface Span {
  from: number;
  to: number;
}

/** Rows such a header makes a table of. */
export const MIN_TITLED_ROWS = 2;
/** Columns of figures such a header must title: one title over one column is a line of prose too. */
const MIN_COLUMNS = 2;

/**
 * Whether `titles` (the header's last line, its cells) stand one over each column of `rows` (each
 * row its value cells, in order), under a line of group titles (`groups`: fewer cells than columns).
 */
export function titlesOverFigures(groups: readonly Span[], titles: readonly Span[], rows: readonly (readonly Span[])[]): boolean {
  const width = titles.length;
  if (width < MIN_COLUMNS || rows.length < MIN_TITLED_ROWS || rows.some((r) => r.length !== width)) return false;
  if (groups.length === 0 || groups.length >= width) return false;
  const columns = titles.map((_, c) => ({ from: Math.min(...rows.map((r) => r[c]!.from)), to: Math.max(...rows.map((r) => r[c]!.to)) }));
  const overlaps = (a: Span, b: Span): boolean => a.from < b.to && b.from < a.to;
  // Columns stand apart: no figure of one reaches under another's.
  if (columns.some((col, c) => c > 0 && col.from < columns[c - 1]!.to)) return false;
  if (!titles.every((t, c) => overlaps(t, columns[c]!) && columns.every((col, k) => k === c || !overlaps(t, col)))) return false;
  // The group titles stand over the figures, none before the first column.
  return groups.every((g) => g.to > columns[0]!.from);
}
