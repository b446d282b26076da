import { matchRegion, REGIONS } from '../regions/match.js';
import { isTotalLabelText } from '../layout/total-label.js';
import type { GridRow } from '../layout/types.js';

/**
 * A scanned region table in county-code order whose one row OCR left with a label it could not
 * read ("va", "SER a", or nothing): a person names it by its place. Between the rows of Halland
 * (13) and Värmland (17), with Västra Götaland (14) nowhere in the table, the one row there is
 * Västra Götaland's. The row is named so only when
 * - every other row that names a region names one in rising code order (at least five of them);
 * - it is the only row between its two neighbours that names none, and the one region whose
 *   code lies between theirs is missing from the table (before the first or after the last region
 *   row, only when the table then names every region);
 * - its label is no total ("Summa", "Totalt").
 * The caller marks its cells uncertain, with the label as read: the name is a guess.
 * Returns, per row index, the code its place gives.
 */
const MIN_ORDERED = 5;
const CODES = REGIONS.map((r) => r.code);

export function regionsByPlace(rows: readonly GridRow[], label: (r: GridRow) => string, candidate: (r: GridRow) => boolean): Map<number, string> {
  const named = rows.map((r) => matchRegion(label(r))?.code ?? null);
  const ordered = named.filter((c): c is string => c !== null);
  const out = new Map<number, string>();
  if (ordered.length < MIN_ORDERED || ordered.some((c, k) => k > 0 && c <= ordered[k - 1]!)) return out;
  const present = new Set(ordered);
  const absent = CODES.filter((c) => !present.has(c));
  for (const [i, r] of rows.entries()) {
    if (named[i] !== null || !candidate(r) || isTotalLabelText(label(r).split(/\s+/)[0] ?? '')) continue;
    let above = i - 1;
    while (above >= 0 && named[above] === null) above--;
    const belowAt = named.slice(i + 1).findIndex((c) => c !== null);
    const below = belowAt < 0 ? -1 : i + 1 + belowAt;
    // The only unnamed candidate between its neighbours.
    const between = rows.slice(above + 1, below < 0 ? rows.length : below).filter((s, k) => candidate(s) && named[above + 1 + k] === null);
    if (between.length !== 1) continue;
    if (above < 0 || below < 0) {
      if (absent.length === 1) out.set(i, absent[0]!);
      continue;
    }
    const gap = absent.filter((c) => c > named[above]! && c < named[below]!);
    if (gap.length === 1) out.set(i, gap[0]!);
  }
  return out;
}
