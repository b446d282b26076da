/**
 * Group titles set flush with the first of their columns, in space-aligned text:
 *
 *                     Staten              Kommuner
 *                     2020  Ändring, %    2020  Ändring, %
 *
 * Placed by its centre such a title stands over its first column only, and spread to both sides
 * it takes the previous group's last column. Where every title starts within two characters of a
 * column's left edge, the titles' columns are evenly `span` apart, and the column titles under
 * each group repeat the first group's (a closing year or number, else the title, names a place in
 * its group), each title spans its column and the `span - 1` after it. Otherwise null: the
 * reading by centres stands.
 */
export interface ColumnExtent {
  from: number;
  to: number;
}

/** The slack between a title's first character and its column's left edge. */
const SLACK = 2;

function key(title: string): string {
  const t = title.trim();
  // Walked back by hand: an unanchored "digits at the end" pattern backtracks over long digit runs.
  let at = t.length;
  while (at > 0 && t[at - 1]! >= '0' && t[at - 1]! <= '9') at--;
  return at < t.length ? t.slice(at) : t.toLowerCase();
}

/**
 * `starts`: each title's first character; `extents`: each value column's, left to right;
 * `titles`: the column titles under the groups. Returns each title's first column and span, or null.
 */
export function leftAlignedGroups(starts: readonly number[], extents: readonly ColumnExtent[], titles: readonly string[]): { col: number; span: number }[] | null {
  if (starts.length < 2 || titles.length !== extents.length || titles.some((t) => t.trim() === '')) return null;
  const cols: number[] = [];
  for (const from of starts) {
    const c = extents.findIndex((e) => e.to > from);
    if (c < 0 || Math.abs(extents[c]!.from - from) > SLACK) return null;
    cols.push(c);
  }
  const span = cols[1]! - cols[0]!;
  if (span < 2 || cols.some((c, i) => i > 0 && c - cols[i - 1]! !== span) || cols[cols.length - 1]! + span > extents.length) return null;
  const first = titles.slice(cols[0], cols[0]! + span).map(key);
  if (!cols.every((c) => titles.slice(c, c + span).every((t, j) => key(t) === first[j]))) return null;
  return cols.map((col) => ({ col, span }));
}
