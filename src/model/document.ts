import type { ProseAmount } from './amount.js';
import type { Location } from './location.js';
import type { Table } from './table.js';

export type DocumentFormat = 'text' | 'markdown' | 'html' | 'pdf';
export type DocumentKind = 'regeringsbeslut' | 'överenskommelse' | 'pressmeddelande' | 'webbsida' | 'okänd';

/** A sentence of prose with its place, for rules that read statements. */
export interface Sentence {
  readonly text: string;
  readonly location: Location;
  /** Heading, paragraph or list item, as the reader saw it. */
  readonly role: 'heading' | 'paragraph' | 'list-item';
  /** Index of the block (paragraph, list) the sentence belongs to; consecutive list items share list id. */
  readonly block: number;
}

/** Something the reader or interpreter could not make sense of: reported, never dropped. */
export interface Problem {
  readonly message: string;
  readonly location: Location;
}

/** How a document names an agreement it pays out under or refers to. */
export interface AgreementRef {
  /** Normalised name ("ökad tillgänglighet i hälso- och sjukvården 2024"), or null when only a dnr is given. */
  readonly name: string | null;
  readonly dnr: string | null;
  readonly year: number | null;
  /** True when the document is the agreement itself ("denna överenskommelse"). */
  readonly self: boolean;
  readonly location: Location;
}

/** An appropriation the money is booked against: "anslaget 1:11 …, anslagsposten 1 …". */
export interface AnslagRef {
  /** "1:11" */
  readonly anslag: string;
  /** Anslagspost number ("1", "38"), or null when none is named. */
  readonly post: string | null;
  /** Utgiftsområde, when stated. */
  readonly utgiftsomrade: string | null;
  readonly location: Location;
}

export interface DocumentReferences {
  readonly agreements: readonly AgreementRef[];
  readonly anslag: readonly AnslagRef[];
}

/** The canonical model of one document, built once by document/build.ts and only read after. */
export interface Document {
  readonly file: string;
  readonly format: DocumentFormat;
  readonly kind: DocumentKind;
  readonly title: string | null;
  readonly date: string | null;
  readonly dnr: readonly string[];
  /** "Socialdepartementet", when the document names its department. */
  readonly department: string | null;
  /** Dnr given with "(delvis)" (the decision handles part of the case). */
  readonly dnrPartial: readonly string[];
  /** Agreements and appropriations the document refers to. */
  readonly references: DocumentReferences;
  readonly tables: readonly Table[];
  readonly amounts: readonly ProseAmount[];
  readonly sentences: readonly Sentence[];
  readonly problems: readonly Problem[];
  /** Source lines (for diagnostics that show the line); index 0 is line 1. Empty for PDF. */
  readonly lines: readonly string[];
  /** PDF: pages that could not be read. */
  readonly lostPages?: readonly number[];
  /** Text formats: the encoding the bytes were read in (additive). */
  readonly encoding?: string;
}

