import type { Block, Grid, TextLine } from './types.js';

/**
 * A table may state its unit in a line printed under it: "Belopp i tkr.", "Beloppen anges i
 * miljoner kronor.", or after the source ("Källa: Länsstyrelsen, belopp i miljoner kronor"). The
 * first line of the block right under a grid that states no unit of its own (caption, header or
 * label column) is read, part by part between commas and semicolons; a part that states a unit
 * and holds no figure is the grid's unit note. Whether a part states a unit is for the caller to
 * say (captions.ts knows the wordings above tables, and the same hold under them).
 */
const MAX_LINE = 100;
/** Any unit word a caption or header may carry: a grid that has one keeps it. */
const ANY_UNIT = /(?:^|[\s(,])(?:kr|kronor|tkr|mnkr|mkr|mdkr|kkr|sek|euro|€|%|procent|antal|st|tusental|miljoner|miljarder)(?=$|[\s),.:])/i;

const statesAnyUnit = (g: Grid): boolean =>
  [g.caption?.text ?? '', ...g.rows.flatMap((r) => r.cells.filter((c, k) => c.header || k === 0).map((c) => c.text))].some((t) => ANY_UNIT.test(t));

export function unitBelow(blocks: readonly Block[], i: number, statesUnit: (text: string) => boolean): TextLine | null {
  const grid = blocks[i];
  const below = blocks[i + 1];
  if (grid?.kind !== 'grid' || below?.kind !== 'text' || statesAnyUnit(grid)) return null;
  const line = below.lines[0];
  if (!line || line.text.trim().length > MAX_LINE) return null;
  for (const part of line.text.split(/[,;]/)) {
    const text = part.trim().replace(/\.$/, '');
    if (text !== '' && !/\d/.test(text) && statesUnit(text)) return { text, location: line.location };
  }
  return null;
}
