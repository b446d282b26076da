import { isExactRegion } from '../regions/index.js';
import { matchMunicipality } from '../regions/municipalities.js';

/**
 * The label test readers hand to the block finder: a list of "label: amount" lines is a
 * region table when its labels name regions exactly (no misspellings: a list is no table
 * until its labels say so).
 */
export function isRegionLabel(label: string): boolean {
  const known = seen.get(label);
  if (known !== undefined) return known;
  // Exact spellings only: the search for misspellings is the costly part, and a list needs none.
  const yes = isExactRegion(label);
  // Layout asks about every short line, and pages repeat their headings and labels.
  if (seen.size >= MAX_SEEN) seen.clear();
  seen.set(label, yes);
  return yes;
}

const MAX_SEEN = 20_000;
const seen = new Map<string, boolean>();

/**
 * Regions or municipalities ("Falun", "Ale kommun", "Göteborgs Stad"): pages list money per
 * municipality as often as per region, and such a list is a table a person reads (its rows
 * get no region code). Used for lists of one amount an item only (place-list.ts).
 */
export function isPlaceLabel(label: string): boolean {
  return isRegionLabel(label) || matchMunicipality(label) !== null;
}
