import type { RegionMatch } from '../model/region.js';
import { COUNTY_LETTERS } from './county-letters.js';
import { gluedCountyLetter } from './glued-county-letter.js';
import { matchRegion } from './match.js';

/**
 * A region named after its county code, as statistics tables print their rows: the number
 * ("01 Stockholms län", "25 Norrbotten") or the county letter ("AB Stockholms län", "BD
 * Norrbottens län"). The code must be the region's own: "03 Stockholms län" is a rank or a row
 * number before a name, and "0114 Upplands Väsby" a municipality. Statistics Sweden marks a
 * region's code with an L ("01L Region Stockholm"), Gotland's with its municipality code
 * ("0980L Region Gotland"): the county's two digits open it.
 */
const CODED = /^(?:(\d{2})(?:\d{2})?L|(\d{2})|([A-Z]{1,2}))(?:\s+|\s*[.:–-]\s+)(\S.{0,80})$/;

export function matchCodedRegion(label: string): RegionMatch | null {
  const m = CODED.exec(label.trim());
  if (!m) return gluedCodedRegion(label.trim());
  const code = m[1] ?? m[2] ?? COUNTY_LETTERS[m[3]!];
  if (code === undefined) return null;
  const region = matchRegion(m[4]!);
  return region !== null && region.code === code ? { ...region, variant: label } : null;
}

/** The county letter glued to the name ("ABStockholm", "CUppsala län"): the region when the letter is its own. */
function gluedCodedRegion(label: string): RegionMatch | null {
  const glued = gluedCountyLetter(label);
  if (glued === null) return null;
  const region = matchRegion(glued.name);
  return region !== null && region.code === glued.code ? { ...region, variant: label } : null;
}
