import type { Row } from '../model/table.js';
import { normalizeLabel, regionByCode } from '../regions/index.js';
import { matchMunicipality } from '../regions/municipalities.js';

/**
 * A county's table of its municipalities names the county's own row plainly "Länet" ("Hela
 * länet", "Länet totalt", "Summa länet"): the page is about one county and says which only in
 * its rows. Where the other rows name at least three municipalities, all of one county, that
 * row is the county's:
 *
 *   Arvika 56 44        Kil 54 46
 *   Eda 60 40           Länet 56 44     (Värmlands län)
 *   Karlstad 57 43      Riket 56 44
 *
 * A table whose municipalities lie in more than one county leaves the row without a region.
 */
const COUNTY_ROW = /^(?:(?:hela|summa|totalt|total) )?länet(?: (?:totalt|total|sammanlagt|i sin helhet))?$/u;
const MIN_TOWNS = 3;

export function countyOfTownRows(rows: Row[]): void {
  const county = rows.filter((r) => r.region === null && COUNTY_ROW.test(normalizeLabel(r.label)));
  if (county.length !== 1) return;
  const counties = new Set<string>();
  let towns = 0;
  for (const r of rows) {
    const code = matchMunicipality(r.label);
    if (code === null) continue;
    towns++;
    counties.add(code.slice(0, 2));
  }
  if (towns < MIN_TOWNS || counties.size !== 1) return;
  const region = regionByCode([...counties][0]!);
  if (region === undefined) return;
  county[0]!.region = { code: region.code, name: region.name, variant: county[0]!.label, distance: 0 };
}
