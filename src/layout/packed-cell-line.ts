import { valueSplits } from './spaced-columns.js';

/**
 * A row pasted a cell a line where a converter put several cells on one line, single spaces
 * between them ("Summa" / "9 427 990 7 526 470 8 515 304"): the line holds `want` values when its
 * figure tokens read as that many values one way only, by the digit grouping the single-spaced
 * reader honours. Returns each value's [from, to) characters in the line, or null when the line is
 * no such run or reads more than one way (then it stays one cell, as printed).
 */
export function packedCellSpans(raw: string, want: number): [number, number][] | null {
  const toks = [...raw.matchAll(/\S+/g)].map((m) => ({ text: m[0], from: m.index, to: m.index + m[0].length }));
  if (want < 2 || toks.length < want) return null;
  const ways = valueSplits(toks.map((t) => t.text), want, 2);
  if (ways.length !== 1) return null;
  return ways[0]!.map(([a, b]): [number, number] => [toks[a]!.from, toks[b - 1]!.to]);
}
