import type { Document } from '../../model/document.js';
import type { Table } from '../../model/table.js';
import { isFigureLine } from '../../layout/figure-line-runs.js';
import { FIGURE, YEAR, kindOf } from '../../layout/figure-rows.js';
import { t } from '../../messages/index.js';

const yearsOnly = (text: string): boolean => {
  const figures = text.split(/\s+/u).filter((tok) => FIGURE.test(tok));
  return figures.length > 0 && figures.every((tok) => YEAR.test(tok));
};

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
  if (table.caption !== null) return [];
  const start = table.location.line;
  const at = start === undefined ? null : figureLineNear(doc, start - 2, -1);
  return at === null ? [] : [t('structure.doubtFiguresAbove', { line: String(at + 1) })];
}

/**
 * The index of the first line of figures met from `from` on in steps of `step` (−1 up, 1 down),
 * past blank lines and a few lines of words; null at a line with other figures, at more words, or
 * in a source with no lines.
 */
export function figureLineNear(doc: Document, from: number, step: 1 | -1): number | null {
  let words = 0;
  for (let k = from; k >= 0 && k < doc.lines.length; k += step) {
    const text = doc.lines[k]!.trim();
    if (text === '') continue;
    // A header of years ("Län  2020  2021") opens a table of its own: no cut figures.
    if (yearsOnly(text)) return null;
    if (isFigureLine(text) || ['row', 'labelled'].includes(kindOf(text))) return k;
    if (/\d/u.test(text) || ++words > MAX_WORD_LINES) return null;
  }
  return null;
}
