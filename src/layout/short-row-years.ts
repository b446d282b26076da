import type { Grid, GridCell } from './types.js';

/**
 * A row that gives fewer values than the table has columns is filled from the left, as a guess
 * (the page left its empty cells out). When its label names the years its values are for,
 * under a header of years, the label places them:
 *
 *   Budget 2021 | Plan 2022 | Plan 2023 | Plan 2024
 *   Ofördelat 2023–2024      → the two values go under 2023 and 2024
 *   Reserv för 2022 och 2023 → under 2022 and 2023
 *
 * The values move only when the years the label names are exactly as many as the values and
 * each heads one column, in order. The cells stay marked as read by a guess.
 */
const RANGE = /\b((?:19|20)\d\d)\s?[-–—]\s?((?:19|20)\d\d)\b/;
const YEAR = /\b(?:19|20)\d\d\b/g;

function labelYears(label: string): number[] {
  const range = RANGE.exec(label);
  if (range) {
    const [a, b] = [Number(range[1]), Number(range[2])];
    if (b <= a || b - a > 20) return [];
    return Array.from({ length: b - a + 1 }, (_, i) => a + i);
  }
  return (label.match(YEAR) ?? []).map(Number);
}

/** The one year each column's header names, or null. */
function columnYears(grid: Grid): (number | null)[] {
  const heads = grid.rows.slice(0, grid.headerRows ?? 0);
  const width = Math.max(0, ...grid.rows.map((r) => r.cells.length));
  return Array.from({ length: width }, (_, c) => {
    const years = heads.flatMap((r) => r.cells[c]?.text.match(YEAR) ?? []);
    return new Set(years).size === 1 ? Number(years[0]) : null;
  });
}

export function placeShortRowsByYears(grid: Grid): void {
  if (!grid.headerRows) return;
  const years = columnYears(grid);
  for (const row of grid.rows.slice(grid.headerRows)) {
    const cells = row.cells;
    const filled = cells.slice(1).filter((c) => c.text.trim() !== '').length;
    if (filled === 0 || filled === cells.length - 1) continue;
    // Only a row filled from the left as a guess: its values first, then the empty cells.
    if (cells.slice(1, 1 + filled).some((c) => c.text.trim() === '' || c.uncertain === undefined)) continue;
    const named = labelYears(cells[0]!.text);
    if (named.length !== filled) continue;
    const targets = named.map((y) => years.indexOf(y));
    if (targets.some((k, i) => k < 1 || years.lastIndexOf(named[i]!) !== k || (i > 0 && k <= targets[i - 1]!))) continue;
    const values = cells.slice(1, 1 + filled);
    const blank = (k: number): GridCell => {
      const { uncertain: _, ...rest } = cells[k]!;
      return { ...rest, text: '' };
    };
    const moved = cells.map((c, k) => (k === 0 ? c : blank(k)));
    targets.forEach((k, i) => {
      moved[k] = values[i]!;
    });
    row.cells = moved;
  }
}
