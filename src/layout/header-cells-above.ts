import { looksValue } from './looks-numeric.js';
import type { SourceLine } from './source-line.js';
import type { Grid } from './types.js';
import { CAPTION_WORD } from './grouped-cell-titles.js';
import { NUMBERED_CAPTION } from './cell-per-line-grid.js';

/**
 * Title cells right above a header pasted one cell a line that the header did not take.
 *
 *   Kommun            ← left above: two header cells the columns had no room for
 *   Folkmängd
 *   Folkökning        ← the header read: as many titles as the rows have cells
 *   Födda
 *   …
 *
 * A header of more titles than columns holds group titles ("Flyttningsnetto" over "Totalt" and
 * "Därav mot" over three more); read from its last titles, every title may stand a column or two
 * off its figures. So two or more short titles in the same run of cells just above the header
 * make the header's titles a reading, not a certainty. A caption (a phrase of several words or
 * one written with "per", "i", "för" …, a numbered "Tabell 3", a line ending in ":" or a full
 * stop) or a line naming only the unit ("Tkr", "Mnkr") ends the run.
 */
const MAX_TITLE = 30;
const MAX_WORDS = 3;
const MAX_LOOK = 6;
/** Two titles left above: one alone is the caption or a heading, as over any table (but see markHeaderLeftAbove). */
const MIN_LEFT_ABOVE = 2;
const UNIT_ONLY = /^\(?(?:tkr|mnkr|mkr|mdkr|kr|kronor|sek|ksek|msek|procent|%|antal|st)\)?$/i;

const isTitle = (text: string): boolean =>
  text.length <= MAX_TITLE && text.split(/\s+/).length <= MAX_WORDS && !looksValue(text) && !NUMBERED_CAPTION.test(text) && !CAPTION_WORD.test(text) && !UNIT_ONLY.test(text) && !/[.:!?]$/.test(text) && /\p{L}/u.test(text);

/** The short titles, in page order, in the run of cells ending right above `start`; blank lines may part them one at a time. */
export function headerCellsAbove(lines: readonly SourceLine[], start: number): string[] {
  const found: string[] = [];
  let i = start - 1;
  while (i >= 0 && found.length < MAX_LOOK) {
    if (lines[i]!.raw.trim() === '') {
      // One blank line parts the cells of a run; two end it.
      if (i - 1 < 0 || lines[i - 1]!.raw.trim() === '') break;
      i--;
      continue;
    }
    const text = lines[i]!.raw.trim();
    if (!isTitle(text)) break;
    found.unshift(text);
    i--;
  }
  return found;
}

/**
 * Marks a grid read one cell a line whose header left titles above it (Grid.headerLeftAbove):
 * two or more, or one over a header read in two levels (those groups were already guessed from
 * the titles' order).
 */
export function markHeaderLeftAbove(grid: Grid, lines: readonly SourceLine[]): void {
  if (grid.source !== 'cell-per-line' || (grid.headerRows ?? 0) === 0) return;
  const first = grid.rows[0]?.cells[0]?.location.line;
  const at = first === undefined ? -1 : lines.findIndex((l) => l.line === first);
  if (at < 0) return;
  const above = headerCellsAbove(lines, at);
  if (above.length >= MIN_LEFT_ABOVE || (above.length >= 1 && (grid.headerRows ?? 0) >= 2)) grid.headerLeftAbove = above;
}
