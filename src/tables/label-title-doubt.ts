import type { Grid } from '../layout/types.js';
import { ROWS_TITLE } from '../layout/grouped-cell-titles.js';
import { isStubOrPeriodTitle, STUB_UNIT } from '../layout/stub-titles-after.js';
import { isUnitHeader } from '../layout/unit-header.js';

/** Lines between the unit's line and the header's first title: itself, a blank line, the title. */
const MAX_GAP = 2;

/**
 * A table pasted one cell a line whose header has as many titles as its rows have cells, the
 * first of them read as the label column's title, with a line naming only the unit right above
 * ("Belopp i mnkr" / "Immateriella tillgångar" / "Fastigheter" / … / "Summa"). Financial tables
 * print the unit as the label column's title: then the first title is a value column's, and every
 * row left one empty cell out, which the page does not show. Nothing on the page tells the two
 * readings apart, so which column each title names is in doubt: returns the unit's line, or null
 * when the first title reads as the label column's own (empty, a unit, "Region", "Län", a note's
 * or a period's title).
 */
export function labelTitleInDoubt(grid: Grid, paths: readonly string[][], labelCol: number): string | null {
  if (grid.source !== 'cell-per-line' || labelCol !== 0) return null;
  const first = (paths[0] ?? []).join(' ').trim();
  if (first === '' || ROWS_TITLE.test(first) || isStubOrPeriodTitle(first) || isUnitHeader(first)) return null;
  const above = grid.unitNote ?? grid.caption;
  if (!above || !STUB_UNIT.test(above.text.trim())) return null;
  const title = grid.rows[0]?.cells[0];
  if (!title?.header) return null;
  const at = title.location.line;
  const unitAt = above.location.line;
  if (at === undefined || unitAt === undefined) return null;
  const gap = at - unitAt;
  return gap >= 1 && gap <= MAX_GAP ? above.text.trim() : null;
}
