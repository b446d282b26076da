import type { Decimal } from 'decimal.js';
import { columnChoices } from './column-choices.js';
import type { GridCell, GridRow } from './types.js';

/**
 * What the short-row placers share (short-row-by-result.ts, short-row-by-relations.ts): the
 * placements tried for a row's values, whether two placements agree, and moving the cells.
 */

/** Placements tried for one row. */
const MAX_PLACEMENTS = 512;

export const filled = (c: GridCell): boolean => c.text.trim() !== '';

/** Every placement of `k` values, in order, among `width` columns (up to the limit). */
export const placements = (width: number, k: number): number[][] => columnChoices(width, k, MAX_PLACEMENTS);

/** Two placements put every figure other than zero in the same column. */
export function sameFigures(a: readonly number[], b: readonly number[], values: readonly Decimal[]): boolean {
  return values.every((v, k) => v.isZero() || a[k] === b[k]);
}

/** Puts the row's filled cells, in order, in the chosen columns; its empty cells fill the rest. */
export function placeCells(row: GridRow, first: number, width: number, columns: readonly number[]): void {
  const cells = row.cells.slice(first);
  const values = cells.filter(filled);
  const empties = cells.filter((c) => !filled(c));
  const placed: GridCell[] = [];
  for (let c = 0; c < width; c++) {
    const k = columns.indexOf(c);
    placed.push(k >= 0 ? values[k]! : (empties.pop() ?? { ...values[0]!, text: '' }));
  }
  row.cells = [...row.cells.slice(0, first), ...placed];
}
