import type { Box } from '../../model/location.js';
import type { Grid, GridCell, GridRow } from '../types.js';
import { union } from './lines.js';

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
}

export function cell(file: string, page: number, text: string, boxes: Box[], header: boolean, colspan = 1): GridCell {
  const location = boxes.length > 0 ? { file, page, box: union(boxes) } : { file, page };
  return { text, location, colspan, rowspan: 1, header, bold: false };
}

export function row(file: string, page: number, cells: GridCell[], boxes: Box[]): GridRow {
  const location = boxes.length > 0 ? { file, page, box: union(boxes) } : { file, page };
  return { cells, location };
}
