import type { Decimal } from 'decimal.js';
import type { Row, Table } from '../../model/table.js';
import { t } from '../../messages/index.js';

/** Columns two rows must share figures in before they read as one unit reported twice. */
const MIN_SHARED = 2;

/**
 * Two rows with the same figures in every column ("ArkDes" and "Moderna museet" under one
 * management, a school counted under two programmes): one unit reported under both names, which
 * a total may count once. When a sum exceeds its total by exactly one such row's figure, that
 * reading fits, and the mismatch is in doubt. A single shared figure is no sign (two regions may
 * well get the same amount), so the rows must agree in at least two columns and differ in none.
 */
export function repeatedRowDoubt(table: Table, col: number, parts: readonly Row[], excess: Decimal): string[] {
  if (excess.lte(0)) return [];
  for (const row of parts) {
    if (!row.cells[col]?.value?.eq(excess)) continue;
    const twin = parts.find((other) => other !== row && sameFigures(table, row, other));
    if (twin) {
      const [first, second] = parts.indexOf(twin) < parts.indexOf(row) ? [twin, row] : [row, twin];
      return [t('table.columnTotal.repeatedRow', { first: first.label, second: second.label })];
    }
  }
  return [];
}

function sameFigures(table: Table, a: Row, b: Row): boolean {
  let shared = 0;
  for (let c = 0; c < table.columns.length; c++) {
    const x = a.cells[c]?.value ?? null;
    const y = b.cells[c]?.value ?? null;
    if (x === null && y === null) continue;
    if (x === null || y === null || !x.eq(y)) return false;
    shared++;
  }
  return shared >= MIN_SHARED;
}
