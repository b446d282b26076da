import { Decimal } from 'decimal.js';
import type { Row, Table } from '../model/table.js';
import { t } from '../messages/index.js';
import { normalizeLabel } from '../regions/index.js';
import { matchMunicipality } from '../regions/municipalities.js';

/**
 * A list of municipalities that also carries the county's council or region ("Landstinget",
 * "Region Värmland", "Jämtlands läns landsting"): the total under it is often the municipalities'
 * alone, labelled plainly "Summa". When the stated total equals the sum of the rows without the
 * council's, what the total covers is in doubt, not the arithmetic: a mismatch is a warning
 * that names the row.
 */
const COUNCIL = /^(?:landstinget|regionen|region \p{L}.*|.*\blandsting(?:et)?)$/u;
const MIN_MUNICIPALITIES = 3;

const valueAt = (r: Row, col: number): Decimal | null => r.cells[col]?.value ?? null;

export function councilRowDoubts(table: Table, col: number): string[] {
  const data = table.rows.filter((r) => r.kind === 'data' && valueAt(r, col) !== null);
  const totals = table.rows.filter((r) => r.kind === 'total' && valueAt(r, col) !== null);
  if (totals.length !== 1) return [];
  const council = data.filter((r) => COUNCIL.test(normalizeLabel(r.label)) && matchMunicipality(r.label) === null);
  if (council.length !== 1 || data.filter((r) => matchMunicipality(r.label) !== null).length < MIN_MUNICIPALITIES) return [];
  const without = data.filter((r) => r !== council[0]).reduce((s, r) => s.plus(valueAt(r, col)!), new Decimal(0));
  if (!without.equals(valueAt(totals[0]!, col)!)) return [];
  return [t('structure.doubtCouncilRow', { label: council[0]!.label.trim() })];
}
