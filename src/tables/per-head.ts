import type { Grid } from '../layout/types.js';
import { PER_HEAD } from './units.js';

/** A title line, not a paragraph of prose. */
const MAX_TITLE = 150;

/**
 * The unit clause closing a title line: what follows its last comma ("Läkemedelskostnader per
 * län 2017, kronor per invånare", "Sales of pharmaceuticals, SEK per inhabitant in 2020"), or
 * the whole line when it has no comma ("Kronor per invånare").
 */
function unitClause(line: string): string {
  const t = line.trim();
  return t.slice(t.lastIndexOf(',') + 1);
}

/**
 * The table states, above its columns, that its figures are per head or means: in its unit line,
 * its caption or the header over its labels ("Kr/inv" in the corner), or in the unit clause of
 * the title line just above it, which may close a paragraph ("… Diagram nuläge Läkemedel per län
 * 2017, kronor per invånare"). Each figure is then a rounded quotient, never an exact count of
 * kronor. The text above counts only by the closing unit clause of a line that ends no sentence:
 * prose that tells how money was shared ("… fördelas med 100 kronor per invånare.") is no unit of
 * the figures.
 */
export function statesPerHead(grid: Grid, cornerHeader: string): boolean {
  if ([grid.unitNote?.text, grid.caption?.text, cornerHeader].some((s) => s !== undefined && PER_HEAD.test(s))) return true;
  const lead = grid.lead?.text.trim();
  if (lead === undefined || /[.:!?]$/.test(lead)) return false;
  const title = lead.slice(lastSentenceStart(lead));
  return title.length <= MAX_TITLE && PER_HEAD.test(unitClause(title));
}

/** Where the text's last sentence starts: after the last ". ", "! " or "? ", or at 0. */
function lastSentenceStart(text: string): number {
  let start = 0;
  for (let i = 1; i < text.length; i++) if (text[i] === ' ' && /[.!?]/.test(text[i - 1]!)) start = i + 1;
  return start;
}
