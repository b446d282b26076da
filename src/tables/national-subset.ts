import type { Row } from '../model/table.js';
import { matchRegion, REGIONS } from '../regions/index.js';
import { matchMunicipality, MUNICIPALITY_COUNT } from '../regions/municipalities.js';
import { NATIONAL } from './national-reference.js';

/**
 * The rest of the country as one row ("Övriga landet", "Riket i övrigt", "Övriga län", "Resten av
 * Sverige"): beside a few regions it closes them to the whole country.
 */
const REST_OF_COUNTRY = /^(?:övriga\s(?:landet|riket|län|kommuner|sverige)|riket\si\sövrigt|landet\si\sövrigt|resten\sav\s(?:landet|riket|sverige))(?![a-zåäö])/i;

/**
 * A national row ("Riket", "Hela riket") checked as the sum of rows that name regions, but not
 * all of them: a county's municipalities, or a few counties, beside the country. Statistics pages
 * print the country for comparison, and the rows may add up to a county or a selection while the
 * national figure counts the rest. The rows are the whole country only when they name every
 * county, or every municipality, or close with the rest of the country. Returns how many rows name
 * a region when they are a selection (the sum is then a reading, never a certain claim), or
 * null when the row is no national row, the rows name no region, or they are the whole country.
 */
export function nationalSelection(stated: Row, parts: readonly Row[]): number | null {
  if (!NATIONAL.test(stated.label.trim())) return null;
  const counties = new Set<string>();
  const municipalities = new Set<string>();
  let named = 0;
  for (const row of parts) {
    const label = row.label.trim();
    if (REST_OF_COUNTRY.test(label)) return null;
    if (row.region) counties.add(row.region.code);
    for (const r of row.regions ?? []) counties.add(r.code);
    const municipality = matchMunicipality(label);
    if (municipality !== null) municipalities.add(municipality);
    if (row.region || (row.regions?.length ?? 0) > 0 || municipality !== null) named++;
  }
  if (counties.size === 0 && municipalities.size === 0) return null;
  if (counties.size >= REGIONS.length || municipalities.size >= MUNICIPALITY_COUNT) return null;
  return named;
}

/**
 * Rows that are each one county, a different one each ("Kalmar län", "Gotlands län"): parts of the
 * country that do not overlap, so a national row below their sum is less than a part of itself,
 * whatever the rows stand beside it for. Rows of municipalities or of several regions may overlap.
 */
export function distinctCounties(parts: readonly Row[]): boolean {
  const codes = new Set<string>();
  for (const row of parts) {
    if (!row.region || (row.regions?.length ?? 0) > 1 || matchMunicipality(row.label.trim()) !== null || codes.has(row.region.code)) return false;
    codes.add(row.region.code);
  }
  return codes.size > 0;
}

/** "… Skåne län", "i Västra Götalands län", "Region Uppsala": a county named in a caption, as its words run. */
const COUNTY_IN_TEXT = /(?:^|[\s,(:])((?:\p{Lu}[\p{Ll}-]+ ){0,2}\p{Lu}[\p{Ll}-]+ län|Region \p{Lu}[\p{Ll}-]+)(?![\p{L}])/gu;

/**
 * The county a table's caption names ("Arbetslösa efter ålder, Skåne län"), or null when it names
 * none. A national row under rows that name no region (ages, kinds) in a table so titled may be
 * the country's figure beside the county's rows, not their sum.
 */
export function captionCounty(caption: string | null): string | null {
  if (caption === null) return null;
  for (const m of caption.matchAll(COUNTY_IN_TEXT)) {
    const found = matchRegion(m[1]!);
    if (found !== null) return m[1]!;
  }
  return null;
}
