import { isExactRegion, matchRegion } from './match.js';
import { matchMunicipality } from './municipalities.js';
import { normalizeLabel } from './normalize.js';

/**
 * A place within a county that a region table may list beside the counties: a municipality
 * ("Malmö kommun", "Göteborgs stad", "Umeå") or a part of a county named by a direction or two ("Norra
 * Stockholms län", "Skåne läns södra", "Skåne läns norra och östra", "Västra Skåne", "Kalmar län, norra delen", "del av
 * Hallands län"). Such a row is no misspelt region: it is a smaller area, and its county is known.
 * A label that names a county itself ("Västra Götalands län", "Stockholm län") is no part of one.
 */
export interface PlaceInCounty {
  kind: 'municipality' | 'county-part';
  /** The county's two-digit code. */
  county: string;
}

/** Words that make a county's name a part of it. */
const ONE_DIRECTION = '(?:norra|södra|östra|västra|nordöstra|nordvästra|sydöstra|sydvästra|mellersta|centrala|inre|yttre)';
/** One direction or two joined ("norra och östra"). */
const DIRECTION = `${ONE_DIRECTION}(?: och ${ONE_DIRECTION})?`;
/** "Norra Stockholms län", "del av Hallands län", "delar av Skåne". */
const BEFORE = new RegExp(`^(?:${DIRECTION}(?: delen av| delarna av)?|del(?:ar)? av)\\s(.+)$`);
/** "Skåne läns södra", "Stockholms län, norra", "Kalmar län (norra delen)", "Skåne, södra delen". */
const AFTER = new RegExp(`^(.+?),?\\s\\(?${DIRECTION}(?: del(?:en|ar|arna)?)?\\)?$`);

export function placeInCounty(label: string): PlaceInCounty | null {
  const key = normalizeLabel(label);
  if (key === '' || key.length > 60 || isExactRegion(key)) return null;
  const municipality = matchMunicipality(key);
  if (municipality !== null) return { kind: 'municipality', county: municipality.slice(0, 2) };
  const rest = BEFORE.exec(key)?.[1] ?? AFTER.exec(key)?.[1];
  if (rest === undefined || !isExactRegion(rest)) return null;
  const county = matchRegion(rest);
  return county === null ? null : { kind: 'county-part', county: county.code };
}
