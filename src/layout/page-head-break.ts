import type { SourceLine } from './source-line.js';

/**
 * A table copied out of a PDF runs over a page break with the page's furniture in between: the
 * page number at the foot ("7", "Sida 2 av 4", "2 (14)") and, after the form feed that opens the
 * next page, its running head ("\fPromemoria   Dnr Fi2024/00312"). Between two lines of the same
 * table (no sentence on either side) that furniture is left out, so the table reads as one; the
 * lines stay in the layout's text.
 */
const PAGE_NUMBER = /^\s*(?:sida\s+)?\d{1,4}(?:\s*(?:av\s*\d{1,4}|\(\d{1,4}\)))?\s*$/i;
const MAX_HEAD = 80;
/** A row of cells set apart by a tab or by two spaces or more. */
const ROW = /\t|\S {2,}\S/;

const blank = (l: SourceLine | undefined): boolean => l !== undefined && l.raw.trim() === '';
/** A line of a table on either side of the break: a cell, a row of cells, not a sentence. */
const tableLine = (l: SourceLine | undefined): boolean => l !== undefined && l.raw.trim() !== '' && !/[.:!?]$/.test(l.raw.trim()) && l.raw.trim().length <= 2 * MAX_HEAD;

export function withoutHeadedPageBreaks(lines: SourceLine[]): SourceLine[] {
  const drop = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    // Constant time for every line without a form feed.
    // Only a form feed on the running head's own line; one on a line of its own is page-furniture.ts's.
    if (!lines[i]!.raw.includes('\f') || lines[i]!.raw.replace(/\f/g, '').trim() === '' || lines[i]!.raw.trim().length > MAX_HEAD) continue;
    let a = i - 1;
    while (blank(lines[a])) a--;
    if (a < 0 || !PAGE_NUMBER.test(lines[a]!.raw)) continue;
    let before = a - 1;
    while (blank(lines[before])) before--;
    let after = i + 1;
    while (blank(lines[after])) after++;
    if (!tableLine(lines[before]) || !tableLine(lines[after])) continue;
    // The page number, the running head and every blank line around them go; none stays between rows of columns.
    const columns = ROW.test(lines[before]!.raw) && ROW.test(lines[after]!.raw);
    // One blank line stays where cells are set apart by them (a blank around the rows on either side, or the text's edge).
    const keepOne = !columns && blank(lines[before + 1]) && (before === 0 || blank(lines[before - 1]) || after + 1 >= lines.length || blank(lines[after + 1]));
    for (let j = before + (keepOne ? 2 : 1); j < after; j++) drop.add(j);
  }
  return drop.size === 0 ? lines : lines.filter((_, i) => !drop.has(i));
}
