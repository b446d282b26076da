import { dashBeforeExportFigure } from './export-figures.js';

/**
 * A dash standing alone before a figure ("– 1 200") is either that figure's minus sign or a
 * cell of its own, the dash a table prints for "nothing". Where the same table glues its minus
 * signs to their figures ("-200 670"), a lone dash is not a sign: it is a blank cell. The
 * caller that knows this of a table's lines (flattened-rows.ts) reads the table in this mode.
 */
let blankDashes = false;

/** True when a lone dash followed by this token is a blank cell rather than the token's sign. */
export const dashIsBlank = (next: string): boolean => blankDashes || dashBeforeExportFigure(next);

/** Whether lone dashes are read as blank cells now (a reading cached outside this mode must not be reused in it). */
export const blankDashesOn = (): boolean => blankDashes;

/** Runs `read` with lone dashes read as blank cells when `on`. */
export function withBlankDashes<T>(on: boolean, read: () => T): T {
  if (!on) return read();
  const was = blankDashes;
  blankDashes = true;
  try {
    return read();
  } finally {
    blankDashes = was;
  }
}
