import type { Row, Table } from '../model/table.js';
import { matchMunicipality, municipalityCountOf } from '../regions/municipalities.js';

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

/**
 * A county's row beside the municipalities of that county alone ("Enköping", "Heby", …,
 * "Östhammar", then "Uppsala län", then "Riket"; or the county first): the county's row is their
 * total. Read so only when exactly one data row names a county, every other data row is a
 * municipality of it, all of its municipalities each once, and they stand together right above or
 * right under it. Read
 * from the names, so a check built on it warns, never errs. Null otherwise.
 */
export function countyOverItsMunicipalities(table: Table): { stated: Row; parts: Row[] } | null {
  const data = table.rows.filter((r) => r.kind === 'data');
  const counties = data.filter((r) => r.region !== null && matchMunicipality(r.label) === null);
  if (counties.length !== 1) return null;
  const county = counties[0]!;
  const towns = data.filter((r) => r !== county);
  if (towns.length < 2 || !towns.every((r) => matchMunicipality(r.label)?.slice(0, 2) === county.region!.code)) return null;
  // Every municipality of the county, each once: a selection of them is not what the county's row sums.
  if (new Set(towns.map((r) => matchMunicipality(r.label))).size !== towns.length || towns.length !== municipalityCountOf(county.region!.code)) return null;
  // Together, right above or right under the county's row.
  const at = table.rows.indexOf(county);
  const above = table.rows.slice(at - towns.length, at);
  const under = table.rows.slice(at + 1, at + 1 + towns.length);
  const together = (run: Row[]): boolean => run.length === towns.length && run.every((r, i) => r === towns[i]);
  return together(above) || together(under) ? { stated: county, parts: towns } : null;
}
