import type { Row } from '../model/table.js';
import { REGION_ENTRIES } from '../regions/data.js';
import { matchRegion, normalizeLabel } from '../regions/index.js';
import { partOfArea } from './sub-area.js';

/**
 * A table that names a county in full ("Stockholms län", "Region Uppsala") and has another row
 * with the bare name ("Stockholm", "Uppsala") lists the municipality under that bare name: the
 * county row is the region, the bare row is not (a county's table of its municipalities, the
 * county's sum last). A table whose rows are mostly regions is a table of regions: there the
 * two names are the same region twice.
 */
const NAMES_COUNTY = /\blän\b|\blandsting|^region\s|^regionen\s/i;

/**
 * A county's genitive alone ("Stockholms", "Jönköpings": a list of counties that leaves "län" to
 * its header) and, per code, its nominative names where they differ ("Stockholm", "Jönköping").
 */
const GENITIVE_ONLY = new Map<string, { code: string; bare: Set<string> }>();
for (const e of REGION_ENTRIES) {
  const cores = new Set(e.cores.map(normalizeLabel));
  const bare = new Set([...cores].filter((c) => !e.genitives.some((g) => normalizeLabel(g) === c)));
  for (const g of e.genitives) if (!cores.has(normalizeLabel(g)) && bare.size > 0) GENITIVE_ONLY.set(normalizeLabel(g), { code: e.code, bare });
}

/**
 * Where the counties stand in the genitive ("Stockholms", "Uppsala", "Södermanlands", …) and
 * another row gives the same county's name in the nominative ("Stockholm" among "Göteborg" and
 * "Malmö"), the nominative is the city: a list of counties writes every county one way. This
 * holds in a table of regions too, where two spellings of one county would otherwise be one
 * region twice.
 */
function genitiveCounties(rows: Row[]): void {
  for (const row of rows) {
    const g = row.region !== null ? GENITIVE_ONLY.get(normalizeLabel(row.label)) : undefined;
    if (g === undefined || row.region!.code !== g.code) continue;
    for (const r of rows) if (r !== row && r.region?.code === g.code && g.bare.has(normalizeLabel(r.label))) r.region = null;
  }
}

/**
 * A row that names part of a county in full ("del av Hallands län", "Skåne län, del av") splits
 * the county by another division (landscapes, districts): a bare name beside it ("Halland" over
 * "del av Hallands län" and "del av Skåne län") names a unit of that division, not the county.
 * The county the part row names, or null.
 */
function countyOfPart(label: string): string | null {
  const area = partOfArea(label);
  return area !== null && NAMES_COUNTY.test(area) ? (matchRegion(area)?.code ?? null) : null;
}

export function bareNamesAsMunicipalities(rows: Row[]): void {
  genitiveCounties(rows);
  // In a table of regions the two names are one region written twice (region/duplicate says so).
  const data = rows.filter((r) => r.kind === 'data');
  if (data.filter((r) => r.region !== null).length * 2 > data.length) return;
  const parted = new Set<string>();
  for (const r of rows) {
    const code = countyOfPart(r.label);
    if (code !== null) parted.add(code);
  }
  for (const row of rows) {
    if (row.region === null || NAMES_COUNTY.test(row.label)) continue;
    const code = row.region.code;
    if (parted.has(code) || rows.some((r) => r !== row && r.region?.code === code && NAMES_COUNTY.test(r.label))) row.region = null;
  }
}
