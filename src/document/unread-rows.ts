import type { Block } from '../layout/types.js';
import { figureRowRuns, isTableRun } from '../layout/figure-rows.js';
import { figureLineRuns } from '../layout/figure-line-runs.js';
import { unreadRecordRuns } from '../layout/label-figure-lines.js';
import type { TextLine } from '../layout/types.js';
import type { Problem } from '../model/document.js';
import { t } from '../messages/index.js';

/**
 * Rows of figures no reader took. A run of lines a person sees as a table that neither a table
 * or list detector nor the last reader of such rows (figure-rows-table.ts) read is left as
 * prose: its figures become prose amounts and no check reads them as a table. Such a run is
 * reported, so that what was not read is said, not hidden. What a run and a row are is
 * figure-rows.ts's, shared with that reader.
 */
export function unreadRows(blocks: readonly Block[]): Problem[] {
  const runs = figureRowRuns(blocks).filter(isTableRun);
  // Labels on lines of their own over their figures, left as prose (label-figure-lines.ts), unless a run above names them already.
  const named = new Set(runs.flatMap((r) => r.lines));
  const records = unreadRecordRuns(blocks).filter((lines) => !lines.some((l) => named.has(l)));
  // Figures alone on their lines, as text taken from a PDF sets a table, unless a run above names them already.
  for (const lines of records) for (const l of lines) named.add(l);
  const columns = figureLineRuns(blocks).filter((lines) => !lines.some((l) => named.has(l)));
  const all = [...runs.map((r) => r.lines), ...records, ...columns];
  return all.sort((a, b) => (a[0]!.location.line ?? 0) - (b[0]!.location.line ?? 0)).map(problemOf);
}

function problemOf(lines: readonly TextLine[]): Problem {
  const first = lines[0]!.location;
  const last = lines[lines.length - 1]!.location;
  const where =
    first.line !== undefined && last.line !== undefined
      ? t('format.unreadRows.lines', { first: String(first.line), last: String(last.line) })
      : first.page !== undefined && last.page !== undefined && first.page !== last.page
        ? t('format.unreadRows.pages', { first: String(first.page), last: String(last.page) })
        : t('format.unreadRows.page', { page: String(first.page ?? '?') });
  return { message: t('format.unreadRows', { count: lines.length, where }), location: first };
}
