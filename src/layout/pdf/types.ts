import type { Box } from '../../model/location.js';

/** One text run as the PDF draws it (a pdfjs text item), in PDF user space. */
export interface Run {
  text: string;
  /** Left edge and baseline. */
  x: number;
  baseline: number;
  width: number;
  /** Font size in user space units. */
  size: number;
  ascent: number;
  descent: number;
  font: string;
}

/** A whitespace run: pdfjs emits these for real space glyphs and for gaps it guessed. */
export interface Spacer {
  text: string;
  x: number;
  baseline: number;
  width: number;
}

/** Runs of one line that sit close together: a word group, a table cell. */
export interface Segment {
  text: string;
  box: Box;
  size: number;
  /** The runs it was joined from, to split it again at a table column edge. */
  parts: { text: string; box: Box }[];
}

export interface PdfLine {
  page: number;
  /** Segments joined by single spaces. */
  text: string;
  segments: Segment[];
  baseline: number;
  box: Box;
  size: number;
}

/** A straight horizontal or vertical stroke or thin filled rectangle: a table border. */
export interface Ruling {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Everything kept from one page; plain data so it can cross a worker boundary. */
export interface PageData {
  page: number;
  /** The page's view box [x0, y0, x1, y1]. */
  view: [number, number, number, number];
  lines: PdfLine[];
  /** Undefined when not asked for (no table-like text on the page). */
  rulings?: Ruling[];
  /** The page had glyphs but none that gave text, or no glyphs at all. */
  empty: boolean;
  /** Nothing is drawn on it at all: no glyph, image or painted path (a blank page, not an unreadable one). */
  blank?: boolean;
  /** Its text is an OCR layer (invisible text over a scanned image): read by a machine, not printed. */
  ocr?: boolean;
}
