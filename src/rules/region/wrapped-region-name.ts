import type { Row } from '../../model/table.js';
import { isExactRegion, matchRegion } from '../../regions/match.js';

/**
 * Two rows one after the other whose labels, read as one, name the region they each name
 * ("Jämtland" over "Härjedalen", "Region Jämtland" over "Härjedalen"): the region's name may be
 * a label wrapped over two lines that a reader took for two rows, as text converted from a PDF
 * prints a long label, rather than the region listed twice. The joined label, or null.
 */
export function wrappedRegionName(section: readonly Row[], first: Row, second: Row): string | null {
  if (section.indexOf(second) - section.indexOf(first) !== 1) return null;
  const joined = `${first.label.trim()} ${second.label.trim()}`;
  if (!isExactRegion(joined)) return null;
  return matchRegion(joined)?.code === second.region?.code ? joined : null;
}
