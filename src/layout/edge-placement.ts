/**
 * The columns of a row with fewer figures than the table has columns, in a table aligned by
 * spaces: each figure goes to the column whose right edge is nearest its own. That is a reading
 * of where the figure stands, and a guess where the figure stands about as near another column's
 * edge (more than a character off its own, the next edge less than twice as far: a figure set
 * left, or centred), or where two figures of the row would go to one column. Those are put in
 * order, each right of the one before, and marked guessed, so a sum over them warns; none is
 * written over another.
 */
export interface EdgePlacement {
  columns: number[];
  guessed: boolean[];
}

/** Off by this many characters or fewer, a figure stands at its column's edge. */
const AT_EDGE = 1;

export function placeByEdges(rights: readonly number[], edges: readonly number[]): EdgePlacement {
  const near = rights.map((to) => {
    const byDistance = edges.map((e, c) => ({ c, d: Math.abs(e - to) })).sort((a, b) => a.d - b.d);
    const [best, second] = byDistance;
    return { c: best!.c, between: best!.d > AT_EDGE && second !== undefined && second.d < 2 * best!.d };
  });
  const columns: number[] = [];
  const guessed: boolean[] = [];
  near.forEach((n, k) => {
    const prev = columns[k - 1] ?? -1;
    // Room for the figures after this one.
    const last = edges.length - (near.length - k);
    const c = Math.min(Math.max(n.c, prev + 1), last);
    columns.push(c);
    guessed.push(n.between || c !== n.c);
  });
  // A figure moved makes the others of its row guesses too: which of them stands where the page meant is not known.
  if (guessed.some((g, k) => g && columns[k] !== near[k]!.c)) return { columns, guessed: columns.map(() => true) };
  return { columns, guessed };
}
