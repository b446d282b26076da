import { detectAlignedGrid } from './aligned-grid.js';
import type { SourceLine } from './source-line.js';

/**
 * A title line right above a header whose titles are set apart by two spaces or more, no blank
 * line between:
 *
 *   Verksamhetens nettokostnad (mnkr)
 *   Verksamhet  Budget 2025  Plan 2026
 *   Administration  22,0  22,5
 *
 * The title is one run of words at the margin, set apart by single spaces; the line under it titles
 * the label column and each column of figures. It is the table's caption, not the top line of a
 * header read with single-spaced columns (its words would be spread over the columns). The table
 * begins under it when the aligned reader reads a table with a header from the next line on.
 */
const MAX_TITLE = 100;
const GAP = /\S {2,}\S|\t/;

export function captionOverTitles(file: string, lines: SourceLine[], i: number): boolean {
  const raw = lines[i]!.raw;
  const next = lines[i + 1]?.raw;
  if (next === undefined || GAP.test(raw) || raw.trim().length > MAX_TITLE || /^\s/.test(raw) || !/^\s*\p{Lu}/u.test(raw)) return false;
  // The title holds no figure but years and a unit's thousand: a figure would make it a row.
  if (/\d/.test(raw.replace(/(?<!\d)(?:19|20)\d\d(?!\d)/g, '').replace(/1 ?000/g, ''))) return false;
  // Titles that open in small letters go on from the line above ("Belopp i miljoner" / "kronor   2024   2025"): one wrapped header.
  if (!/^\p{Lu}/u.test(next) || !GAP.test(next) || /\d$/.test(next.replace(/(?<!\d)(?:19|20)\d\d(?!\d)/g, '').trimEnd())) return false;
  const found = detectAlignedGrid(file, lines, i + 1);
  return found !== null && found.grid.rows.length > 0 && found.grid.rows[0]!.cells.every((c) => c.header) && found.grid.rows[0]!.location.line === lines[i + 1]!.line;
}

/**
 * A line of words right above such a caption (a sentence of the text, the first line of a title
 * wrapped) is not the top of a table read with single-spaced columns: the caption under it
 * separates it from the table, so it is text.
 *
 *   Stadens ekonomi utvecklades väl under året.
 *   Driftsekonomi per sektor, 1 000 €
 *   Sektor  BS 2022  Budget 2023
 */
export function textOverCaption(file: string, lines: SourceLine[], i: number): boolean {
  const raw = lines[i]!.raw;
  if (i + 1 >= lines.length || raw.trim() === '' || GAP.test(raw)) return false;
  return captionOverTitles(file, lines, i + 1);
}
