import type { DocumentFormat, PdfReading, Problem } from '../model/document.js';
import type { Location } from '../model/location.js';
import type { ReadBy } from '../model/table.js';

/**
 * What a reader hands on: text lines and grids with their places, nothing format-specific.
 * Everything after the reader (grid detection, tables, prose) works on this.
 */

/** One line of text after markup is stripped. `columns[i]` is the 1-based source column of text[i]. */
export interface TextLine {
  text: string;
  location: Location;
  columns?: number[];
}

export interface TextBlock {
  kind: 'text';
  role: 'heading' | 'paragraph' | 'list-item';
  lines: TextLine[];
  /** A heading's depth where the source marks it ("##" or <h2>: 2); a section's unit reaches the tables of its sub-sections. */
  level?: number;
}

export interface GridCell {
  text: string;
  location: Location;
  /** Columns this cell covers (HTML colspan, a PDF header centred over several columns). */
  colspan: number;
  rowspan: number;
  /** <th>, GFM header row, or a header the reader knows to be one. */
  header: boolean;
  /** Bold markup (<b>, <strong>, **…**) was around the cell: a hint for total rows. */
  bold: boolean;
  /** Why the reader is unsure this cell holds what it shows (digit groups that split more than one way). */
  uncertain?: string;
  /** Additive: how its text was got when not printed in clear columns (see ReadBy). */
  readBy?: ReadBy;
  /** Additive: the column the cell stands in is the reader's guess (a row with fewer values than columns, put from the left). */
  placedByGuess?: boolean;
  /**
   * Additive: the cell's text under the other split of its line between label and value, when
   * one space sets both the label apart and the value's digit groups (label-split.ts).
   */
  alternative?: string;
}

export interface GridRow {
  cells: GridCell[];
  location: Location;
}

/**
 * `list`: region amounts written one a line or bullet ("* Uppsala: 84 300 000"), or as "Label:
 * figure" lines under each region's name; `spaced`: columns set apart by single spaces;
 * `glued`: label/figure lines that lost the space between them ("Anslag (ram)897 000").
 */
export type GridSource = 'tab' | 'gfm' | 'html' | 'cell-per-line' | 'aligned' | 'spaced' | 'numbered' | 'pdf' | 'list' | 'glued';

export interface Grid {
  kind: 'grid';
  source: GridSource;
  /** Text that names the table ("Tabell 1. Fördelning av …", a heading just above it, an HTML <caption>). */
  caption: TextLine | null;
  rows: GridRow[];
  /** Leading rows the format marks as header (GFM, <thead>); undefined when the format does not say. */
  headerRows?: number;
  /** Text above or beside the grid that states a unit ("Miljoner kronor", "belopp i tkr"). */
  unitNote?: TextLine | null;
  /** Additive: the paragraph just above the grid (no list's lead-in), where a table that states no unit may find one by its figures. */
  lead?: TextLine;
  /** Additive: the reader set each row's label apart in its first cell, a year included. */
  labelsSet?: boolean;
  /** Additive: what the reader could not read in the grid (a row whose figures split more than one way), reported as the table's problems. */
  problems?: Problem[];
  /**
   * Additive: short titles right above a header pasted one cell a line that the header did not
   * take (header-cells-above.ts): the header held group titles, and its titles may stand off
   * their columns.
   */
  headerLeftAbove?: string[];
  /**
   * Additive: the grid repeats list items that stay prose (item-amount-list.ts): read as a table
   * for what it holds, while the text rules check the items' sums.
   */
  alsoProse?: true;
}

export type Block = TextBlock | Grid;

export interface Layout {
  file: string;
  format: DocumentFormat;
  blocks: Block[];
  /** Source lines, index 0 = line 1 (text formats); used to show the line under a finding. */
  lines: string[];
  pages?: number;
  lostPages?: number[];
  /** Text formats: the encoding the bytes were read in ("utf-8", "windows-1252", "utf-16le" …). */
  encoding?: string;
  problems: Problem[];
  /** PDF only: which reader read it, why it fell back, and what was dropped as page furniture. */
  pdf?: PdfReading;
}
