import { Decimal } from 'decimal.js';
import { learnRelations, type ColumnRelation } from './column-relations.js';
import { plainValue } from './plain-value.js';
import type { GridRow } from './types.js';
import { filled, placeCells, placements, sameFigures } from './short-row-placement.js';

/**
 * A row with fewer values than columns in a table where one column is the sum of others in
 * every full row (all dwellings beside houses and flats, per year):
 *
 *   Län        Alla 2015 2016 | Småhus 2015 2016 | Flerbostadshus 2015 2016
 *   Kalmar     256 316 69 98 187 218
 *   Blekinge   51 52 51 24 28              (no flats begun in 2015: that cell is empty)
 *
 * The row's values stand in the one placement where every sum the full rows show holds, its
 * empty cells adding nothing and no sum's cell empty: 51 = 51 + 0 and 52 = 24 + 28 put the empty
 * cell fifth. The row keeps its values in order; when no placement holds, or two put a figure
 * other than zero in different columns, it stays as the reader put it. Its cells stay marked
 * uncertain.
 */
/**
 * Whether every relation holds with the values in these columns, an empty part adding nothing.
 * A placement that leaves a sum's cell empty checks nothing there: figures shifted one column
 * can meet another relation by chance (722 = 334 + 388 read one sum further on), so it fails.
 */
function holdsAll(values: Decimal[], columns: number[], relations: readonly ColumnRelation[]): boolean {
  const at = (c: number): Decimal | null => {
    const k = columns.indexOf(c);
    return k < 0 ? null : values[k]!;
  };
  return relations.every((r) => {
    const sum = at(r.sum);
    return sum !== null && r.parts.reduce((acc, p) => acc.plus(at(p) ?? 0), new Decimal(0)).eq(sum);
  });
}

/**
 * Places the values of short rows (`isShort`) where the sums between columns that the full rows
 * show hold. `first` is the first value column; rows are changed in place, and the rows placed
 * are returned.
 */
export function placeShortRowsByRelations(rows: GridRow[], width: number, first: number, isShort: (row: GridRow) => boolean): Set<GridRow> {
  const placedRows = new Set<GridRow>();
  const shortRows = rows.filter((r) => isShort(r) && !r.cells.some((c) => c.header));
  if (shortRows.length === 0) return placedRows;
  // The relations are learnt from rows that fill every column and that the reader read without doubt.
  const full = rows.flatMap((r) => {
    const cells = r.cells.slice(first);
    if (cells.length !== width || cells.some((c) => c.header || c.uncertain !== undefined)) return [];
    const vals = cells.map((c) => plainValue(c.text));
    return vals.every((v) => v !== null) ? [vals] : [];
  });
  const relations = learnRelations(full, width);
  if (relations.length === 0) return placedRows;
  for (const row of shortRows) {
    const cells = row.cells.slice(first);
    const values = cells.filter(filled).map((c) => plainValue(c.text));
    if (values.length === 0 || values.length >= width || values.some((v) => v === null)) continue;
    const fits = placements(width, values.length).filter((w) => holdsAll(values as Decimal[], w, relations));
    if (fits.length === 0 || fits.some((w) => !sameFigures(w, fits[0]!, values as Decimal[]))) continue;
    placeCells(row, first, width, fits[0]!);
    placedRows.add(row);
  }
  return placedRows;
}
