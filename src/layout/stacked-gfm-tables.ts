import type { Grid } from './types.js';

/**
 * Web pages exported to Markdown often print several tables one under the other with no blank
 * line between them, each with its own header and delimiter row:
 *
 *   Resultaträkning | 2022 | 2021 |
 *   ---|---|---|
 *   Hyresintäkter | 1 166 | 1 103 |
 *   Balansräkning | 2022 | 2021 |      ← the next table's header
 *   ---|---|---|                        ← its delimiter row
 *   Fastigheter | 8 071 | 7 621 |
 *
 * GFM reads all of it as one table whose body holds the later headers ("2022" read as an amount)
 * and the delimiter rows ("---" read as no number). A body row of delimiter cells only marks
 * where the next table begins: the row above it is that table's header. Each part becomes a grid
 * of its own; a part with no body row is left to the part above it (the delimiter row dropped).
 */
const DELIMITER_CELL = /^:?-{3,}:?$/;

function isDelimiterRow(texts: string[]): boolean {
  return texts.some((t) => t !== '') && texts.every((t) => t === '' || DELIMITER_CELL.test(t));
}

const headerCount = (g: Grid): number => g.headerRows ?? 1;

export function splitStackedTables(grid: Grid): Grid[] {
  const { rows } = grid;
  const cuts: number[] = [];
  for (let r = (grid.headerRows ?? 1) + 1; r < rows.length; r++) {
    if (isDelimiterRow(rows[r]!.cells.map((c) => c.text.trim()))) cuts.push(r);
  }
  if (cuts.length === 0) return [grid];
  const grids: Grid[] = [];
  let from = 0;
  let headerRows = grid.headerRows ?? 1;
  for (const cut of [...cuts, rows.length + 1]) {
    // The part runs up to the row above the next part's header.
    const part = rows.slice(from, cut - 1).filter((row) => !isDelimiterRow(row.cells.map((c) => c.text.trim())));
    grids.push({ ...grid, rows: part, headerRows });
    from = cut - 1;
    headerRows = 1;
  }
  // A header with no body row under it adds nothing to read: it is dropped with its delimiter.
  const kept = grids.filter((g) => g.rows.length > headerCount(g));
  if (kept.length === 0) return [grid];
  return kept.map((g) => ({
    ...g,
    rows: g.rows.map((row, i) => ({ ...row, cells: row.cells.map((c) => ({ ...c, header: i < headerCount(g) })) })),
  }));
}
