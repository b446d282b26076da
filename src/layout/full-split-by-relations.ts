import type { Decimal } from 'decimal.js';
import { learnRelations, readingByRelations } from './column-relations.js';
import { plainValue } from './plain-value.js';
import type { GridCell, GridRow } from './types.js';

/**
 * A row read with fewer values than columns whose digit groups split into one value a column as
 * well. Rows set apart by single spaces are cut by their digit groups, and a row whose groups read
 * more evenly as fewer values is read so (spaced-columns.ts): under six columns
 *
 *   Skola        Alla Flickor Pojkar Nyanlända Flickor Pojkar
 *   Norrskolan   12 480 6 120 6 360 1 540 710 830
 *   Lillskolan   2 903 1 240 1 663 176 38 138       → five values, "38 138" one of them
 *
 * In a table whose full rows show sums between its columns (Alla = Flickor + Pojkar, and so for
 * the newly arrived: column-relations.ts), the one full split under which every sum holds is the
 * row as printed: 2 903 = 1 240 + 1 663 and 176 = 38 + 138. Its cells keep a doubt, since the
 * split rests on the sums, so a check over them warns. A row no full split or more than one fits
 * stays as it was read (short-row-by-relations.ts may then place its values).
 */
type Span = { from: number; to: number };

interface Token {
  text: string;
  cell: GridCell;
  /** Where the token starts in its cell's text. */
  at: number;
}

function tokensOf(cells: readonly GridCell[]): Token[] {
  const out: Token[] = [];
  for (const cell of cells) {
    const re = /\S+/g;
    for (let m = re.exec(cell.text); m !== null; m = re.exec(cell.text)) out.push({ text: m[0], cell, at: m.index });
  }
  return out;
}

function cellOf(toks: readonly Token[], span: Span, doubt: string): GridCell {
  const first = toks[span.from]!;
  const last = toks[span.to - 1]!;
  const { placedByGuess: _guess, ...cell } = first.cell;
  const column = first.cell.location.column === undefined ? undefined : first.cell.location.column + first.at;
  const endColumn = last.cell.location.column === undefined ? undefined : last.cell.location.column + last.at + last.text.length;
  return {
    ...cell,
    text: toks.slice(span.from, span.to).map((t) => t.text).join(' '),
    location: column === undefined || endColumn === undefined ? { ...first.cell.location } : { ...first.cell.location, column, endColumn },
    uncertain: doubt,
  };
}

/**
 * Splits again the short rows (`isShort`) whose full splits (`fullSplits` of the row's figure
 * tokens, `valueOf` a span's value) one only fits the sums the full rows show. `first` is the first
 * value column; rows are changed in place, and the rows split are returned.
 */
export function splitShortRowsByRelations(
  rows: GridRow[],
  width: number,
  first: number,
  isShort: (row: GridRow) => boolean,
  fullSplits: (tokens: string[]) => Span[][],
  valueOf: (tokens: string[], span: Span) => Decimal | null,
  doubt: string,
): Set<GridRow> {
  const done = new Set<GridRow>();
  const shortRows = rows.filter((r) => isShort(r) && !r.cells.some((c) => c.header));
  if (shortRows.length === 0) return done;
  // The sums are learnt from rows that fill every column, read in one way or split in several, as
  // read: a sum between columns that holds in three such rows or more is how the table was printed,
  // not a guess that came out so by chance (column-relations.ts asks that much of its rows).
  const full = rows.flatMap((r) => {
    const cells = r.cells.slice(first);
    if (cells.length !== width || cells.some((c) => c.header || (c.uncertain !== undefined && c.uncertain !== doubt))) return [];
    const vals = cells.map((c) => plainValue(c.text));
    return vals.every((v) => v !== null) ? [vals] : [];
  });
  const relations = learnRelations(full, width);
  if (relations.length === 0) return done;
  for (const row of shortRows) {
    const cells = row.cells.slice(first);
    if (cells.length !== width) continue;
    const toks = tokensOf(cells.filter((c) => c.text.trim() !== ''));
    const texts = toks.map((t) => t.text);
    const readings = fullSplits(texts).filter((s) => s.length === width);
    if (readings.length === 0) continue;
    const k = readingByRelations(
      readings.map((s) => s.map((sp) => valueOf(texts, sp))),
      relations,
    );
    if (k === null) continue;
    row.cells.splice(first, width, ...readings[k]!.map((sp) => cellOf(toks, sp, doubt)));
    done.add(row);
  }
  return done;
}
