import { SEVERAL_WAYS, splitDotPair } from './glued-dot-pairs.js';

/**
 * A token of a line as the figures a person sees in it: two dotted figures run together
 * ("6.3486.914") are two, split where glued-dot-pairs.ts finds the only split; a run that splits
 * more than one way ("9146.914") is two all the same, its digits cut anywhere (only the count is
 * meant). Any other token is itself. Used to count a row's cells, so that rows of such runs are
 * rows of figures, read or reported, never prose.
 */
export function gluedDotFigures(tok: string): string[] {
  if (!/\d\.\d/.test(tok)) return [tok];
  const pair = splitDotPair(tok);
  if (pair !== null) return pair;
  const dot = tok.indexOf('.');
  return SEVERAL_WAYS.test(tok) ? [tok.slice(0, dot - 3), `${tok.slice(dot - 3, dot)}${tok.slice(dot)}`] : [tok];
}
