import { isExactRegion, isTotalLabel } from '../regions/index.js';
import { matchMunicipality } from '../regions/municipalities.js';

/**
 * Labels that name municipalities only ("Nybro", "Emmaboda", "Falun kommun") beside one that is a
 * municipality and a county's short name as well ("Kalmar", "Uppsala"): a table of municipalities,
 * where "Kalmar" is the town, never Kalmar län. Read so only when no label names a county alone
 * ("Skåne", "Kalmar län", "Region Kalmar") and at least two labels, and half of them, name
 * municipalities only; a table of counties in short forms ("Stockholm", "Uppsala") has none such.
 */
export function namesMunicipalities(labels: readonly string[]): boolean {
  const named = labels.map((l) => l.trim()).filter((l) => l !== '' && !isTotalLabel(l));
  let townOnly = 0;
  for (const label of named) {
    const town = matchMunicipality(label) !== null;
    const county = isExactRegion(label);
    if (county && !town) return false;
    if (town && !county) townOnly++;
  }
  return townOnly >= 2 && townOnly * 2 >= named.length;
}
