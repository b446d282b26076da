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
  return isRegionLabel(label) || matchMunicipality(label) !== null || isJointPlace(label);
}

/**
 * Money granted to two or three applicants together names each of them: "Haninge kommun med
 * Region Stockholm", "Lerums kommun och Alingsås kommun", "Region Skåne samt Malmö stad". Every
 * part must be a region or a municipality.
 */
const JOINED = /\s(?:tillsammans med|med|och|samt)\s/i;
const MAX_JOINT = 90;
const MAX_PARTS = 3;

function isJointPlace(label: string): boolean {
  // Asked of every short line: most have no joining word and stop here.
  if (label.length > MAX_JOINT || !JOINED.test(label)) return false;
  const parts = label.trim().split(JOINED);
  return parts.length >= 2 && parts.length <= MAX_PARTS && parts.every((p) => isRegionLabel(p.trim()) || matchMunicipality(p.trim()) !== null);
}
