import { labelMeasure, labelScale } from './label-units.js';

/**
 * Thousands of what a row counts, stated at the end of its label or as the whole label:
 * "I arbetskraften, 1 000-tal", "Sysselsatta (tusental)", or "1 000-tal" alone where the label
 * wrapped onto a line of its own ("I arbetskraften," / "1 000-tal 289,4 …").
 */
const COUNT_SCALE = /(?:^|[,(\s])(?:1[\s\u00a0]?000-tal|tusental)\)?$/i;

export function labelCountScale(label: string): number | null {
  return COUNT_SCALE.test(label.trim()) ? 1e3 : null;
}

/** A row's scale read from the labels: stated by its own label, or carried down from a row above that states it. */
export interface RowScale {
  scale: number;
  /** Read from a row above, not the row's own label: a reading, so a sum over it is uncertain. */
  carried: boolean;
}

/**
 * Statistics tables of measures as rows (SCB's labour force tables: "Arbetskraftstal", "I
 * arbetskraften, 1 000-tal", "Sysselsatta", "I arbete", …) state thousands on the first row of a
 * block of counts and leave it off the rows under it. Per row (`labels`, and whether the row
 * holds figures): the thousands its own label states, or, for a row right under such a row or
 * under rows that carry it, the same thousands, carried. A row without figures (a section's
 * heading, a wrapped label), or a row whose label names a unit of its own (percent, kronor, m²,
 * antal), ends the block. Null for a table where no label states thousands. Before, only money
 * ("mnkr", "tkr") was read from a label, and the counts read as units of one.
 */
export function countScaleRows(labels: readonly string[], figures: readonly boolean[]): (RowScale | null)[] | null {
  if (!labels.some((l) => labelCountScale(l) !== null)) return null;
  const out: (RowScale | null)[] = [];
  let block: number | null = null;
  for (const [r, label] of labels.entries()) {
    const own = labelCountScale(label);
    if (own !== null) {
      out.push({ scale: own, carried: false });
      block = figures[r] ? own : null;
      continue;
    }
    if (!figures[r] || labelMeasure(label) !== null || labelScale(label) !== null) block = null;
    out.push(block !== null ? { scale: block, carried: true } : null);
  }
  return out;
}
