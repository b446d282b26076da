import type { RegionMatch } from '../model/region.js';
import type { Row } from '../model/table.js';

/**
 * A region table with a code column prints a region whose figure is not given as its code and
 * its name alone ("23 Region Jämtland Härjedalen", every cell empty). With no figure the row
 * reads as a heading; but a heading carries no code, and one among regions coded alike is one
 * of them: the row is data, its cells blank (a sum over them is uncertain, src/tables/column-reading.ts).
 * A row coded otherwise than its neighbours (a county over its municipalities: "01" over "0114")
 * stays a heading.
 */
export function codedBlankRows(rows: Row[], regionOf: (label: string) => RegionMatch | null): void {
  const coded = (r: Row | undefined): r is Row => r !== undefined && r.code !== undefined && r.region !== null && r.kind === 'data';
  // The nearest row with figures above and below each row, found in one pass each way.
  const above: (Row | undefined)[] = [];
  const below: (Row | undefined)[] = [];
  for (let i = 0, last: Row | undefined; i < rows.length; i++) {
    above.push(last);
    if (rows[i]!.kind !== 'other') last = rows[i];
  }
  for (let i = rows.length - 1, next: Row | undefined; i >= 0; i--) {
    below[i] = next;
    if (rows[i]!.kind !== 'other') next = rows[i];
  }
  rows.forEach((r, i) => {
    if (r.kind !== 'other' || r.code === undefined || r.cells.some((c) => c.value !== null || c.uncertain !== undefined)) return;
    const near = [above[i], below[i]].filter(coded);
    if (near.length === 0 || near.some((x) => x.code!.length !== r.code!.length)) return;
    const region = regionOf(r.label);
    if (region === null) return;
    rows[i] = { ...r, kind: 'data', region };
  });
}
