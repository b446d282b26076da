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
 * regions of fewer than half the counties and add up to less than half the national figure, or
 * when one of them (none negative) is larger than the national figure: a total that the rows nearly
 * reach stays a total (a county left out, an unknown county). `figures` are the rows' figures in
 * the column checked.
 */
export function isNationalReference(
  stated: Row,
  parts: readonly Row[],
  sum: Decimal,
  national: Decimal,
  figures: readonly Decimal[] = [],
): boolean {
  if (!NATIONAL.test(stated.label.trim())) return false;
  const counties = new Set(parts.flatMap((r) => (r.region ? [r.region.code] : [])));
  if (counties.size === 0 || counties.size >= SELECTION) return false;
  if (!national.gt(0) || sum.lt(0)) return false;
  return sum.times(2).lt(national) || belowAPart(figures, national);
}

/**
 * Figures per inhabitant (or any level) of a few places beside the country's: the national figure
 * lies among the rows' figures ("Gotland 6 870 / Falun 188 / Riket 3 017"), however much the rows
 * add up to. A sum of parts none of which is negative is at least as large as each of them, so a
 * national figure below one of its rows is no sum of them.
 */
function belowAPart(figures: readonly Decimal[], national: Decimal): boolean {
  if (figures.some((f) => f.lt(0))) return false;
  return figures.some((f) => f.gt(national));
}
