import { readItemsLine } from './inline-list.js';
import type { SourceLine } from './source-line.js';
import type { Grid } from './types.js';

/**
 * Items run on in one line, set on the line after their lead-in rather than after its colon:
 *
 *   Övriga mottagare är:
 *   Hembygdsföreningen, 50 000 kronor, Scoutkåren, 20 000 kronor, och Ridklubben, 40 000 kronor.
 *
 *   Bidragen fördelas så här:
 *
 *   Skolan 1,2 mnkr, biblioteket 0,8 mnkr och badet 2,5 mnkr.
 *
 * The line before (one blank line between allowed) is a lead-in: words ending in a colon, no figure
 * after it. The line itself must read as items from its start to its end, as inline-list.ts reads
 * them after a colon (three items or more, each a short label and its figure, no clause words);
 * it becomes a table of kind `list`, its figures `readBy: "spaced"`, so a sum over them warns.
 * A line of prose (verbs that differ before the figures, a figure with no label) is left as it was.
 */
const LEAD_IN = /[\p{L})]:$/u;

export function detectItemsAfterLeadIn(file: string, lines: readonly SourceLine[], i: number, isRegionLabel?: (label: string) => boolean): Grid | null {
  const src = lines[i]!;
  if (!/\d/.test(src.raw) || src.raw.includes(': ')) return null;
  let k = i - 1;
  if (k >= 0 && lines[k]!.raw.trim() === '') k--;
  const before = k >= 0 ? lines[k]!.raw.trim() : '';
  if (!LEAD_IN.test(before)) return null;
  return readItemsLine(file, src, isRegionLabel);
}
