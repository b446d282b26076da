import { Decimal } from 'decimal.js';
import type { Cell, Column, Row } from '../model/table.js';

/**
 * A header that says "(MKR)" or "tkr" over figures written out in whole kronor ("215 942 447"):
 * read at the header's scale every figure would come to a thousand billion kronor or more, which
 * no Swedish public budget line reaches (the whole state budget is about 1 300 miljarder). A
 * person reads such a column in kronor and notes that the header is wrong. So does this: the
 * column is read at scale 1, the header's scale is kept in `scaleRejected` for the unit rule to
 * report, and every cell is marked as a reading, so a sum over them can only warn.
 */
const TRILLION = new Decimal('1e12');

export function dropImplausibleScale(columns: Column[], rows: Row[]): void {
  columns.forEach((col, k) => {
    if (col.unit !== 'SEK' || col.scale <= 1 || col.unitGuessed) return;
    const cells = rows.map((r) => r.cells[k]).filter((c): c is Cell => c !== undefined && c.value !== null);
    // One figure is a slip in one cell (the unit rule reports it); the whole column is the header's mistake.
    if (cells.length < 2) return;
    const scale = new Decimal(col.scale);
    if (!cells.every((c) => c.value!.abs().gte(TRILLION) && c.value!.div(scale).isInteger())) return;
    for (const c of cells) {
      c.value = c.value!.div(scale);
      c.precision = new Decimal(0);
      c.uncertain = c.raw;
    }
    col.scaleRejected = col.scale;
    col.scale = 1;
  });
}
