import type { SourceLine } from './source-line.js';

/**
 * A pipe table whose text was cut off inside its last row ("| Västmanlands län | 1 53", and then
 * nothing): the row is the table's, and the cell the text ends in was cut, so its figure is not
 * known. The row is kept (nothing is dropped); the cut cell is returned so that the reader can
 * mark it, and the cells the row lost stay empty.
 */
export const CUT_CELL = 'the text ends inside this cell';

/**
 * Cell bounds of a cut last row: it opens with a pipe (or, for tables written without one,
 * `opens` false, holds one), never closes, has no more cells than `cells`, and only blank lines follow.
 */
export function cutRowBounds(lines: SourceLine[], at: number, cells: number, opens = true): Array<[number, number]> | null {
  const src = lines[at];
  if (!src || lines.slice(at + 1).some((l) => l.raw.trim() !== '')) return null;
  const raw = src.raw.trimEnd();
  const open = raw.length - raw.trimStart().length;
  if ((opens ? raw[open] !== '|' : raw[open] === '|' || !raw.includes('|')) || raw.endsWith('|')) return null;
  const bounds: Array<[number, number]> = [];
  let from = opens ? open + 1 : 0;
  for (let i = from; i < raw.length; i++) {
    if (raw[i] === '|') {
      bounds.push([from, i]);
      from = i + 1;
    }
  }
  bounds.push([from, raw.length]);
  return bounds.length >= 1 && bounds.length <= cells ? bounds : null;
}
