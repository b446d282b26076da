import { isPageInterruption } from '../lexicon/page-interruptions.js';
import { looksValue } from './looks-numeric.js';
import { isTotalLabelText } from './total-label.js';
import { headerPrintedBefore } from './header-printed-before.js';
import { isYearSpanCaption } from './range-caption.js';
import { joinPart, statementPartHeading } from './statement-part.js';
import type { Block, Grid } from './types.js';

/**
 * A table that runs over a page break, copied out of a PDF, comes back as two grids with the
 * page's furniture between them: running heads, the page number, footnotes ("SFS" / "2019:797" /
 * "2" / "1 Senaste lydelse …"). The second part has no header of its own. When a grid without
 * header or caption follows a grid with a header, with the same number of columns and only a
 * few short lines between them, it is the first grid's continuation: its rows join the first
 * grid. Nothing on the page proves it, so the joined rows' cells say their reading is a guess.
 */
const MAX_LINES_BETWEEN = 12;
const MAX_LINE = 80;

const width = (g: Grid): number => Math.max(0, ...g.rows.map((r) => r.cells.length));
/** The grid's reader says it has a header, or (tab tables: the reader does not say) its first row holds words over value columns. */
function hasHeader(g: Grid): boolean {
  if ((g.headerRows ?? 0) > 0 || g.rows[0]?.cells.some((c) => c.header) === true) return true;
  if (g.headerRows !== undefined) return false;
  const rest = g.rows[0]?.cells.slice(1).map((c) => c.text.trim()) ?? [];
  return (rest.some((t) => t !== '') && rest.every((t) => t === '' || !looksValue(t))) || yearTitles(g);
}

/** A first row of years under a word ("Län | 2022 | 2023") over rows whose figures are no years: years as column titles. */
function yearTitles(g: Grid): boolean {
  const [head, next] = g.rows;
  if (!head || !next || !/^\p{L}[^\d]*$/u.test(head.cells[0]?.text.trim() ?? '')) return false;
  const years = head.cells.slice(1).map((c) => c.text.trim());
  return years.length > 0 && years.every((t) => YEAR.test(t)) && !next.cells.slice(1).every((c) => YEAR.test(c.text.trim()));
}
const YEAR = /^(?:19|20)\d{2}$/;

function furnitureOnly(between: Block[]): boolean {
  let lines = 0;
  for (const b of between) {
    if (b.kind !== 'text') return false;
    for (const l of b.lines) {
      lines++;
      if (l.text.trim().length > MAX_LINE || /^\s*(?:tabell|tab\.|bilaga)\b/i.test(l.text)) return false;
    }
  }
  return lines <= MAX_LINES_BETWEEN;
}

const interruptionsOnly = (between: Block[]): boolean => between.length > 0 && between.every((b) => b.kind === 'text' && b.lines.every((l) => isPageInterruption(l.text)));

/** A header printed again at the top of the next page (the same cells as the first grid's): the part continues the table. */
const headerText = (g: Grid): string => g.rows.slice(0, g.headerRows ?? 0).map((r) => r.cells.map((c) => c.text.trim()).join('|')).join('\n');
const repeatsHeader = (first: Grid, b: Grid): boolean => (b.headerRows ?? 0) > 0 && b.headerRows === first.headerRows && headerText(b) === headerText(first);
/** A page number on a line of its own: the page broke there (two tables under one header with a title between them are two tables). */
const pageNumber = (between: Block[]): boolean => between.some((b) => b.kind === 'text' && b.lines.some((l) => PAGE_NUMBER.test(l.text) || l.text.includes('\f')));
/**
 * The header again right under a part with no total row of its own, nothing between: where the
 * text dropped the page's break and furniture (a converter's text of a PDF), the same table goes on.
 */
const nothingBetween = (out: Block[], lastGrid: number, first: Grid): boolean =>
  out.length === lastGrid + 1 && !isTotalLabelText(first.rows[first.rows.length - 1]?.cells[0]?.text.trim().split(/\s+/)[0] ?? '');
/** "7", "Sida 2 av 4", "2 (14)": a page's number on a line of its own. A form feed is a page break as well. */
const PAGE_NUMBER = /^\s*(?:sida\s+)?\d{1,4}(?:\s*(?:av\s*\d{1,4}|\(\d{1,4}\)))?\s*$/i;

/** A title naming the years its table spans ("Skatteintäkter 2007–2011") is a new table's, not a running head (range-caption.ts). */
const spanTitle = (between: Block[]): boolean => between.some((b) => b.kind === 'text' && b.lines.some((l) => isYearSpanCaption(l.text)));

/** The text blocks just before the grid (after the last grid), when they are a page's furniture with its number. */
function afterPageBreak(out: Block[], from: number): boolean {
  const between = out.slice(from);
  return between.length > 0 && pageNumber(between) && furnitureOnly(between);
}

/**
 * A grid without header or caption right after a page break, with no table before it to join, may
 * still continue one whose first part the page before did not give as a table (too few rows to
 * tell): its rows are read, but a sum over them is a guess.
 */
function markContinued(b: Grid, why = 'continued after a page break'): void {
  for (const row of b.rows) for (const cell of row.cells.slice(1)) if (cell.text.trim() !== '') cell.uncertain ??= why;
}

/**
 * A note of an annual report sets a small table between the sections of its own (a row of
 * maturities under "2024 2025 2026 Totalt") and goes on below it under the same columns:
 *
 *   tkr 2022 2021                  (the note's table: its columns are years)
 *   …                              (sections, each closed by its sum)
 *   Förfallostruktur, årshyra      (the small table: a title, years, one row)
 *   2023 2024 2025 Totalt
 *   818 1 341 50 2 209
 *   Övriga hyresintäkter           (the next section's heading …)
 *   Garage 5 905 5 917             (… over rows of the note's columns)
 *
 * The part below comes back as a grid of its own whose header is the section's heading, read as
 * titles ("Övriga | hyresintäkter") or as a label alone. Words with no year cannot be the titles
 * of columns the table above names by years: the grid is the note's continuation, its header a
 * section heading. The small table between is text (a title, a line of years, a line of figures).
 */
const YEAR_TITLE = /^(?:19|20)\d{2}(?:-\d{2}-\d{2})?$/;
const DIGIT = /\d/;
const MAX_HEADING_WORDS = 5;
/** Two figures or more on a line of a text block: a row of the small table between. */
const FIGURES_LINE = /(?:^|\s)[-−–]?\d[\d,.%]*\s+[-−–]?\d/;
const NOTE_START = /^\s*not\s+\d/i;

function headerTitles(g: Grid): string[] {
  return g.rows.slice(0, g.headerRows ?? 0).flatMap((r) => r.cells.slice(1).map((c) => c.text.trim()).filter((t) => t !== ''));
}

/** The grid's columns are named by years or closing dates only. */
function yearColumns(g: Grid): boolean {
  const titles = headerTitles(g);
  return (g.headerRows ?? 0) > 0 && titles.length > 0 && titles.every((t) => YEAR_TITLE.test(t));
}

/** The grid's one header line is a few words with no figure: a section heading taken for titles. */
function headingHeader(b: Grid): boolean {
  if (b.headerRows !== 1) return false;
  const words = b.rows[0]!.cells.map((c) => c.text.trim()).filter((t) => t !== '');
  const text = words.join(' ');
  return words.length > 0 && !DIGIT.test(text) && /\p{L}/u.test(text) && text.split(/\s+/).length <= MAX_HEADING_WORDS;
}

/** Text between the parts holds a small table's row of figures and no next note. */
function smallTableBetween(between: Block[]): boolean {
  const lines = between.flatMap((b) => (b.kind === 'text' ? b.lines.map((l) => l.text) : []));
  return lines.some((l) => FIGURES_LINE.test(l)) && !lines.some((l) => NOTE_START.test(l));
}

/** The heading read as the grid's header becomes the first row: a section heading, no values. */
function headingAsRow(b: Grid): void {
  const head = b.rows[0]!;
  const text = head.cells.map((c) => c.text.trim()).filter((t) => t !== '').join(' ');
  head.cells.forEach((c, i) => {
    c.text = i === 0 ? text : '';
    c.header = false;
  });
  b.headerRows = 0;
}

/** A small table's grid: a header and one or two rows (the table of maturities set between a note's sections). */
const smallGrid = (g: Grid): boolean => hasHeader(g) && (g.headerRows ?? 1) > 0 && g.rows.length - (g.headerRows ?? 1) <= MAX_SMALL_ROWS;
const MAX_SMALL_ROWS = 2;

/**
 * The note's table before a small table read as a grid of its own, where the grid `b` goes on
 * below it as a section under the note's columns (as smallTableBetween, with the small table read).
 */
function sectionAfterSmallGrid(out: Block[], lastGrid: number, b: Grid): Grid | null {
  const small = out[lastGrid] as Grid;
  let before = lastGrid - 1;
  while (before >= 0 && out[before]!.kind !== 'grid') before--;
  if (before < 0 || !smallGrid(small) || !furnitureOnly(out.slice(lastGrid + 1))) return null;
  const first = out[before] as Grid;
  if (width(small) === width(first) || b.caption !== null || b.unitNote || b.source !== first.source || width(b) !== width(first)) return null;
  return yearColumns(first) && headingHeader(b) && furnitureOnly(out.slice(before + 1, lastGrid)) ? first : null;
}

export function joinContinuedGrids(blocks: Block[]): Block[] {
  const out: Block[] = [];
  let lastGrid = -1;
  for (const b of blocks) {
    if (b.kind === 'grid' && lastGrid >= 0) {
      const first = out[lastGrid] as Grid;
      const continues =
        (!hasHeader(b) || (repeatsHeader(first, b) && (pageNumber(out.slice(lastGrid + 1)) || nothingBetween(out, lastGrid, first)) && !spanTitle(out.slice(lastGrid + 1)))) && b.caption === null && !b.unitNote && b.source === first.source && hasHeader(first) && width(b) === width(first) && furnitureOnly(out.slice(lastGrid + 1));
      if (continues) {
        if (hasHeader(b)) b.rows.splice(0, b.headerRows ?? 0);
        // Only an advert's marker or a link between the parts (a news page's, interrupting-lines.ts): most likely one
        // table, but a join is a reading, so its cells stay marked and a sum over them can only warn.
        markContinued(b, interruptionsOnly(out.slice(lastGrid + 1)) ? 'continued after an advert or a link between its rows' : undefined);
        first.rows.push(...b.rows);
        continue;
      }
      const between = out.slice(lastGrid + 1);
      if (b.caption === null && !b.unitNote && b.source === first.source && width(b) === width(first) && yearColumns(first) && headingHeader(b) && furnitureOnly(between) && smallTableBetween(between)) {
        headingAsRow(b);
        markContinued(b, 'continued after a small table set between its sections');
        first.rows.push(...b.rows);
        continue;
      }
      const part = statementPartHeading(first, between, b);
      if (part) {
        joinPart(first, b, part, 'a part under its own heading read as going on in the table above');
        out.splice(lastGrid + 1);
        continue;
      }
      const note = sectionAfterSmallGrid(out, lastGrid, b);
      if (note) {
        headingAsRow(b);
        markContinued(b, 'continued after a small table set between its sections');
        note.rows.push(...b.rows);
        continue;
      }
    }
    if (b.kind === 'grid' && !hasHeader(b) && b.caption === null && afterPageBreak(out, lastGrid + 1)) markContinued(b);
    else if (b.kind === 'grid' && hasHeader(b) && b.caption === null && headerPrintedBefore(out.slice(lastGrid + 1), b)) markContinued(b, 'its header printed again below rows not read as a table: it may continue them');
    if (b.kind === 'grid') lastGrid = out.length;
    out.push(b);
  }
  return out;
}
