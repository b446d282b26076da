import { splitGluedRun } from './glued-run.js';
import type { SourceLine } from './source-line.js';

/**
 * A web table copied without cell separators may also break a row over lines, its last cells on
 * lines of their own under it, glued as the first were:
 *
 *   Kulturnämnden10,7-3,5175,935,6
 *   -210,8
 *   4,211,4
 *
 * A line of nothing but a glued run of values, with no label, directly under a row (or under such a
 * line of the same row) holds that row's next cells, in order. Its values split as any glued run
 * (glued-run.ts): by digit groups and decimal parts, never by a guess about sizes.
 */

/** Only digits, spaces, signs and decimal commas, and at least one digit. */
const RUN_ONLY = /^[\d\s\u00a0\-−–,]+$/;
const DIGIT = /\d/;

export interface TailValue {
  src: SourceLine;
  from: number;
  to: number;
}

/** The values of a line that is a row's wrapped tail, offsets into its raw text; null when it is not one. */
export function tailValues(src: SourceLine): TailValue[] | null {
  const raw = src.raw;
  if (raw.length > 200 || !RUN_ONLY.test(raw) || !DIGIT.test(raw)) return null;
  const from = raw.length - raw.trimStart().length;
  const run = raw.trim();
  const split = splitGluedRun(run);
  if (!split) return null;
  return split.values.map((v) => ({ src, from: from + v.from, to: from + v.to }));
}
