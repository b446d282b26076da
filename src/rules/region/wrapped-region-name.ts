import type { Row } from '../../model/table.js';
import { isExactRegion, matchRegion } from '../../regions/match.js';

/**
 * Two rows one after the other whose labels, read as one, name the region they each name
 * ("Jämtland" over "Härjedalen", "Region Jämtland" over "Härjedalen"): the region's name may be
 * a label wrapped over two lines that a reader took for two rows, as text converted from a PDF
 * prints a long label, rather than the region listed twice. Rows between them with no word in
 * their label (a code, figures: the wrapped row's other lines) do not part them. The joined
 * label, or null.
 */
export function wrappedRegionName(section: readonly Row[], first: Row, second: Row): string | null {
  const from = section.indexOf(first);
  const to = section.indexOf(second);
  // Next to each other, or apart only by rows with no word in their label (a code, a figure: the wrapped row's other lines).
  if (from < 0 || to <= from || section.slice(from + 1, to).some((r) => LETTER.test(r.label))) return null;
  const joined = `${first.label.trim()} ${second.label.trim()}`;
  if (!isExactRegion(joined)) return null;
  return matchRegion(joined)?.code === second.region?.code ? joined : null;
}
const LETTER = /\p{L}/u;
