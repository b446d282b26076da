/**
 * A web table flattened to text with one space between cells prints an empty cell as a space of
 * its own, so the spaces count the empty cells:
 *
 *   Årets resultat   107 046 96 770 120 929 112 735       (the empty note: three spaces)
 *   Försäljning av inventarier   32 819   32 819           (then an empty cell between the figures,
 *                                                           and one at the end: two spaces)
 *   Minskning av upplåning       – 43 000 0               (note and two columns empty: seven)
 *
 * Between two tokens, 2k + 1 spaces stand for k empty cells; after the last token, 2k spaces
 * stand for k. A table printed so has no run of two, four … spaces inside a line, and no odd
 * number of spaces at a line's end. Where a gap stands inside a row's figures, no value runs
 * across it, and the figures on either side fill the columns around the empty cells; with the
 * table's column count that often leaves one reading where the digit groups alone allowed many.
 */

/** Empty cells a run of spaces between two tokens stands for, or null when no count of cells gives it. */
export function emptiesBetween(spaces: number): number | null {
  if (spaces < 1 || spaces % 2 === 0) return null;
  return (spaces - 1) / 2;
}

/** Empty cells the spaces after a line's last token stand for, or null when no count of cells gives them. */
export function emptiesAtEnd(spaces: number): number | null {
  if (spaces < 0 || spaces % 2 === 1) return null;
  return spaces / 2;
}

/** A part of a row's figures between two gaps: how many values its digit groups can make, and the empty cells before it. */
export interface GapPart {
  min: number;
  max: number;
  /** Empty cells between this part and the one before it (for the first part: after the label, the choices in `leads`). */
  before: number;
}

/** One way to fill the columns: the empty cells after the label, then the values each part makes. */
export interface PartCounts {
  lead: number;
  counts: number[];
}

/**
 * Steps of the search over ways to fill the columns. Each part may make several values, so the ways
 * grow as compositions of the column count; an untrusted line of many gaps under many columns could
 * make that search run for long. Past this many steps no way is given: the row keeps the reading
 * its digit groups give, rather than one taken from an unfinished search.
 */
const MAX_STEPS = 20_000;

/**
 * Ways the parts fill `width` columns; `trail` is the empty cells after the last part, or null when
 * the line's end does not show them. Empty when the search would take more than MAX_STEPS steps.
 */
export function partCounts(width: number, leads: readonly number[], parts: readonly GapPart[], trail: number | null): PartCounts[] {
  const out: PartCounts[] = [];
  let steps = 0;
  for (const lead of leads) {
    const counts: number[] = [];
    const walk = (j: number, used: number): void => {
      if (++steps > MAX_STEPS) return;
      if (j === parts.length) {
        if (trail === null ? used <= width : used + trail === width) out.push({ lead, counts: [...counts] });
        return;
      }
      const p = parts[j]!;
      const at = used + (j === 0 ? 0 : p.before);
      for (let c = Math.max(1, p.min); c <= p.max && at + c <= width; c++) {
        counts.push(c);
        walk(j + 1, at + c);
        counts.pop();
      }
    };
    walk(0, lead);
  }
  return steps > MAX_STEPS ? [] : out;
}
