import { isNoteLine } from './note-line.js';
import type { Block, Grid, GridRow } from './types.js';

/**
 * An annual report's notes, pasted as text, print the header of their columns once ("Löpande
 * prisnivå, mkr 2016 2015") over the first note and let the notes under it share it:
 *
 *   Löpande prisnivå, mkr 2016 2015
 *   Not 1 Verksamhetsintäkter        (the first note: the header's own table)
 *   Kommunen 436,1 320,3 …
 *   Noten visar …                    (a sentence on the note)
 *   Not 2 Verksamhetens kostnader    (the next note: its figures, no header)
 *   Kommunen 1 380,6 1 257,7 …
 *
 * A grid with no header, captioned by a note's title line, that follows a grid captioned by a
 * note's title line with the same number of columns and only a few lines of text between them,
 * is read under the header of the note before it: the same years, the same unit. The page does not
 * print the header again, so the grid's figures say their reading is a guess and a sum over them
 * warns, never errs.
 */
const MAX_LINES_BETWEEN = 4;
const MAX_LINE = 400;

const width = (g: Grid): number => Math.max(0, ...g.rows.map((r) => r.cells.length));
const headed = (g: Grid): boolean => (g.headerRows ?? 0) > 0;
const noteCaption = (g: Grid): boolean => g.caption !== null && isNoteLine(g.caption.text);

/** Text blocks between two grids that a note's explanation may fill: a few lines, none a long passage. */
function fewLines(between: Block[]): boolean {
  let lines = 0;
  for (const b of between) {
    if (b.kind !== 'text') return false;
    for (const l of b.lines) {
      lines++;
      if (l.text.length > MAX_LINE) return false;
    }
  }
  return lines <= MAX_LINES_BETWEEN;
}

/** The columns of a grid that hold figures under its header: the label column and every column with a cell filled (a note column left empty is none). */
function filledColumns(g: Grid): number[] {
  const body = g.rows.slice(g.headerRows ?? 0);
  return Array.from({ length: width(g) }, (_, c) => c).filter((c) => c === 0 || body.some((r) => (r.cells[c]?.text.trim() ?? '') !== ''));
}

function copyRow(r: GridRow, columns: readonly number[]): GridRow {
  return { location: { ...r.location }, cells: columns.map((c) => ({ ...r.cells[c]!, location: { ...r.cells[c]!.location } })) };
}

export function shareNoteHeaders(blocks: Block[]): void {
  let last = -1;
  blocks.forEach((b, i) => {
    if (b.kind !== 'grid') return;
    const from = last;
    last = i;
    if (from < 0) return;
    const before = blocks[from] as Grid;
    if (headed(b) || !headed(before) || !noteCaption(b) || !noteCaption(before)) return;
    const columns = filledColumns(before);
    if (b.source !== before.source || columns.length !== width(b) || !fewLines(blocks.slice(from + 1, i))) return;
    const head = before.rows.slice(0, before.headerRows).map((r) => copyRow(r, columns));
    for (const row of b.rows) for (const cell of row.cells.slice(1)) if (cell.text.trim() !== '') cell.uncertain ??= 'under the header of the note above';
    b.rows.unshift(...head);
    b.headerRows = head.length;
    if (!b.unitNote && before.unitNote) b.unitNote = before.unitNote;
  });
}
