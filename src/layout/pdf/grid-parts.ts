import type { Box } from '../../model/location.js';
import type { Grid, GridCell, GridRow } from '../types.js';
import { union } from './lines.js';
import type { PdfLine } from './types.js';

/** A grid found on one page, with what the page assembly and the cross-page merge need. */
export interface FoundGrid {
  grid: Grid;
  page: number;
  /** Top edge (PDF y grows upwards), for reading order. */
  top: number;
  /** Right edges of the value columns, to recognise the same table on the next page. */
  columnRights: number[];
  /** Number of leading header rows. */
  headerRows: number;
  /** A single row at the top of a page: a table only if it continues one; else these lines are text. */
  tentative?: PdfLine[];
}

export function cell(file: string, page: number, text: string, boxes: Box[], header: boolean, colspan = 1): GridCell {
  const location = boxes.length > 0 ? { file, page, box: union(boxes) } : { file, page };
  return { text, location, colspan, rowspan: 1, header, bold: false };
}

export function row(file: string, page: number, cells: GridCell[], boxes: Box[]): GridRow {
  const location = boxes.length > 0 ? { file, page, box: union(boxes) } : { file, page };
  return { cells, location };
}

/**
 * A header that stands only in the lowest header row under an empty cell spans the header rows
 * (HTML rowspan, a vertically merged cell): "Totalt" beside a group "Bidrag 2025" over three
 * sub-headers is not part of that group. The text moves up into the empty cell, which gets
 * rowspan 2, and the lower cell goes, as in HTML.
 */
export function spanHeaderRows(rows: GridRow[], headerRows: number): void {
  if (headerRows !== 2) return;
  const [upper, lower] = [rows[0]!, rows[1]!];
  const starts = (r: GridRow) => {
    let c = 0;
    return r.cells.map((x) => {
      const at = c;
      c += x.colspan;
      return at;
    });
  };
  const upperAt = starts(upper);
  const lowerAt = starts(lower);
  const drop = new Set<GridCell>();
  upper.cells.forEach((u, i) => {
    if (u.text.trim() !== '' || u.colspan !== 1) return;
    const j = lowerAt.indexOf(upperAt[i]!);
    const l = lower.cells[j];
    if (!l || l.colspan !== 1 || l.text.trim() === '') return;
    upper.cells[i] = { ...l, rowspan: 2 };
    drop.add(l);
  });
  lower.cells = lower.cells.filter((c) => !drop.has(c));
}
