import type { Decimal } from 'decimal.js';
import { plainValue } from './plain-value.js';
import type { GridRow } from './types.js';
import { t } from '../messages/index.js';

/**
 * A statement copied out of a PDF under a note column, where a row's note runs into its first
 * figure: "Skatteintäkter 4 912,6 968,4 1 004,1" is note 4 and 912,6, or 4 912,6 and no note.
 * The sizes of the figures decide it as they can (note-or-figure.ts), and fail where a row's
 * figures grow past a thousand. A result line under the row can tell:
 *
 *   Verksamhetens nettokostnader   – 1 020,5 – 1 061,0 …
 *   Skatteintäkter 4               912,6 968,4 …          (or 4 912,6 with no note)
 *   Generella statsbidrag 5        140,3 125,0 …
 *   Verksamhetens resultat         32,4 32,4 …
 *
 * When the result is a line above plus the rows between in every column with the note set apart,
 * and not as the row was read, the note is set apart. Only this way round: a row read with its
 * note and a result that adds up only without it is left as read. The figures stay uncertain:
 * which reading is printed is still a reading.
 */
/** Rows between the line above and the result line, at most. */
const MAX_BETWEEN = 12;
/** A one- or two-digit note and the figure's first group of three digits, its decimals after. */
const NOTE_RUN = /^(\d{1,2})[ \u00a0](\d{3}(?:,\d+)?)$/;

/** The row's values in columns first…first+width, when every one is a plain number. */
function full(row: GridRow, first: number, width: number): Decimal[] | null {
  const cells = row.cells.slice(first, first + width);
  if (cells.length !== width || cells.some((c) => c.header)) return null;
  const vals = cells.map((c) => plainValue(c.text));
  return vals.every((v): v is Decimal => v !== null) ? vals : null;
}

/**
 * True when some result line below row `at` is a line above it plus the rows between, in every
 * column, with row `at` read as `own`.
 */
function resultHolds(rows: GridRow[], at: number, own: Decimal[], first: number, width: number): boolean {
  const valuesOf = (k: number): Decimal[] | null => (k === at ? own : full(rows[k]!, first, width));
  for (let r = at + 1; r < rows.length && r - at <= MAX_BETWEEN; r++) {
    const result = valuesOf(r);
    if (result === null) return false;
    // The rows from `at` down to the one before the result, added once.
    let between = own.map((v) => v);
    let ok = true;
    for (let k = at + 1; k < r; k++) {
      const v = valuesOf(k);
      if (v === null) {
        ok = false;
        break;
      }
      between = between.map((b, c) => b.plus(v[c]!));
    }
    if (!ok) return false;
    for (let j = at - 1; j >= 0 && r - j <= MAX_BETWEEN; j--) {
      const above = valuesOf(j);
      if (above === null) break;
      if (result.every((x, c) => x.eq(above[c]!.plus(between[c]!)))) return true;
      between = between.map((b, c) => b.plus(above[c]!));
    }
  }
  return false;
}

/**
 * Sets a note run into the first figure apart where only that reading makes a result line below
 * add up. `first` is the first value column, the note column the one before it; rows change in place.
 */
export function readNotesByResult(rows: GridRow[], width: number, first: number): void {
  if (first < 2) return;
  for (let i = 1; i + 1 < rows.length; i++) {
    const row = rows[i]!;
    const note = row.cells[first - 1];
    const cell = row.cells[first];
    if (!note || !cell || note.header || note.text.trim() !== '') continue;
    const m = NOTE_RUN.exec(cell.text.trim());
    if (!m) continue;
    const read = full(row, first, width);
    if (read === null) continue;
    const noted = [plainValue(m[2]!)!, ...read.slice(1)];
    if (resultHolds(rows, i, read, first, width) || !resultHolds(rows, i, noted, first, width)) continue;
    const at = cell.text.indexOf(m[2]!);
    const column = cell.location.column;
    row.cells[first - 1] = { ...note, text: m[1]!, location: { ...cell.location, endColumn: column !== undefined ? column + m[1]!.length : undefined } };
    row.cells[first] = { ...cell, text: m[2]!, uncertain: cell.uncertain ?? t('doubt.noteByResult'), location: { ...cell.location, column: column !== undefined ? column + at : undefined } };
  }
}
