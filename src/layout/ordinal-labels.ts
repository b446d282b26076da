import type { Grid, GridRow } from './types.js';

/**
 * Categories numbered in their labels ("Klass 1", "Klass 2", "Klass 3", then "Totalt"): read
 * from a line of single-spaced figures, the number is the first figure of each row, a column of
 * its own that counts 1, 2, 3 … down the rows and that the total row leaves empty. Such a column
 * is part of the labels ("Zon 2", "Steg 3"), never a column of figures: it is moved back into
 * them. A column with a title of its own, a gap or a repeat in the count, or a figure on a row
 * that is not numbered, is a column of figures and stays.
 */
const ORDINAL = /^\d{1,2}$/;
/** A label that a number goes on: it ends in a letter ("Klass", "Säkerhetsklass"). */
const ENDS_IN_WORD = /[A-Za-zÅÄÖåäöÉé]$/;
/** Rows the count may skip: totals and sums, which add up the numbered rows. */
const TOTAL = /^(?:totalt?|summa|s:a|samtliga|alla)\b/i;
const MIN_NUMBERED = 2;

const isHeader = (row: GridRow): boolean => row.cells.some((c) => c.header);

/** The grid with its numbered labels put back together, or the grid as it was. */
export function joinOrdinalLabels(grid: Grid): Grid {
  const body = grid.rows.filter((r) => !isHeader(r));
  if (body.some((r) => r.cells.length < 3)) return grid;
  if (grid.rows.some((r) => isHeader(r) && (r.cells[1]?.text.trim() ?? '') !== '')) return grid;
  let expected: number | null = null;
  let numbered = 0;
  for (const row of body) {
    const label = row.cells[0]!.text.trim();
    const first = row.cells[1]!.text.trim();
    if (first === '') {
      if (!TOTAL.test(label)) return grid;
      continue;
    }
    if (!ORDINAL.test(first) || !ENDS_IN_WORD.test(label) || TOTAL.test(label)) return grid;
    const n = Number(first);
    if (expected !== null && n !== expected) return grid;
    expected = n + 1;
    numbered++;
  }
  if (numbered < MIN_NUMBERED) return grid;
  const rows = grid.rows.map((row) => {
    if (isHeader(row)) return { ...row, cells: [row.cells[0]!, ...row.cells.slice(2)] };
    const [label, first, ...rest] = row.cells;
    const number = first!.text.trim();
    return { ...row, cells: [number === '' ? label! : { ...label!, text: `${label!.text.trim()} ${number}` }, ...rest] };
  });
  return { ...grid, rows };
}
