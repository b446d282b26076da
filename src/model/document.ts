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

export interface PdfReading {
  engine: 'fast' | 'pdfjs';
  /** Why the fast reader declined, when pdfjs read the file in its place. */
  fallback: string | null;
  /** Lines left out as running heads, footers and page numbers. */
  furniture: { page: number; text: string }[];
}

/** Something the reader or interpreter could not make sense of: reported, never dropped. */
export interface Problem {
  message: string;
  location: Location;
}

/** How a document names an agreement it pays out under or refers to. */
export interface AgreementRef {
  /** Normalised name ("ökad tillgänglighet i hälso- och sjukvården 2024"), or null when only a dnr is given. */
  name: string | null;
  dnr: string | null;
  year: number | null;
  /** True when the document is the agreement itself ("denna överenskommelse"). */
  self: boolean;
  location: Location;
}

/** An appropriation the money is booked against: "anslaget 1:11 …, anslagsposten 1 …". */
export interface AnslagRef {
  /** "1:11" */
  anslag: string;
  /** Anslagspost number ("1", "38"), or null when none is named. */
  post: string | null;
  /** Utgiftsområde, when stated. */
  utgiftsomrade: string | null;
  location: Location;
}

export interface DocumentReferences {
  agreements: AgreementRef[];
  anslag: AnslagRef[];
}

export interface Document {
  file: string;
  format: DocumentFormat;
  kind: DocumentKind;
  title: string | null;
  date: string | null;
  dnr: string[];
  /** Additive: "Socialdepartementet", when the document names its department. */
  department?: string | null;
  /** Additive: dnr given with "(delvis)" (the decision handles part of the case). */
  dnrPartial?: string[];
  /** Additive: agreements and appropriations the document refers to. */
  references?: DocumentReferences;
  tables: Table[];
  amounts: ProseAmount[];
  sentences: Sentence[];
  problems: Problem[];
  /** Source lines (for diagnostics that show the line); index 0 is line 1. Empty for PDF. */
  lines: string[];
  /** PDF: pages that could not be read. */
  lostPages?: number[];
  /** PDF: the reader that read it, why it fell back, and the lines dropped as page furniture. */
  pdf?: PdfReading;
}

