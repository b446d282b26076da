import type { Row, Table } from '../model/table.js';
import { matchMunicipality } from '../regions/municipalities.js';

/**
 * A table that names counties and their municipalities without codes ("Stockholms län" over
 * "Botkyrka", "Danderyd", …, "Uppsala län" over "Håbo", …, or each county under its
 * municipalities), closed by the country's total: the total adds the county rows alone, never a
 * municipality beside its county (as code-levels.ts reads the same table with codes). Read so only
 * when every data row is a county or a municipality of a county the table names, and two counties
 * at least stand there; a municipality named like its county ("Uppsala" beside "Uppsala län") is
 * the municipality. The top level, the county rows, or null.
 */
export function topNameLevel(table: Table): Row[] | null {
  const data = table.rows.filter((r) => r.kind === 'data');
  const town = (r: Row): string | null => matchMunicipality(r.label);
  // A bare name that is a municipality's and its county's: the municipality where the county has a row of its own.
  const counties = data.filter((r) => r.region !== null && !(town(r) !== null && data.some((o) => o !== r && o.region?.code === r.region!.code && town(o) === null)));
  if (counties.length < 2) return null;
  const codes = new Set(counties.map((r) => r.region!.code));
  const towns = data.filter((r) => !counties.includes(r));
  if (towns.length === 0) return null;
  return towns.every((r) => codes.has(town(r)?.slice(0, 2) ?? '')) ? counties : null;
}
