import { Decimal } from 'decimal.js';
import { plainValue } from './plain-value.js';
import type { GridRow } from './types.js';
import { filled, placeCells, placements, sameFigures } from './short-row-placement.js';

/**
 * A statement's row with fewer values than the table has columns, right above a result line:
 *
 *   Verksamhetens nettokostnader       -3 838 -3 538 -3 698 -3 449 -3 628
 *   Kommunalskatt 5                    3 721 3 609 3 723 3 609 3 723
 *   …
 *   Jämförelsestörande kostnader 3     -147 -147 0
 *   Resultat efter finansnetto         13 96 179 105 163
 *
 * A result line is a line above it plus the rows between, so the short row's values stand in the
 * columns where that adds up and its empty columns add nothing: here the second, fourth and fifth.
 * The line above is looked for upwards from the short row, the nearest first, over rows that
 * fill every column. The short row keeps its values in order; when no placement adds up, or two
 * put a figure other than zero in different columns, the row stays as the reader put it. Its
 * cells stay marked uncertain: the placement is a reading, not print.
 */
/** Rows between the line above and the short row, at most. */
const MAX_BETWEEN = 12;
/** The row's values from column `first` on, when every one of them is a plain number. */
function fullValues(row: GridRow, first: number, width: number): Decimal[] | null {
  const cells = row.cells.slice(first);
  if (cells.length !== width || cells.some((c) => c.header)) return null;
  const vals = cells.map((c) => plainValue(c.text));
  return vals.every((v): v is Decimal => v !== null) ? vals : null;
}

/**
 * Places the values of short rows (`isShort`) where the result line under them is a line above
 * plus the rows between. `first` is the first value column (after the label and a note column);
 * rows are changed in place.
 */
export function placeShortRowsByResult(rows: GridRow[], width: number, first: number, isShort: (row: GridRow) => boolean): void {
  for (let i = 1; i + 1 < rows.length; i++) {
    const row = rows[i]!;
    if (!isShort(row)) continue;
    const cells = row.cells.slice(first);
    const values = cells.filter(filled).map((c) => plainValue(c.text));
    if (values.length === 0 || values.length >= width || values.some((v) => v === null)) continue;
    const result = fullValues(rows[i + 1]!, first, width);
    if (result === null) continue;
    const ways = placements(width, values.length);
    let running = new Array<Decimal>(width).fill(new Decimal(0));
    for (let j = i - 1; j >= 0 && i - 1 - j <= MAX_BETWEEN; j--) {
      const above = fullValues(rows[j]!, first, width);
      if (above === null) break;
      // What the short row must add in each column for the result line to be this line plus the rows between.
      const need = result.map((r, c) => r.minus(above[c]!).minus(running[c]!));
      const fits = ways.filter((w) => need.every((n, c) => {
        const k = w.indexOf(c);
        return k < 0 ? n.isZero() : n.eq(values[k]!);
      }));
      if (fits.length > 0) {
        if (fits.some((w) => !sameFigures(w, fits[0]!, values as Decimal[]))) break;
        placeCells(row, first, width, fits[0]!);
        break;
      }
      running = running.map((s, c) => s.plus(above[c]!));
    }
  }
}
