import { matchRegion } from '../regions/index.js';

/**
 * The label test readers hand to the block finder: a list of "label: amount" lines is a
 * region table when its labels name regions exactly (no misspellings: a list is no table
 * until its labels say so).
 */
export function isRegionLabel(label: string): boolean {
  const m = matchRegion(label);
  return m !== null && m.distance === 0;
}
