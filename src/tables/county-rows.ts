import type { Row, Table } from '../model/table.js';
import { matchMunicipality } from '../regions/municipalities.js';

/** The counties of Sweden: a table naming this many, each once, covers the country. */
const COUNTY_COUNT = 21;

/**
 * A national table that names every county once and, among them, areas made of counties or of
 * their parts ("Götaland", "Norrland"; "Storstadsområdena", "Stor-Stockholm", "Riket i övrigt"):
 * the country's total adds the counties, not the counties and the areas together. The county
 * rows, or null where the data rows do not name all 21 counties once each, or name nothing else.
 * A municipality named like its county ("Uppsala") is the municipality.
 */
export function countyRows(table: Table): Row[] | null {
  const data = table.rows.filter((r) => r.kind === 'data');
  const counties = data.filter((r) => r.region !== null && matchMunicipality(r.label) === null);
  if (counties.length !== COUNTY_COUNT || new Set(counties.map((r) => r.region!.code)).size !== COUNTY_COUNT) return null;
  return counties.length < data.length ? counties : null;
}
