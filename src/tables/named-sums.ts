import type { Column, Row } from '../model/table.js';
import { isNamedTotalLabel } from '../regions/index.js';
import { promoteSums } from './unlabelled-sums.js';

/**
 * A row that names the sum it is ("Totalt intäkter", "Totala kostnader", "Kostnader totalt")
 * and whose every value is exactly the sum of the data rows above it since the last heading,
 * total or sum line (two rows at least) is that section's subtotal, as "Summa intäkter" is by
 * its label: label and figures say the same. Left a data row, it was counted again among the
 * parts of the next sum and of the result under the sections. A named total that does not add
 * up so stays a data row, checked as a named total (table/column-total, a warning at most).
 */

export function namedSums(rows: Row[], columns: readonly Column[] = []): void {
  promoteSums(rows, (row) => row.kind === 'data' && isNamedTotalLabel(row.label), columns);
}
