import { judgeSum } from '../compare/certainty.js';
import type { Row, Table } from '../model/table.js';
import { isPartOfAbove } from './structures.js';

/** "varav" rows right under a row that make it, for it to be their total. */
const MIN_PARTS = 2;

/**
 * A total whose "varav" rows follow it and make it ("Total skuld- och avsättningsgrad 80" over
 * "– varav avsättningsgrad 8", "– varav kortfristig 25", "– varav långfristig 47"): in at least
 * half of the columns where it and every part have a figure, and in one at least, the parts add
 * up to it. Such a row is the total of the rows it breaks out, not of the rows above it.
 */
export function totalOfItsParts(table: Table, row: Row): boolean {
  const at = table.rows.indexOf(row);
  if (at < 0) return false;
  const parts: Row[] = [];
  for (let i = at + 1; i < table.rows.length && isPartOfAbove(table.rows[i]!); i++) parts.push(table.rows[i]!);
  if (parts.length < MIN_PARTS) return false;
  let complete = 0;
  let adds = 0;
  for (let c = 0; c < table.columns.length; c++) {
    const total = row.cells[c];
    const cells = parts.map((p) => p.cells[c]);
    if (total?.value == null || cells.some((x) => x?.value == null)) continue;
    complete++;
    const j = judgeSum({ parts: cells.map((x) => ({ value: x!.value!, precision: x!.precision })), stated: { value: total.value, precision: total.precision }, doubts: [], rounding: [] });
    if (j === null || j.severity === 'info') adds++;
  }
  return adds >= 1 && adds * 2 >= complete;
}
