import type { Decimal } from 'decimal.js';
import type { Row } from '../model/table.js';

/** A national row ("Riket", "Sverige", "Hela landet"): the whole country. */
export const NATIONAL = /^(?:riket|sverige|hela\s(?:riket|landet|sverige)|totalt\s(?:riket|för riket|sverige)|riket\stotalt)\b/i;

/** Fewer counties than this (half of the 21) are a selection, not the country. */
const SELECTION = 11;

/**
 * Statistics pages show a county, or a county's municipalities and the county, beside the whole
 * country for comparison ("Gotland | Gotlands län | Riket", "Norrbotten | Västerbotten | Hela
 * riket"). The national row is then no sum of the rows above it. It is read so when the rows name
 * regions of fewer than half the counties and add up to less than half the national figure: a
 * total that the rows nearly reach stays a total (a county left out, an unknown county).
 */
export function isNationalReference(stated: Row, parts: readonly Row[], sum: Decimal, national: Decimal): boolean {
  if (!NATIONAL.test(stated.label.trim())) return false;
  const counties = new Set(parts.flatMap((r) => (r.region ? [r.region.code] : [])));
  if (counties.size === 0 || counties.size >= SELECTION) return false;
  return national.gt(0) && sum.gte(0) && sum.times(2).lt(national);
}
