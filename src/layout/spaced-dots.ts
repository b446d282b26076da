/**
 * The two points of the statistics offices' "not available" marker set apart (". ."), as SCB and
 * the regions print it in place of "..": in a row of figures parted by single spaces, one blank
 * cell, or two cells of "." each (a figure that cannot occur); the number of columns and the sizes
 * of the figures around decide between the readings. Before, only the two-cell reading was tried,
 * so a row "Gotlands län . . 612 598" under three columns was read as two blanks and 612 598.
 */
export function spacedDotsAt(run: readonly string[], i: number): boolean {
  return run[i] === '.' && run[i + 1] === '.';
}
