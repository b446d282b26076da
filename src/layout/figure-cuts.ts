import { BLANK } from './figure-rows.js';
import type { Tok } from './gap-tokens.js';
import { valueSplits } from './spaced-columns.js';

const DASH = /^[-−–—]$/u;

export interface FigureCut {
  /** A lone dash read as a minus sign of the figure after it, not as a blank cell. */
  signs: boolean;
  /** The cells as token bounds [from, to). */
  cells: [number, number][];
}

/**
 * Every way a line's figure tokens cut into k cells by their digit groups (spaced-columns.ts),
 * no figure going on over a tab or a wide gap: lone dashes read first as blank cells, then, where
 * there are any, as signs. Each cut once, in that order, at most `limit` splits a reading.
 */
export function figureCuts(toks: readonly Tok[], k: number, limit: number): FigureCut[] {
  const out: FigureCut[] = [];
  const seen = new Set<string>();
  for (const signs of [false, true]) {
    if (signs && !toks.some((x) => DASH.test(x.text))) continue;
    const run = toks.map((x) => (DASH.test(x.text) ? (signs ? '–' : '..') : BLANK.test(x.text) ? '..' : x.text));
    for (const cells of valueSplits(run, k, limit)) {
      if (cells.some(([a, b]) => toks.slice(a + 1, b).some((x) => x.hard))) continue;
      const key = cells.map(([a, b]) => `${a}-${b}`).join(',');
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ signs, cells });
    }
  }
  return out;
}
