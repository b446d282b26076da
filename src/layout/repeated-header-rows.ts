import type { Grid } from './types.js';

const text = (cells: readonly { text: string }[]): string => cells.map((c) => c.text.trim()).join('\u0000');

/**
 * A table printed over pages repeats its header on each; text taken from the PDF keeps the
 * repeat between the rows ("Kommun" / "2024" again after the page's last row). A body row that
 * reads cell for cell as a header row is that repeat, not a row: read as one it gives a row
 * "Kommun" with the figure 2 024 and a column that does not add up. Such rows are removed.
 */
export function dropRepeatedHeaderRows(grid: Grid): void {
  const header = grid.headerRows ?? 0;
  if (header === 0) return;
  const titles = new Set(grid.rows.slice(0, header).filter((r) => r.cells.some((c) => /\p{L}/u.test(c.text))).map((r) => text(r.cells)));
  if (titles.size === 0) return;
  grid.rows = [...grid.rows.slice(0, header), ...grid.rows.slice(header).filter((r) => !titles.has(text(r.cells)))];
}
