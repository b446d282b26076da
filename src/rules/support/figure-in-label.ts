import type { Table } from '../../model/table.js';
import { t } from '../../messages/index.js';

/**
 * A figure written as a value stands at the end of the label: digit groups ("99 100"), a decimal
 * part ("12,5") or three digits or more that are no year. "Fas 3", "Anslag 1:1" and "2019–2021"
 * end in no value.
 */
const VALUE = /^[-−–+]?(?:\d{1,3}(?: \d{3})+|\d+,\d+|(?!(?:19|20)\d{2}$)\d{3,})$/u;
/** Digit groups a figure may have: "1 234 567 890 123". */
const MAX_GROUPS = 5;

/** Whether the label's last words (one to MAX_GROUPS, any space between them) make such a value. */
function endsInValue(label: string): boolean {
  const words = label.trim().split(/\s+/);
  for (let k = 1; k <= Math.min(MAX_GROUPS, words.length); k++) if (VALUE.test(words.slice(-k).join(' '))) return true;
  return false;
}

/**
 * A row with no figure in any column whose label ends in a figure written as a value
 * ("Lägenheter byggda 1961–1975 99 100"): a reader that took a line of text taken from a PDF for
 * a title may have left the row's value in its label. A sum over the rows then misses that value,
 * so it is in doubt, not wrong.
 */
export function figureInLabelDoubt(table: Table): string[] {
  const row = table.rows.find((r) => r.cells.every((c) => c.value === null && c.raw.trim() === '') && endsInValue(r.label));
  return row ? [t('structure.doubtFigureInLabel', { label: row.label })] : [];
}
