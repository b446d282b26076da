import type { RegionMatch } from '../model/region.js';
import { isCountyHeader } from '../regions/county-column.js';
import { matchRegion } from '../regions/match.js';

/**
 * A county column printed after the figures ("Museum | 2018 | 2017 | Län", "Anläggning | Besök |
 * Län"): it says where the row's subject lies, so it is the row's county and not part of its name.
 * Taken only when its header names a county column and every cell it fills names a region
 * exactly; otherwise the column stays in the label, as any other text column does.
 */
export function trailingCountyColumn(textCols: readonly number[], valueCols: readonly number[], headerOf: (c: number) => string, cellsOf: (c: number) => string[]): number | null {
  const lastValue = Math.max(...valueCols);
  const after = textCols.filter((c) => c > lastValue && isCountyHeader(headerOf(c)));
  if (after.length !== 1) return null;
  const filled = cellsOf(after[0]!).map((t) => t.trim()).filter((t) => t !== '');
  if (filled.length < 2 || !filled.every((t) => countyIn(t) !== null)) return null;
  return after[0]!;
}

/** The region a county cell names exactly, or null. */
export function countyIn(text: string): RegionMatch | null {
  const region = matchRegion(text.trim());
  return region !== null && region.distance === 0 ? region : null;
}
