import type { Row, Table } from '../../model/table.js';

/**
 * A table is a region table when at least ten of its data rows name a region: fewer is a
 * table that happens to mention a few counties, where the region rules would only add noise.
 */
export const MIN_REGION_ROWS = 10;

export function isRegionTable(table: Table): boolean {
  let n = 0;
  for (const r of table.rows) if (r.kind === 'data' && r.region !== null) n++;
  return n >= MIN_REGION_ROWS;
}

/**
 * Runs of rows between section breaks: a total or subtotal row, or a row without values
 * (a section heading). A table that lists the regions once per year or per grant repeats
 * them legitimately, once per section.
 */
export function sections(table: Table): Row[][] {
  const out: Row[][] = [[]];
  for (const r of table.rows) {
    const breaks = r.kind === 'total' || r.kind === 'subtotal' || (r.kind === 'other' && r.cells.every((c) => c.value === null));
    if (breaks) {
      if (out[out.length - 1]!.length > 0) out.push([]);
      continue;
    }
    out[out.length - 1]!.push(r);
  }
  return out.filter((s) => s.length > 0);
}
