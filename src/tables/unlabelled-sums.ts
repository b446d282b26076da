import type { Decimal } from 'decimal.js';
import type { Column, Row } from '../model/table.js';

/**
 * A row of values with no label, printed under the rows it adds up, as company statements set
 * their sum lines ("Nettoomsättning 1 122 185 / Övriga rörelseintäkter 2 6 790 / 128 975"). Such a
 * row is the section's subtotal when every value it shows is exactly the sum of the rows above it
 * since the last heading, total or sum line (two rows at least): then a result row further down can
 * be reconciled through it. A row that does not add up so stays what it was (another row), for no
 * structure is read into it by guess.
 */

const MIN_PARTS = 2;

export function unlabelledSums(rows: Row[], columns: readonly Column[] = []): void {
  promoteSums(rows, (row) => row.kind === 'other' && row.label.trim() === '', columns);
}

/**
 * Marks as subtotal each row that `candidate` accepts and whose every value is exactly the sum of
 * the data rows above it since the last heading, total or sum line (two at least). Shares and
 * rates among `columns` (a change in per cent beside the counts) are no sums and are not asked to add up.
 */
export function promoteSums(rows: Row[], candidate: (row: Row) => boolean, columns: readonly Column[] = []): void {
  const summed = (c: number): boolean => columns[c] === undefined || (columns[c]!.unit !== 'percent' && !columns[c]!.rate);
  let from = 0;
  rows.forEach((row, i) => {
    const heading = row.kind === 'other' && row.cells.every((c) => c.value === null);
    if (row.kind === 'total' || row.kind === 'subtotal' || heading) {
      from = i + 1;
      return;
    }
    if (!candidate(row)) return;
    const parts = rows.slice(from, i).filter((r) => r.kind === 'data');
    if (parts.length >= MIN_PARTS && addsUp(row, parts, summed)) {
      row.kind = 'subtotal';
      from = i + 1;
    }
  });
}

/** Every value of the row is the sum of the parts' values in its column (each part with a value there). */
function addsUp(row: Row, parts: Row[], summed: (c: number) => boolean): boolean {
  let shown = 0;
  for (let c = 0; c < row.cells.length; c++) {
    const v = row.cells[c]!.value;
    if (v === null || !summed(c)) continue;
    const vals = parts.map((p) => p.cells[c]?.value ?? null);
    if (vals.some((x) => x === null)) return false;
    const sum = (vals as Decimal[]).reduce((a, b) => a.plus(b));
    if (!sum.equals(v)) return false;
    shown++;
  }
  return shown > 0;
}
