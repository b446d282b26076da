import type { ProseAmount } from './amount.js';
import type { Location } from './location.js';
import type { Table } from './table.js';

export type DocumentFormat = 'text' | 'markdown' | 'html' | 'pdf';
export type DocumentKind = 'regeringsbeslut' | 'överenskommelse' | 'pressmeddelande' | 'webbsida' | 'okänd';

/** A sentence of prose with its place, for rules that read statements. */
export interface Sentence {
  text: string;
  location: Location;
  /** Heading, paragraph or list item, as the reader saw it. */
  role: 'heading' | 'paragraph' | 'list-item';
  /** Index of the block (paragraph, list) the sentence belongs to; consecutive list items share list id. */
  block: number;
}

/** Something the reader or interpreter could not make sense of: reported, never dropped. */
export interface Problem {
  message: string;
  location: Location;
}

export interface Document {
  file: string;
  format: DocumentFormat;
  kind: DocumentKind;
  title: string | null;
  date: string | null;
  dnr: string[];
  tables: Table[];
  amounts: ProseAmount[];
  sentences: Sentence[];
  problems: Problem[];
  /** Source lines (for diagnostics that show the line); index 0 is line 1. Empty for PDF. */
  lines: string[];
  /** PDF: pages that could not be read. */
  lostPages?: number[];
}

