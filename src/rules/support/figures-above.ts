import type { Document } from '../../model/document.js';
import type { Table } from '../../model/table.js';
import { isFigureLine } from '../../layout/figure-line-runs.js';
import { kindOf } from '../../layout/figure-rows.js';
import { t } from '../../messages/index.js';

/** Lines of words (a header, a wrapped label, a unit) that may stand between the figures above and the table. */
const MAX_WORD_LINES = 3;

/**
 * A table with no caption of its own right under lines of figures (rows left as prose, a cell a
 * line, or another table's rows), only blank lines and a few lines of words between: text taken
 * from a PDF cuts a table where a page or a wrapped label breaks it, and a reader may take only
 * the part below. A sum in it may then count only the rows below the cut, so it is in doubt.
 * A caption ("Tabell 3 …") says a table starts there; so does a source with no lines (a PDF read
 * by its boxes, whose reader keeps a table's parts together).
 */
export function figuresAboveDoubt(doc: Document, table: Table): string[] {
  if (table.caption !== null || doc.lines.length === 0) return [];
  const start = table.location.line;
  if (start === undefined) return [];
  let words = 0;
  for (let k = start - 2; k >= 0; k--) {
    const text = doc.lines[k]!.trim();
    if (text === '') continue;
    if (isFigureLine(text) || ['row', 'labelled'].includes(kindOf(text))) return [t('structure.doubtFiguresAbove', { line: String(k + 1) })];
    if (/\d/u.test(text) || ++words > MAX_WORD_LINES) return [];
  }
  return [];
}
