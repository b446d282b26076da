import type { RegionMatch } from '../model/region.js';

/**
 * A table of counties with text columns between the name and the figures ("Blekinge län | K |
 * Karlskrona | 159 606", a letter code and the county seat, as encyclopedia pages print them): the
 * row's label is its cells joined ("Blekinge län | K | Karlskrona"), which names no region, though
 * the label column's own cell does. The row is that region when the label cells name regions
 * each once: a region named on two rows (a list of projects, "Region Skåne | Vårdköer" and
 * "Region Skåne | Ambulans") is a recipient column, and its rows stay no region, as before.
 *
 * `regionOf` reads one label; the result gives each row its label cell's region, or null.
 */
export function labelCellRegions(cells: readonly string[], regionOf: (label: string) => RegionMatch | null): (RegionMatch | null)[] | null {
  const regions = cells.map((t) => (t === '' ? null : regionOf(t)));
  const codes = regions.filter((r): r is RegionMatch => r !== null).map((r) => r.code);
  if (codes.length < 2 || new Set(codes).size < codes.length) return null;
  return regions;
}

/**
 * The same for a text column after the label column: a grouping printed first ("Svealand |
 * Stockholms län", "Götaland | Skåne län", the group's name on its first row only or on each) and
 * the rows' own names beside it. The first of `columns` (each one text column's cells) whose every
 * name is a region's, each region once, gives the rows their regions; null when none does.
 */
export function textColumnRegions(columns: readonly (readonly string[])[], regionOf: (label: string) => RegionMatch | null): (RegionMatch | null)[] | null {
  for (const cells of columns) {
    const regions = labelCellRegions(cells, regionOf);
    // Every name in the column a region's: a column of municipalities names a county only where a town shares its name ("Uppsala").
    if (regions && cells.every((t, r) => t === '' || regions[r] !== null)) return regions;
  }
  return null;
}
