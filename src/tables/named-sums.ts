import type { Row } from '../model/table.js';
import { isNamedTotalLabel } from '../regions/index.js';
import { addsUp } from './unlabelled-sums.js';

/**
 * A row that names the sum it is ("Totalt intäkter", "Totala kostnader", "Kostnader totalt")
 * and whose every value is exactly the sum of the data rows above it since the last heading,
 * total or sum line (two rows at least) is that section's subtotal, as "Summa intäkter" is by
 * its label: label and figures say the same. Left a data row, it was counted again among the
 * parts of the next sum and of the result under the sections. A named total that does not add
 * up so stays a data row, checked as a named total (table/column-total, a warning at most).
 */

const MIN_PARTS = 2;

export function namedSums(rows: Row[]): void {
  let from = 0;
  rows.forEach((row, i) => {
    const heading = row.kind === 'other' && row.cells.every((c) => c.value === null);
    if (row.kind === 'total' || row.kind === 'subtotal' || heading) {
      from = i + 1;
      return;
    }
    if (row.kind !== 'data' || !isNamedTotalLabel(row.label)) return;
    const parts = rows.slice(from, i).filter((r) => r.kind === 'data');
    if (parts.length >= MIN_PARTS && addsUp(row, parts)) {
      row.kind = 'subtotal';
      from = i + 1;
    }
  });
}
