import { Decimal } from 'decimal.js';
import { plainValue } from './plain-value.js';
import type { GridCell, GridRow } from './types.js';

/**
 * "Därav" rows with fewer values than the table has columns, under a row with all of them:
 *
 *   År                       2014 2015 2016 2017
 *   Sökande                  5 120 5 480 5 903 6 011
 *     därav kvinnor          2 912 3 001 3 050
 *     därav män              2 568 2 902 2 961
 *
 * The page left a year out of the parts and does not say which; the parts sum to the row above
 * in the columns they stand in, so the one placement in which they do is the row as printed.
 * Each part row keeps its values together and in order; when no placement, or more than one,
 * makes the parts add up, the rows stay as the reader put them (marked uncertain already).
 */
const PART = /^(?:därav|varav)\b/i;
/** Placements tried for one group of part rows. */
const MAX_PLACEMENTS = 256;

const filled = (c: GridCell): boolean => c.text.trim() !== '';

const valueOf = plainValue;

/** Places the values of short part rows where they sum to the row above. Rows are changed in place. */
export function placeShortParts(rows: GridRow[], width: number): void {
  for (let i = 0; i < rows.length; i++) {
    const parent = rows[i]!;
    if (PART.test(parent.cells[0]?.text.trim() ?? '') || parent.cells.some((c) => c.header)) continue;
    const top = parent.cells.slice(1).map((c) => valueOf(c.text));
    if (top.length !== width || top.some((v) => v === null)) continue;
    const group: GridRow[] = [];
    for (let j = i + 1; j < rows.length && PART.test(rows[j]!.cells[0]?.text.trim() ?? ''); j++) group.push(rows[j]!);
    if (group.length < 2) continue;
    const vals = group.map((r) => r.cells.slice(1).filter(filled).map((c) => valueOf(c.text)));
    const counts = vals.map((v) => v.length);
    if (vals.some((v) => v.some((x) => x === null)) || counts.some((n) => n === 0 || n > width) || counts.every((n) => n === width)) continue;
    const fits: number[][] = [];
    let tried = 0;
    const walk = (g: number, offsets: number[]): void => {
      if (++tried > MAX_PLACEMENTS) return;
      if (g === group.length) {
        if (adds(top as Decimal[], vals as Decimal[][], offsets)) fits.push([...offsets]);
        return;
      }
      for (let o = 0; o + counts[g]! <= width; o++) walk(g + 1, [...offsets, o]);
    };
    walk(0, []);
    if (tried > MAX_PLACEMENTS || fits.length !== 1) continue;
    group.forEach((r, g) => {
      const values = r.cells.slice(1).filter(filled);
      const empties = r.cells.slice(1).filter((c) => !filled(c));
      const placed: GridCell[] = [];
      for (let c = 0; c < width; c++) {
        const k = c - fits[0]![g]!;
        placed.push(k >= 0 && k < values.length ? values[k]! : (empties.pop() ?? { ...values[0]!, text: '' }));
      }
      r.cells = [r.cells[0]!, ...placed];
    });
  }
}

/** Do the parts, at these offsets, sum to the top row in every column all of them fill (two at least)? */
function adds(top: Decimal[], parts: Decimal[][], offsets: number[]): boolean {
  let checked = 0;
  for (let c = 0; c < top.length; c++) {
    const here = parts.map((p, g) => p[c - offsets[g]!]).filter((v): v is Decimal => v !== undefined);
    if (here.length < parts.length) continue;
    checked++;
    if (!here.reduce((a, b) => a.plus(b), new Decimal(0)).eq(top[c]!)) return false;
  }
  return checked >= 2;
}
