import { withoutCurrencyStop } from './looks-numeric.js';
import type { GridRow } from './types.js';

/**
 * Cells the markup sets apart (a GFM or HTML table) that end in a full stop after the figure's
 * currency word ("12 000 kr.", "8 000 kronor."): "kr." abbreviates the word, and the stop is no
 * part of the cell's value. Dropped here, so that such a column is found to hold values; plain
 * text keeps its stops, since there a line ending so is as often a sentence.
 */
export function dropCurrencyStops(rows: readonly GridRow[], headerRows: number): void {
  rows.forEach((row, r) => {
    if (r < headerRows) return;
    for (const cell of row.cells) {
      if (cell.header) continue;
      const text = cell.text.trimEnd();
      const kept = withoutCurrencyStop(text);
      if (kept === text) continue;
      cell.text = kept;
      if (cell.location.endColumn !== undefined) cell.location = { ...cell.location, endColumn: cell.location.endColumn - 1 };
    }
  });
}
