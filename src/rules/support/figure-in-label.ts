import type { Table } from '../../model/table.js';
import { t } from '../../messages/index.js';

/**
 * A figure written as a value stands at the end of the label: digit groups ("99 100"), a decimal
 * part ("12,5") or three digits or more that are no year. "Fas 3", "Anslag 1:1" and "2019–2021"
 * end in no value.
 */
const VALUE_AT_END = /(?:^|\s)[-−–+]?(?:\d{1,3}(?:[\s\u00a0\u202f\u2009]\d{3})+|\d+,\d+|(?!(?:19|20)\d{2}\b)\d{3,})$/u;

/**
 * A row with no figure in any column whose label ends in a figure written as a value
 * ("Lägenheter byggda 1961–1975 99 100"): a reader that took a line of text taken from a PDF for
 * a title may have left the row's value in its label. A sum over the rows then misses that value,
 * so it is in doubt, not wrong.
 */
export function figureInLabelDoubt(table: Table): string[] {
  const row = table.rows.find((r) => r.cells.every((c) => c.value === null && c.raw.trim() === '') && VALUE_AT_END.test(r.label.trim()));
  return row ? [t('structure.doubtFigureInLabel', { label: row.label })] : [];
}
