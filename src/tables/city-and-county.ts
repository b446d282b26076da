import type { Row } from '../model/table.js';

/**
 * A table that names a county in full ("Stockholms län", "Region Uppsala") and has another row
 * with the bare name ("Stockholm", "Uppsala") lists the municipality under that bare name: the
 * county row is the region, the bare row is not (a county's table of its municipalities, the
 * county's sum last). A table whose rows are mostly regions is a table of regions: there the
 * two names are the same region twice.
 */
const NAMES_COUNTY = /\blän\b|\blandsting|^region\s|^regionen\s/i;

export function bareNamesAsMunicipalities(rows: Row[]): void {
  // In a table of regions the two names are one region written twice (region/duplicate says so).
  const data = rows.filter((r) => r.kind === 'data');
  if (data.filter((r) => r.region !== null).length * 2 > data.length) return;
  for (const row of rows) {
    if (row.region === null || NAMES_COUNTY.test(row.label)) continue;
    const code = row.region.code;
    if (rows.some((r) => r !== row && r.region?.code === code && NAMES_COUNTY.test(r.label))) row.region = null;
  }
}
