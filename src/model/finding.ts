import type { Location } from './location.js';

export type Severity = 'error' | 'warning' | 'info';

/**
 * Which part of a document's tables a finding is about: 0-based indices into
 * `Document.tables`, `Table.rows` and `Table.columns`. `column` is null when the finding is
 * about a whole row, `row` when it is about the whole table.
 */
export interface CellRef {
  table: number;
  row: number | null;
  column: number | null;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  location: Location;
  related?: { message: string; location: Location }[];
  /** Decimal strings in base units. */
  expected?: string;
  actual?: string;
  /**
   * Stable identity for baselines and SARIF `partialFingerprints`; independent of line
   * numbers. Set once after the rules run (src/findings/fingerprint.ts).
   */
  fingerprint?: string;
  /** Additive: the table cell, row or table the finding points to, when it points into a table. */
  cell?: CellRef;
}
