import { looksNumeric } from './looks-numeric.js';
import { placeShiftedCells } from './shifted-cells.js';
import { alignPaddedHeaderRows } from './padded-header-rows.js';
import type { Grid, GridRow } from './types.js';

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
 *
 * A copy may also break that header over lines, a few titles a line (as broken-pipe-header.ts
 * reads it where no table is open):
 *
 *   Totalt | 20 | 20 |                  ← the table above ends
 *   Kod | Parti | Antal 2019 |          ← the next table's header, broken over three lines
 *   Andel 2019 |
 *   Antal 2014 |
 *   ---|---|---|---|---|
 *
 * The title rows right above the delimiter row whose titles add up to its columns are then the
 * header, joined into one row. Titles hold no figure but years; any other row stops the search.
 */
const DELIMITER_CELL = /^:?-{3,}:?$/;
const YEAR = /^(?:1[89]|20)\d\d$/;

function isDelimiterRow(texts: string[]): boolean {
  return texts.some((t) => t !== '') && texts.every((t) => t === '' || DELIMITER_CELL.test(t));
}

const headerCount = (g: Grid): number => g.headerRows ?? 1;

const trimmed = (row: GridRow): string[] => row.cells.map((c) => c.text.trim());

/** A row of column titles: some text, and no figure but a year. */
const isTitleRow = (texts: string[]): boolean =>
  texts.some((t) => t !== '') && !isDelimiterRow(texts) && texts.every((t) => t === '' || !looksNumeric(t) || YEAR.test(t));

/**
 * The first row of the header over the delimiter row at `cut`: the row above it, or the title
 * rows above it (none at or above `floor`) whose titles together fill the delimiter row's columns.
 */
function headerStart(rows: readonly GridRow[], cut: number, floor: number): number {
  const columns = trimmed(rows[cut]!).filter((t) => DELIMITER_CELL.test(t)).length;
  let titles = 0;
  for (let k = cut - 1; k > floor; k--) {
    const texts = trimmed(rows[k]!);
    if (!isTitleRow(texts)) break;
    titles += texts.filter((t) => t !== '').length;
    if (titles === columns) return k;
    if (titles > columns) break;
  }
  return cut - 1;
}

/** Header rows broken over lines, joined into one: their titles in order, the empty cells left out. */
function joinHeader(rows: readonly GridRow[]): GridRow {
  if (rows.length === 1) return rows[0]!;
  return { ...rows[0]!, cells: rows.flatMap((row) => row.cells.filter((c) => c.text.trim() !== '')) };
}

export function splitStackedTables(grid: Grid): Grid[] {
  const { rows } = grid;
  const cuts: number[] = [];
  for (let r = (grid.headerRows ?? 1) + 1; r < rows.length; r++) {
    if (isDelimiterRow(trimmed(rows[r]!))) cuts.push(r);
  }
  if (cuts.length === 0) return [grid];
  const starts: number[] = [];
  cuts.forEach((cut, k) => starts.push(headerStart(rows, cut, k === 0 ? (grid.headerRows ?? 1) - 1 : cuts[k - 1]!)));
  const grids: Grid[] = [];
  for (let k = 0; k <= cuts.length; k++) {
    // The part runs from its header (the table's own, or the one over the cut above) up to the next part's header.
    const from = k === 0 ? 0 : starts[k - 1]!;
    const to = k < cuts.length ? starts[k]! : rows.length;
    const head = k === 0 ? [] : [joinHeader(rows.slice(from, cuts[k - 1]!))];
    const bodyFrom = k === 0 ? 0 : cuts[k - 1]! + 1;
    const part = [...head, ...rows.slice(bodyFrom, to).filter((row) => !isDelimiterRow(trimmed(row)))];
    grids.push({ ...grid, rows: part, headerRows: k === 0 ? (grid.headerRows ?? 1) : 1 });
  }
  // A header with no body row under it adds nothing to read: it is dropped with its delimiter.
  const kept = grids.filter((g) => g.rows.length > headerCount(g));
  if (kept.length === 0) return [grid];
  return kept.map((g) => {
    const width = g.rows[0]!.cells.length;
    const rows = g.rows.map((row, i) => ({ ...row, cells: padded(row, width).map((c) => ({ ...c, header: i < headerCount(g) })) }));
    // Each part's own columns say where a row that left out its empty cells puts them (shifted-cells.ts).
    placeShiftedCells(rows, headerCount(g));
    // And header rows that wrote each title once, from the left, and padded their end (padded-header-rows.ts).
    alignPaddedHeaderRows(rows, headerCount(g));
    return { ...g, rows };
  });
}

/** A body row short of its part's header: GFM reads the cells it leaves out as empty, at its end. */
function padded(row: GridRow, width: number): GridRow['cells'] {
  if (row.cells.length >= width || row.cells.length === 0) return row.cells;
  const last = row.cells[row.cells.length - 1]!;
  return [...row.cells, ...Array.from({ length: width - row.cells.length }, () => ({ ...last, text: '', uncertain: undefined }))];
}
