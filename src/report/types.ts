import type { BaselineEntry } from '../findings/baseline.js';
import type { Finding } from '../model/finding.js';
import type { RowQuote } from './row-quotes.js';

/** One audited document: its findings, and its source lines for showing context. */
export interface AuditedDocument {
  file: string;
  findings: Finding[];
  /** Source lines (index 0 = line 1); empty for PDF. */
  lines: readonly string[];
  /** PDF: table rows as read, to quote beside a finding on one of them. */
  rows?: RowQuote[];
}

/** A file that could not be read at all: one line, naming the file and the reason. */
export interface InputError {
  file: string;
  reason: string;
}

/** What a baseline did in this run: findings it accepted, entries that matched nothing. */
export interface BaselineReport {
  file: string;
  suppressed: number;
  stale: BaselineEntry[];
}

export interface AuditResult {
  documents: AuditedDocument[];
  errors: InputError[];
  /** Present when a baseline was applied. */
  baseline?: BaselineReport;
}
