/**
 * A table of only two rows set apart by spaces, under a header of two lines: group titles over
 * the columns ("Kommuner      Regioner") and a title over each column ("Budget  Utfall  Budget
 * Utfall", "2022  2023  2022  2023"). Two lines of figures alone could be prose with numbers; the
 * header makes them a table when it has one title over each column of figures and no title
 * elsewhere: each title overlaps the figures of its own column and of no other, and every row
 * gives a figure in every column. A title over the labels ("Län", "Verksamhet") is the label
 * column's: it starts where the labels start and ends before the first column of figures. Such a
 * stub title and a title over each column make one header line enough, without group titles.
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
 * Whether `header` (the header's last line, its cells) stands one title over each column of `rows` (each
 * row its value cells, in order), under a line of group titles (`groups`: fewer cells than columns),
 * or beside a title over the rows' `labels` (each row's label, null where it has none).
 */
export function titlesOverFigures(
  groups: readonly Span[],
  header: readonly Span[],
  rows: readonly (readonly Span[])[],
  labels: readonly (Span | null)[] = [],
): boolean {
  const width = rows[0]?.length ?? 0;
  if (width < MIN_COLUMNS || rows.length < MIN_TITLED_ROWS || rows.some((r) => r.length !== width)) return false;
  const columns = Array.from({ length: width }, (_, c) => ({ from: Math.min(...rows.map((r) => r[c]!.from)), to: Math.max(...rows.map((r) => r[c]!.to)) }));
  const overlaps = (a: Span, b: Span): boolean => a.from < b.to && b.from < a.to;
  // Columns stand apart: no figure of one reaches under another's.
  if (columns.some((col, c) => c > 0 && col.from < columns[c - 1]!.to)) return false;
  const stub = header.length === width + 1 && stubTitle(header[0]!, labels, columns[0]!);
  const titles = stub ? header.slice(1) : header;
  if (titles.length !== width) return false;
  if ((groups.length === 0 && !stub) || groups.length >= width) return false;
  if (!titles.every((t, c) => overlaps(t, columns[c]!) && columns.every((col, k) => k === c || !overlaps(t, col)))) return false;
  // The group titles stand over the figures, none before the first column.
  return groups.every((g) => g.to > columns[0]!.from);
}

/** Whether `title` stands over the labels: from the labels' left edge to before the first column of figures. */
function stubTitle(title: Span, labels: readonly (Span | null)[], first: Span): boolean {
  if (labels.length === 0 || labels.some((l) => l === null)) return false;
  const left = Math.min(...labels.map((l) => l!.from));
  return title.from === left && title.to < first.from;
}
