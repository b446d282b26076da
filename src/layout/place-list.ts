import { detectRegionList, parseListItem, regionListFromItems, type ListLabelTest } from './region-list.js';
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

/**
 * "Malmö 1 200 300" may be one amount or two columns set apart by single spaces: a line is an
 * item of the list only when a separator ("Lund: 900", "Ale kommun, 176 000") or unit words
 * ("Mora 13,7 miljoner") or the list's unit written once on its first line say where the amount is.
 */
function saysWhereAmountIs(raw: string): boolean {
  const p = parseListItem(raw);
  if (!p) return true;
  const between = raw.slice(p.label[1], p.values[0]![0]);
  return /[:,–—-]/.test(between) || /\p{L}/u.test(raw.slice(...p.values[0]!));
}

export function detectPlaceList(file: string, lines: SourceLine[], start: number, isPlaceLabel: ListLabelTest): { grid: Grid; end: number } | null {
  const found = detectRegionList(file, lines, start, isPlaceLabel);
  if (!found || !oneAmount(found.grid)) return null;
  if (found.grid.unitNote === undefined && !lines.slice(start, found.end).every((l) => saysWhereAmountIs(l.raw))) return null;
  return found;
}

/** The same for a list the format already split into items (HTML `<ul>`/`<ol>`). */
export function placeListFromItems(items: readonly TextLine[], isPlaceLabel: ListLabelTest): Grid | null {
  const grid = regionListFromItems(items, isPlaceLabel);
  return grid && oneAmount(grid) ? grid : null;
}
