import { looksValue } from './looks-numeric.js';
import { CODE_CELL } from './code-cells.js';
import type { SourceLine } from './source-line.js';
import { toGridCell } from './source-line.js';
import { isTotalLabelText } from './total-label.js';
import type { Grid, GridRow } from './types.js';

/**
 * A table pasted one cell a line whose total row is set apart by a blank line, as a web page's
 * table foot comes out:
 *
 *   Östergötlands län
 *   111
 *   222
 *
 *   Totalt
 *   2 122
 *   7 343
 *
 * The cell-per-line reader ends the table at the blank line, and the total's figures would be
 * read as running text. The paragraph after it is the table's last row when it is exactly such a
 * row: a label that opens with a total word ("Summa", "Totalt") or names the whole country
 * ("Riket", "Hela landet"), then one value a line, as many as the table has value columns, and
 * then a blank line or the end of the text. Under a code column the row's code cell is empty.
 */
const NATIONAL = /^(?:riket|sverige|hela (?:riket|landet|sverige))$/i;
/** Blank lines that may stand between the table and its total. */
const MAX_GAP = 2;

const blank = (l: SourceLine | undefined): boolean => l !== undefined && l.raw.trim() === '';

export function takeDetachedTotal(file: string, lines: readonly SourceLine[], found: { grid: Grid; end: number }): { grid: Grid; end: number } {
  const { grid, end } = found;
  let at = end;
  while (at < lines.length && blank(lines[at]) && at - end < MAX_GAP) at++;
  if (at === end || at >= lines.length || blank(lines[at])) return found;
  const label = lines[at]!.raw.trim();
  if (!(isTotalLabelText(label.split(/\s+/)[0] ?? '') || NATIONAL.test(label)) || looksValue(label)) return found;
  const last = grid.rows[grid.rows.length - 1];
  if (!last || grid.rows.some((r) => r.cells.length !== last.cells.length)) return found;
  // A code column: every body row but the header opens with a code (or an empty cell, a total).
  const body = grid.rows.filter((r) => !r.cells.some((c) => c.header));
  const coded = body.length > 0 && body.every((r) => r.cells[0]!.text === '' || CODE_CELL.test(r.cells[0]!.text.trim())) && body.some((r) => r.cells[0]!.text !== '');
  const width = last.cells.length - (coded ? 2 : 1);
  if (width < 1) return found;
  const values = lines.slice(at + 1, at + 1 + width);
  if (values.length !== width || !values.every((l) => !blank(l) && looksValue(l.raw.trim()))) return found;
  const after = at + 1 + width;
  if (after < lines.length && !blank(lines[after])) return found;
  const labelCell = toGridCell(file, lines[at]!, 0, lines[at]!.raw.length);
  const cells = [...(coded ? [{ ...labelCell, text: '' }] : []), labelCell, ...values.map((l) => toGridCell(file, l, 0, l.raw.length))];
  const row: GridRow = { cells, location: labelCell.location };
  return { grid: { ...grid, rows: [...grid.rows, row] }, end: after };
}
