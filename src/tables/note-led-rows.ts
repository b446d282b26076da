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
 * - A row whose note cell holds a figure that is no note number ("-9 520", "1 503,2"), whose cells
 *   after it are filled up to the last, which is empty, lost its empty note cell: its figures move
 *   one column on, under their titles. The one cell missing cannot be a figure's: the figure in the
 *   note's place is none.
 * Both are certain readings of what the row prints; nothing is guessed, so nothing is marked.
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

export function placeNoteLedRows(grid: Grid): Grid {
  const found = noteTitles(grid);
  if (!found) return grid;
  const { at, note } = found;
  const width = grid.rows[at]!.cells.length;
  let rows: GridRow[] | null = null;
  grid.rows.forEach((row, r) => {
    if (r <= at || row.cells.length !== width) return;
    let cells = row.cells;
    const first = text(row, 0);
    const inNote = text(row, note);
    if (NOTE_REF.test(first) && LETTERS.test(inNote) && !NOTE_REF.test(inNote) && !looksNumeric(inNote)) {
      cells = [...cells];
      cells[0] = { ...row.cells[note]! };
      cells[note] = { ...row.cells[0]! };
    } else if (looksNumeric(inNote) && !NOTE_NUMBER.test(inNote) && LETTERS.test(first)) {
      const after = row.cells.slice(note);
      const lastEmpty = after[after.length - 1]!.text.trim() === '';
      if (!lastEmpty || after.length < 2 || !after.slice(0, -1).every((c) => looksNumeric(c.text.trim()))) return;
      cells = [...row.cells.slice(0, note), { ...after[after.length - 1]!, text: '' }, ...after.slice(0, -1)];
    } else return;
    rows ??= [...grid.rows];
    rows[r] = { ...row, cells };
  });
  return rows ? { ...grid, rows } : grid;
}
