/**
 * The golden file of one field document (corpus/field/golden/<id>.json), written by reading the
 * document: every table's rows with values in base units as decimal strings, and the defects the
 * document really has. corpus/field/README.md describes the schema.
 */
export interface GoldenRow {
  label: string;
  /** Two-digit county code, or null for a row that is not one region. */
  region: string | null;
  kind: 'data' | 'total' | 'subtotal' | 'part';
  /** One per golden column; null where the document has no number in that cell. */
  values: (string | null)[];
}

export interface GoldenTable {
  caption: string;
  unit: string;
  kind: 'table' | 'list';
  columns: string[][];
  rows: GoldenRow[];
}

export interface GoldenDefect {
  kind: string;
  where: string;
  arithmetic: string;
  /** Index of the golden table the defect belongs to, or null for prose only. */
  table: number | null;
  /** Source lines (1-based) where the defect can be seen: the bad cell, the total, the claim. */
  lines: number[];
  /**
   * The strongest finding a correct reading justifies: "error" when the published numbers certainly
   * disagree, "warning" when the difference is what rounding of the printed parts can explain.
   */
  severity: 'error' | 'warning';
}

export interface Golden {
  tables: GoldenTable[];
  defects: GoldenDefect[];
  classes: string[];
}
