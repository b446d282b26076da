import type { SourceLine } from './source-line.js';
import type { StackedHeader } from './stacked-header.js';

/**
 * A header copied out of a web table whose cells each wrapped over lines, a line of spaces (the
 * empty rest of the table row) between one cell and the next:
 *
 *   År 2015
 *   bokslut
 *   1000 €
 *   ␣␣␣
 *   År 2016
 *   ordinarie
 *   statsbudget
 *   1000 €
 *   ␣␣␣
 *   Ändring 2016–2017
 *   1000 € %             ← two columns under one title: the change in euros and in percent
 *
 *   01. Omkostnader 12 400 13 100 …
 *
 * Each cell is one title, its lines joined; a unit line closes its title ("År 2015 bokslut, 1000
 * €"), and a unit followed by "%" on the last line makes two titles, the second in percent. The
 * first row stands right under the last title or after one blank line or line of spaces. Without
 * this, the titles were lost and the "%" column was read in the money unit.
 *
 * Pages drop the lines of spaces as often as they keep them: a unit line alone then closes its
 * cell ("År 2015" / "bokslut" / "1000 €" / "År 2016" / …). An abbreviation of one word
 * ("budgetprop.", "prel.") is a title line; a line ending in a full stop after words is a sentence.
 */
const MAX_CELL_LINES = 4;
const MAX_TITLE = 40;
const MIN_CELLS = 3;
const MAX_CELLS = 14;
/** A line of spaces: the rest of a table row, not a paragraph break (that is an empty line). */
const isSpaceLine = (raw: string): boolean => raw.length > 0 && raw.length <= 40 && raw.trim() === '';
/** One word cut short ("budgetprop.", "prel.", "ber."), not the end of a sentence. */
const ABBREVIATION = /^\p{L}{2,15}\.$/u;
const isTitleLine = (raw: string): boolean => {
  const t = raw.trim();
  // A year alone on its line is part of a title ("Budget" / "2023").
  if (/^(?:19|20)\d{2}$/.test(t)) return true;
  return t !== '' && t.length <= MAX_TITLE && /\p{L}|€|%/u.test(t) && (!/[.:;!?]$/.test(t) || ABBREVIATION.test(t)) && !/\d{1,3}(?: \d{3})+(?!\d)/.test(t);
};
/** A unit line: "1000 €", "1 000 kr", "tkr", "mnkr", "milj. €", "%", with a "%" after it for a second column. */
const UNIT_LINE = /^(?:(?:1[\s\u00a0]?000|tusen)\s?(?:€|euro|kr|kronor)|t€|tkr|mnkr|mkr|mdkr|milj\.?\s?(?:€|euro|kr|kronor)|miljoner\s(?:euro|kronor)|%)(\s+%)?$/i;

export function spaceGappedHeader(lines: readonly SourceLine[], start: number, values: (src: SourceLine) => { min: number; max: number } | null): (StackedHeader & { label: string }) | null {
  // Asked at every line: a line of spaces, or a unit line after a title, within the first cell's reach, or nothing to read.
  let gap = -1;
  for (let k = start + 1; k <= start + MAX_CELL_LINES && k < lines.length; k++) {
    const raw = lines[k]!.raw;
    if (isSpaceLine(raw) || UNIT_LINE.test(raw.trim())) {
      gap = k;
      break;
    }
    if (!isTitleLine(raw)) return null;
  }
  if (gap < 0 || !isTitleLine(lines[start]!.raw) || (start > 0 && lines[start - 1]!.raw.trim() !== '')) return null;
  const cells: string[][] = [[]];
  // Whether some cell was closed by its unit line alone, without a line of spaces after it.
  let unitClosed = false;
  let i = start;
  for (; i < lines.length && cells.length <= MAX_CELLS; i++) {
    const raw = lines[i]!.raw;
    const cell = cells[cells.length - 1]!;
    if (isSpaceLine(raw)) {
      if (cell.length === 0) return null;
      cells.push([]);
      continue;
    }
    // A title may end in its year ("År 2015") or be a unit ("1000 €"), which alone read as one value: a row holds two or more.
    if (!isTitleLine(raw) || (values(lines[i]!)?.min ?? 0) >= 2) break;
    if (cell.length > 0 && UNIT_LINE.test(cell[cell.length - 1]!)) {
      // The cell above closed with its unit line: this line opens the next.
      unitClosed = true;
      cells.push([raw.trim()]);
      continue;
    }
    if (cell.length >= MAX_CELL_LINES) return null;
    cell.push(raw.trim());
  }
  // A line of spaces right above the first row closes the header, as a blank line does, after a
  // title closed by its unit; after a plain line it may be the first row's label on a line of its own.
  const closing = cells[cells.length - 2];
  if (closing && cells[cells.length - 1]!.length === 0 && isSpaceLine(lines[i - 1]!.raw) && UNIT_LINE.test(closing[closing.length - 1]!)) cells.pop();
  if (cells[cells.length - 1]!.length === 0 || cells.length < MIN_CELLS) return null;
  // Cells closed by their units alone: each must end in a unit, or a title is taken for another
  // column's line; only a first cell of one line of words may have none (the rows' title).
  if (unitClosed && !cells.every((c, k) => (c.length >= 2 && UNIT_LINE.test(c[c.length - 1]!)) || (k === 0 && isStub(c)))) return null;
  // One blank line may stand between the header and the first row.
  if (i < lines.length && lines[i]!.raw === '') i++;
  if (i >= lines.length) return null;
  const row = values(lines[i]!);
  if (row === null) return null;
  const titles: string[] = [];
  for (const cell of cells) titles.push(...titlesOf(cell));
  const n = titles.length;
  // A first cell of one line of words (no unit, no year) over the labels: the rows' title, when the rows allow it.
  const stub = isStub(cells[0]!);
  if (stub && row.min <= n - 1 && n - 1 <= row.max) return { end: i, label: titles[0]!, titles: titles.slice(1) };
  if (row.min <= n && n <= row.max) return { end: i, label: '', titles };
  return null;
}

/** A cell of one line of words, no unit or year: it may title the rows. */
function isStub(cell: readonly string[]): boolean {
  return cell.length === 1 && !/\d|€|%/.test(cell[0]!) && !UNIT_LINE.test(cell[0]!);
}

/** The titles of one cell: one, or two when its unit line ends in "%". */
function titlesOf(cell: readonly string[]): string[] {
  const last = cell[cell.length - 1]!;
  const unit = UNIT_LINE.exec(last);
  if (!unit || cell.length === 1) return [cell.join(' ')];
  const base = cell.slice(0, -1).join(' ');
  if (!unit[1]) return [`${base}, ${last}`];
  return [`${base}, ${last.slice(0, unit.index + last.length - unit[1].length).trim()}`, `${base}, %`];
}
