import { looksNumeric } from '../layout/looks-numeric.js';
import { noteColumnOf } from '../layout/dropped-note-cell.js';
import type { Grid, GridRow } from '../layout/types.js';

/**
 * Rows of a statement with a note column ("Not") that a copy set out of place:
 *
 *   Tkr                       Not     2024     2023
 *   Not 3   Personalkostnader      -182 030 -176 090   ← the note reference opens the line
 *   Avskrivningar          -9 520   -9 040              ← no note: its figures one column too far left
 *
 * - A row whose first cell is a note reference ("Not 3", "Not 12a") and whose note cell holds the
 *   row's words printed its note before its label: the label is the words, the note the reference.
 *   Read as it stands, the label would be "Not 3" and the words a note the column cannot hold.
 * - Rows that left out their empty note cell: each has its cells filled from the note column's place
 *   up to the last, which is empty. When one of them holds a figure in the note's place that no note
 *   reference can be ("-9 520", "1 503,2", "0,2": notes count from 1, a list of them goes up), the
 *   table's rows so shaped all lost their note cell: their figures move one column on, under their
 *   titles. The move is certain for a row whose figure in the note's place is no note; a row whose
 *   figure there could be one ("3") is moved with the others, its figures marked uncertain.
 * The note reference before the label is a certain reading of what the row prints.
 */
const NOTE_REF = /^not\.?\s?\d{1,2}[a-z]?$/i;
const NOTE_NUMBER = /^\d{1,2}[a-z]?(?:\s?(?:,|&|och)\s?\d{1,2}[a-z]?)*$/i;
const LETTERS = /\p{L}/u;
const MAX_HEADER_ROWS = 3;

const text = (row: GridRow, c: number): string => row.cells[c]?.text.trim() ?? '';

/** The row that titles the note column, and the column; null when the grid has none near its top. */
function noteTitles(grid: Grid): { at: number; note: number } | null {
  for (let r = 0; r < Math.min(MAX_HEADER_ROWS, grid.rows.length); r++) {
    const row = grid.rows[r]!;
    const titles = row.cells.map((c) => c.text);
    const note = noteColumnOf(titles);
    // A titles row holds no figure but years.
    if (note >= 1 && titles.every((t) => !looksNumeric(t.trim()) || /^(?:19|20)\d\d$/.test(t.trim())) && row.cells.every((c) => c.colspan === 1)) return { at: r, note };
  }
  return null;
}

/** Whether a cell can be a note reference: note numbers from 1, a list of them going up ("2, 3, 17"). */
export function mayBeNote(text: string): boolean {
  const t = text.trim();
  if (!NOTE_NUMBER.test(t)) return false;
  const numbers = (t.match(/\d{1,2}/g) ?? []).map(Number);
  return numbers.every((n, k) => n >= 1 && (k === 0 || n > numbers[k - 1]!));
}

const SHIFTED_GUESS = 'the row left out its empty note cell, as rows of its shape in the table did, but its figure in the note column could be a note: its figures were read as standing one column on';

/**
 * A label on a line of its own over a line of figures that opens with the note reference
 * ("Verksamhetens intäkter" / "Not 2   412,5   398,1"), read as two rows, a label without figures
 * and a row labelled "Not 2": one row, the label's, with the figures. The reference points to a
 * note; it is no label of a row of its own.
 */
export function joinNoteLedFigureLines(grid: Grid): Grid {
  const header = grid.headerRows ?? 0;
  const out: GridRow[] = [];
  let joined = false;
  for (let r = 0; r < grid.rows.length; r++) {
    const row = grid.rows[r]!;
    const prev = out[out.length - 1];
    const figures = row.cells.slice(1).filter((c) => c.text.trim() !== '');
    const bare = (g: GridRow): boolean => g.cells.slice(1).every((c) => c.text.trim() === '');
    if (r > header && prev && out.length > header && NOTE_REF.test(text(row, 0)) && figures.length > 0 && figures.every((c) => looksNumeric(c.text.trim())) && bare(prev) && LETTERS.test(text(prev, 0)) && !NOTE_REF.test(text(prev, 0)) && prev.cells.length === row.cells.length) {
      out[out.length - 1] = { ...row, cells: [prev.cells[0]!, ...row.cells.slice(1)], location: prev.location };
      joined = true;
      continue;
    }
    out.push(row);
  }
  return joined ? { ...grid, rows: out } : grid;
}

export function placeNoteLedRows(source: Grid): Grid {
  const grid = joinNoteLedFigureLines(source);
  const found = noteTitles(grid);
  if (!found) return grid;
  const { at, note } = found;
  const width = grid.rows[at]!.cells.length;
  let rows: GridRow[] | null = null;
  const put = (r: number, cells: GridRow['cells']): void => {
    rows ??= [...grid.rows];
    rows[r] = { ...grid.rows[r]!, cells };
  };
  // Rows filled from the note's place up to an empty last cell, with words before: rows that may have lost their note cell.
  const shortRows: number[] = [];
  grid.rows.forEach((row, r) => {
    if (r <= at || row.cells.length !== width) return;
    const first = text(row, 0);
    const inNote = text(row, note);
    if (NOTE_REF.test(first) && LETTERS.test(inNote) && !NOTE_REF.test(inNote) && !looksNumeric(inNote)) {
      const cells = [...row.cells];
      cells[0] = { ...row.cells[note]! };
      cells[note] = { ...row.cells[0]! };
      put(r, cells);
      return;
    }
    const after = row.cells.slice(note);
    if (width - note >= 2 && LETTERS.test(first) && after[after.length - 1]!.text.trim() === '' && after.slice(0, -1).every((c) => looksNumeric(c.text.trim()))) shortRows.push(r);
  });
  // One of them holds a figure no note can be: they all lost their note cell.
  if (shortRows.some((r) => !mayBeNote(text(grid.rows[r]!, note)))) {
    for (const r of shortRows) {
      const row = grid.rows[r]!;
      const guess = mayBeNote(text(row, note));
      const after = row.cells.slice(note).map((c) => (guess && c.text.trim() !== '' ? { ...c, uncertain: c.uncertain ?? SHIFTED_GUESS } : c));
      put(r, [...row.cells.slice(0, note), { ...after[after.length - 1]!, text: '' }, ...after.slice(0, -1)]);
    }
  }
  return rows ? { ...grid, rows } : grid;
}
