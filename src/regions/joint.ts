import { matchRegion } from './match.js';
import type { RegionMatch } from '../model/region.js';

/**
 * A row naming two or three counties at once: "Stockholms och Gotlands län", "Västra Götaland och
 * Halland", "Region Jönköping, Kronoberg och Kalmar". It covers each of them: not an unknown
 * region, and none of them is missing. Every part must name a region exactly (no misspelling
 * resolved), each a different one.
 */
/** The joining word or comma between two names, one space around it. */
const JOINED = /\s(?:och|samt|&)\s|,\s/i;
const COUNTY = /\slän$/i;
const MAX_LABEL = 90;
const MAX_PARTS = 3;

export function jointRegions(label: string): RegionMatch[] | null {
  // Asked of every unmatched row label: most have no joining word and stop here.
  if (label.length > MAX_LABEL || !JOINED.test(label)) return null;
  // Row labels come with their spaces collapsed: one space around the joining word.
  const parts = label.trim().split(JOINED).map((p) => p.trim());
  if (parts.length < 2 || parts.length > MAX_PARTS) return null;
  // "Stockholms och Gotlands län": the last part's "län" belongs to every part.
  const county = COUNTY.test(parts[parts.length - 1]!);
  const found: RegionMatch[] = [];
  for (const part of parts) {
    const name = county && !COUNTY.test(part) ? `${part} län` : part;
    const m = matchRegion(name) ?? matchRegion(part);
    if (m === null || m.distance !== 0 || found.some((f) => f.code === m.code)) return null;
    found.push(m);
  }
  return found;
}
