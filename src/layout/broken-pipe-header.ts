import type { SourceLine } from './source-line.js';
import { toGridCell } from './source-line.js';
import { looksNumeric } from './looks-numeric.js';
import type { GridCell } from './types.js';
import { closedRowSpans } from './pipe-row-parts.js';

/**
 * A Markdown table written without leading pipes whose header a copy broke over several lines,
 * one or a few titles a line, before its delimiter row:
 *
 *   Kod | Namn | Antal 2020 |
 *   Antal 2019 |
 *   Förändring |
 *   ---|---|---|---|---|
 *   A | Alfa | 12 | 10 | +2 |
 *
 * The delimiter row counts the columns: when the titles of the lines above it add up to its
 * count, those lines are the header's one row (a header of one line is the case of no break).
 * Titles hold no figure but years; a line with a label and a figure is a row, not a title.
 */
const MAX_LINES = 40;
const MIN_COLUMNS = 2;
const DELIMITER = /^[\s|:-]+$/;
const isDelimiter = (raw: string): boolean => DELIMITER.test(raw) && raw.includes('-') && raw.includes('|');
const YEAR = /^(?:1[89]|20)\d\d$/;

/** A line that ends in a pipe and does not open with one, and is no delimiter row. */
const isTitleLine = (raw: string): boolean => {
  const t = raw.trim();
  return t.length >= 2 && t.endsWith('|') && !t.startsWith('|') && !DELIMITER.test(t);
};

/** The number of columns a delimiter row marks ("---|---|---|" → 3). */
const delimiterColumns = (raw: string): number => raw.split('|').filter((part) => part.includes('-')).length;

/**
 * The header's cells and the line after the delimiter row, when the lines from `start` are a
 * header (broken or not) over a delimiter row; null otherwise.
 */
export function brokenPipeHeader(file: string, lines: readonly SourceLine[], start: number): { cells: GridCell[]; next: number } | null {
  const cells: GridCell[] = [];
  let i = start;
  for (; i < lines.length && i - start < MAX_LINES && isTitleLine(lines[i]!.raw); i++) {
    const src = lines[i]!;
    for (const [a, b] of closedRowSpans(src.raw)) cells.push(toGridCell(file, src, a, b));
  }
  const delimiter = lines[i];
  if (i === start || !delimiter || !isDelimiter(delimiter.raw)) return null;
  if (cells.length < MIN_COLUMNS || cells.length !== delimiterColumns(delimiter.raw)) return null;
  // Titles hold no figures (years are titles): a figure makes the line a row above the table.
  if (cells.some((c) => looksNumeric(c.text.trim()) && !YEAR.test(c.text.trim()))) return null;
  return { cells, next: i + 1 };
}
