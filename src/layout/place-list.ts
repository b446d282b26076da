import { detectRegionList, regionListFromItems, type ListLabelTest } from './region-list.js';
import type { SourceLine } from './source-line.js';
import type { Grid, TextLine } from './types.js';

/**
 * Money per municipality given as a list, one amount a line, the way news and county pages
 * print it:
 *
 *   Falun 39,8 miljoner kronor        - Ale kommun, 176 000
 *   Borlänge 34,6                     - Göteborgs Stad, 2 217 000
 *   Ludvika 17,6                      - Hjo kommun, 379 000
 *
 * Read as region lists are (region-list.ts), with the labels tested for municipalities as well
 * as regions; only lists of one amount an item, since lists that give each municipality two or
 * more amounts ("Åre kommun, 12 miljoner kronor (sökt 20)") are read by figure-list.ts, which
 * knows their scales.
 */
function oneAmount(grid: Grid): boolean {
  return grid.rows.slice(grid.headerRows).every((r) => r.cells.length === 2);
}

export function detectPlaceList(file: string, lines: SourceLine[], start: number, isPlaceLabel: ListLabelTest): { grid: Grid; end: number } | null {
  const found = detectRegionList(file, lines, start, isPlaceLabel);
  return found && oneAmount(found.grid) ? found : null;
}

/** The same for a list the format already split into items (HTML `<ul>`/`<ol>`). */
export function placeListFromItems(items: readonly TextLine[], isPlaceLabel: ListLabelTest): Grid | null {
  const grid = regionListFromItems(items, isPlaceLabel);
  return grid && oneAmount(grid) ? grid : null;
}
