/**
 * Group titles over sets of columns in space-aligned text, set flush left, flush right or centred
 * over their sets, the sets of any size:
 *
 *                   Kommuner                     Regioner        (flush left)
 *                        Kommuner           Regioner             (flush right)
 *                   Budget    Utfall   Avvik     Antal     Andel
 *
 * A reader takes each title to cover the columns from the one it starts over up to the column
 * before the next title's set (or to the end), every column covered once. Here the columns are
 * cut into as many runs as there are titles, in order, and a cut is kept when every title stands
 * the same way over its run: all flush with its left edge, all flush with its right edge, or all
 * centred on it. Each run holds two columns at least: a word over one column is the first line of
 * that column's title as often as a group. When no cut fits, or two fit about as well (the
 * titles could go either way), null: the reading by centres stands.
 */
export interface Edge {
  from: number;
  /** Exclusive. */
  to: number;
}

/** A column's figures and, if any, its title under the group titles. */
export interface GroupedColumn {
  figures: Edge;
  title: Edge | null;
}

/** The slack between a title's edge and its run's edge, or between their centres. */
const SLACK = 2;
/** Columns a group covers at the least. */
const MIN_RUN = 2;
/** Bounds on the cuts tried (at most some thousands): wider headers keep the reading by centres. */
const MAX_COLUMNS = 24;
const MAX_TITLES = 8;

type Run = { lo: number; hi: number };

/** Every way to cut `width` columns into `k` runs of MIN_RUN columns or more, in order. */
function cuts(width: number, k: number): Run[][] {
  if (k === 0) return width === 0 ? [[]] : [];
  const out: Run[][] = [];
  for (let n = MIN_RUN; n <= width - MIN_RUN * (k - 1); n++) {
    for (const rest of cuts(width - n, k - 1)) out.push([{ lo: 0, hi: n - 1 }, ...rest.map((r) => ({ lo: r.lo + n, hi: r.hi + n }))]);
  }
  return out;
}

/** Each title's first column and span, or null where no one cut fits. */
export function alignedGroupSpans(titles: readonly Edge[], columns: readonly GroupedColumn[]): { col: number; span: number }[] | null {
  const width = columns.length;
  if (titles.length < 2 || titles.length > MAX_TITLES || width > MAX_COLUMNS || titles.length * MIN_RUN > width) return null;
  // A column's left and right edges: where its figures or its title start and end.
  const lefts = columns.map((c) => [c.figures.from, ...(c.title ? [c.title.from] : [])]);
  const rights = columns.map((c) => [c.figures.to, ...(c.title ? [c.title.to] : [])]);
  const from = (c: number): number => Math.min(...lefts[c]!);
  const to = (c: number): number => Math.max(...rights[c]!);
  const overlaps = (t: Edge, c: number): boolean => t.from < to(c) && from(c) < t.to;
  // How far each way of standing is from a title's run, in characters: its left edge, right edge or centre.
  const ways = [
    (t: Edge, r: Run) => Math.min(...lefts[r.lo]!.map((e) => Math.abs(t.from - e))),
    (t: Edge, r: Run) => Math.min(...rights[r.hi]!.map((e) => Math.abs(t.to - e))),
    (t: Edge, r: Run) => Math.abs((t.from + t.to) / 2 - (from(r.lo) + to(r.hi)) / 2),
  ];
  const fits: { runs: Run[]; off: number }[] = [];
  for (const runs of cuts(width, titles.length)) {
    // No title reaches over a column of another run.
    if (!titles.every((t, i) => columns.every((_, c) => (c >= runs[i]!.lo && c <= runs[i]!.hi) || !overlaps(t, c)))) continue;
    const off = Math.min(...ways.map((way) => Math.max(...titles.map((t, i) => way(t, runs[i]!)))));
    if (off <= SLACK) fits.push({ runs, off });
  }
  fits.sort((a, b) => a.off - b.off);
  // One cut fits, or one fits closer by a character or more than any other.
  if (fits.length === 0 || (fits.length > 1 && fits[1]!.off - fits[0]!.off < 1)) return null;
  return fits[0]!.runs.map((r) => ({ col: r.lo, span: r.hi - r.lo + 1 }));
}
