import { YEAR_OR_CLOSING_DATE } from './closing-date.js';
import { isUnitSuffix } from './unit-suffix.js';
import type { Grid } from './types.js';

/**
 * A header line whose years are closed by the table's unit, copied with single spaces:
 *
 *   Statsbidrag 2021 2022 mnkr          Område 2022 2023 (tkr)
 *   Inkomstutjämning 1 200 1 300        Psykiatri 10,5 11,0
 *
 * The unit after the last year is no cell and no figure ("2022 mnkr" is no 2 022 miljoner): it
 * names the scale of every column, as a unit in the caption does. Read so only where two years
 * or more stand before it: a row's figures never run as years in a row do, while one value with
 * a unit ("Bergtorp 2022 tkr") may be a row (unit-suffix.ts).
 */
const UNIT_WORD = /^(?:tkr|mnkr|mdkr|mkr|kr|kronor|msek|ksek|tsek|sek)$/i;

/** The unit bare ("mnkr", "kr", as after years it names the table's scale) or in parentheses ("(tkr)"). */
const isUnitToken = (t: string): boolean => isUnitSuffix(t) || UNIT_WORD.test(t.startsWith('(') && t.endsWith(')') ? t.slice(1, -1) : t);

/** Least years before the unit. */
const MIN_YEARS = 2;

/**
 * The index of the unit token that closes the line's run of years, or -1. `texts` are the line's
 * tokens (words and figures, in order).
 */
export function unitAfterYears(texts: readonly string[]): number {
  const last = texts.length - 1;
  if (last < MIN_YEARS || !isUnitToken(texts[last]!)) return -1;
  let years = 0;
  for (let k = last - 1; k >= 0 && YEAR_OR_CLOSING_DATE.test(texts[k]!); k--) years++;
  if (years < MIN_YEARS) return -1;
  // Distinct years: a row of the same figure twice ("2020 2020 tkr") is figures, not titles.
  const ys = texts.slice(last - years, last);
  return new Set(ys).size === ys.length ? last : -1;
}

/** A year and the unit after it in one header cell ("2022 mnkr", "2023 (tkr)"). */
const YEAR_UNIT_CELL = /^((?:19|20)\d{2}) +(\S+)$/;

/**
 * The same header in a space-aligned table: the unit stands past the last column's year, so the
 * reader gives it to that cell ("2022 mnkr") and that column alone would be scaled. When the other
 * titles of the line are years and none has a unit of its own, the unit is the table's: the cell
 * keeps its year and the unit becomes the grid's unit note.
 */
export function liftUnitAfterLastYear(grid: Grid): void {
  const headerRows = grid.headerRows ?? 0;
  if (headerRows < 1 || grid.unitNote) return;
  const cells = grid.rows[headerRows - 1]!.cells;
  let last = cells.length - 1;
  while (last > 0 && cells[last]!.text.trim() === '') last--;
  if (last < 2) return;
  const m = YEAR_UNIT_CELL.exec(cells[last]!.text.trim());
  if (!m || !isUnitToken(m[2]!)) return;
  const titles = cells.slice(1, last).map((c) => c.text.trim());
  const years = [...titles.filter((t) => YEAR_OR_CLOSING_DATE.test(t)), m[1]!];
  if (years.length < MIN_YEARS || titles.some((t) => t !== '' && !YEAR_OR_CLOSING_DATE.test(t)) || new Set(years).size !== years.length) return;
  const cell = cells[last]!;
  const text = cell.text.trim();
  const lead = cell.text.length - cell.text.trimStart().length;
  const at = (cell.location.column ?? 1) + lead + text.lastIndexOf(m[2]!);
  cell.text = m[1]!;
  if (cell.location.column !== undefined) cell.location = { ...cell.location, endColumn: cell.location.column + lead + m[1]!.length };
  grid.unitNote = { text: m[2]!, location: { ...cell.location, column: at, endColumn: at + m[2]!.length } };
}
