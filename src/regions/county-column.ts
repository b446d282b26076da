import type { RegionMatch } from '../model/region.js';
import { matchRegion } from './match.js';
import { matchMunicipality } from './municipalities.js';
import { normalizeLabel } from './normalize.js';

/**
 * A table of municipalities with a county column beside them ("Län | Kommun | Belopp",
 * "Kommun | Region | Belopp"): each row is a municipality, and its county column says which
 * region it lies in. The row is not the region: a county has many municipalities, so a
 * county named on several rows is no duplicate, and a table of them lists no region missing.
 *
 * The county cell must name a region exactly, and the municipality cell a municipality whose
 * SCB code (its first two digits are the county's) lies in that region; otherwise the row is
 * left without a region, since one of the two cells was not read as what its header says.
 */
export interface CountyOfRow {
  /** The region the row's county column names. */
  region: RegionMatch;
  /** The SCB code of the municipality the row names. */
  municipality: string;
}

/** Header words: the county column ("Län", "Region", "Landsting") and the municipality column ("Kommun"). */
const COUNTY_HEADER = new Set(['län', 'länsnamn', 'länets namn', 'region', 'regionnamn', 'landsting', 'län region', 'region län', 'län landsting']);
const MUNICIPALITY_HEADER = new Set(['kommun', 'kommunnamn', 'kommunens namn', 'kommuner']);

/** Whether a column's header names a county column ("Län", "Region", "Landsting"). */
export const isCountyHeader = (header: string): boolean => COUNTY_HEADER.has(normalizeLabel(header));

/** The indexes of the county and the municipality column among a table's label columns, by their headers, or null. */
export function countyColumns(headers: readonly string[]): { county: number; municipality: number } | null {
  const keys = headers.map((h) => normalizeLabel(h));
  const county = keys.findIndex((k) => COUNTY_HEADER.has(k));
  const municipality = keys.findIndex((k) => MUNICIPALITY_HEADER.has(k));
  if (county < 0 || municipality < 0) return null;
  // A second column of either kind leaves it open which one the rows go by.
  if (keys.filter((k) => COUNTY_HEADER.has(k)).length > 1 || keys.filter((k) => MUNICIPALITY_HEADER.has(k)).length > 1) return null;
  return { county, municipality };
}

/**
 * The region of one row of such a table, from the texts of its label columns (in the order of
 * `headers`), or null when the row does not name a municipality of the county it names.
 */
export function countyOfRow(headers: readonly string[], cells: readonly string[], cols = countyColumns(headers)): CountyOfRow | null {
  if (cols === null) return null;
  const countyText = cells[cols.county]?.trim() ?? '';
  const townText = cells[cols.municipality]?.trim() ?? '';
  if (countyText === '' || townText === '') return null;
  const region = matchRegion(countyText);
  if (region === null || region.distance !== 0) return null;
  const municipality = matchMunicipality(townText);
  if (municipality === null || municipality.slice(0, 2) !== region.code) return null;
  return { region, municipality };
}
