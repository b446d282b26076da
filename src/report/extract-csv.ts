import type { Document } from '../model/document.js';
import { formatTidyCsv } from './regions-csv.js';
import { tidyRows } from './regions-rows.js';

/**
 * `extract --format csv`: the tidy table of every row of every table (regions, totals and
 * the rest alike), one line per document × table × column × row, with the same columns as
 * `kronkoll regions` (see regions-csv.ts for the spreadsheet choices).
 */
export function formatExtractCsv(docs: readonly Document[]): string {
  return formatTidyCsv(tidyRows(docs, { regionsOnly: false }));
}
