import { isBlankMarker, isDash } from '../layout/looks-numeric.js';

const PERCENT_CELL = /(?:%|\sprocent)$/i;

/**
 * A column whose figures are all printed as percent ("72%", "18 procent"): a share, whatever its
 * title says. A suppressed or missing share ("..", ".", "–", "x") keeps no figure and says
 * nothing against it, so it does not make the column a count; a column of markers alone is no
 * share. A column with no cell at all stays percent, as before.
 */
export function cellsArePercent(texts: readonly string[]): boolean {
  const filled = texts.map((t) => t.trim()).filter((t) => t !== '');
  const figures = filled.filter((t) => !isBlankMarker(t) && !isDash(t));
  if (figures.length < filled.length && figures.length === 0) return false;
  return figures.every((t) => PERCENT_CELL.test(t));
}
