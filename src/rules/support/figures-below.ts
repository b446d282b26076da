import type { Document } from '../../model/document.js';
import type { Table } from '../../model/table.js';
import { t } from '../../messages/index.js';
import { figureLineNear } from './figures-above.js';

/**
 * A table right over lines of figures it did not take, only blank lines and a few lines of words
 * between: text taken from a PDF may have cut the table there (a page, a column set a cell a
 * line), so its last row may hold only the first of its figures and its rows may be titles the
 * reader took for rows. A sum in it is in doubt. What a table ends with is its last line read,
 * any cell's.
 */
export function figuresBelowDoubt(doc: Document, table: Table): string[] {
  const lines = table.rows.flatMap((r) => [r.location.line, ...r.cells.map((c) => c.location.line)]).filter((l): l is number => l !== undefined);
  if (lines.length === 0) return [];
  const at = figureLineNear(doc, Math.max(...lines), 1);
  return at === null ? [] : [t('structure.doubtFiguresBelow', { line: String(at + 1) })];
}
