import { isTotalLabel, matchRegion } from '../regions/index.js';
import type { SourceLine } from './source-line.js';
import { toGridCell } from './source-line.js';
import type { Grid, GridRow } from './types.js';

/**
 * Region amounts given as a list, one region a line or bullet, read as a table:
 *
 *   * Uppsala: 84 300 000
 *   * Region Skåne 12,3 miljoner kronor
 *   Gotland – 4,5 mnkr
 *
 * A run of at least MIN_ITEMS such lines (blank lines between them allowed), most of them
 * naming a region, becomes a grid of source `list` with a label and an amount cell per line.
 * A line "Totalt: …" in the run is its total row. Only region names make a list a table: a
 * list of other things with amounts stays prose, for the text rules.
 */
const MIN_ITEMS = 3;
const MAX_LABEL = 60;
const ITEM =
  /^(\s*(?:[-*+•]\s+)?(?:\*\*|__)?)([A-ZÅÄÖ][^\d:–—\t]*?)(?:\*\*|__)?\s*(?::|–|—|-|=)?\s*(?:\*\*)?((?:[-−]\s?)?\d[\d \u00a0\u202f\u2009]*(?:,\d+)?(?:\s*(?:miljarder|miljoner|miljon|mdkr|mnkr|mkr|tkr|tusen)?\s*(?:kronor|kr)?)?)(?:\*\*)?\s*[.;,]?\s*$/;

interface Item {
  src: SourceLine;
  labelFrom: number;
  labelTo: number;
  valueFrom: number;
  valueTo: number;
  region: boolean;
  total: boolean;
}

function itemAt(src: SourceLine): Item | null {
  const m = ITEM.exec(src.raw);
  if (!m) return null;
  const label = m[2]!.trim();
  if (label.length === 0 || label.length > MAX_LABEL) return null;
  const labelFrom = m[1]!.length + m[2]!.indexOf(label);
  const valueFrom = src.raw.indexOf(m[3]!, labelFrom + label.length);
  return {
    src,
    labelFrom,
    labelTo: labelFrom + label.length,
    valueFrom,
    valueTo: valueFrom + m[3]!.trimEnd().length,
    region: matchRegion(label) !== null && matchRegion(label)!.distance === 0,
    total: isTotalLabel(label),
  };
}

export function detectRegionList(file: string, lines: SourceLine[], start: number): { grid: Grid; end: number } | null {
  const items: Item[] = [];
  let i = start;
  let end = start;
  while (i < lines.length) {
    const raw = lines[i]!.raw;
    if (raw.trim() === '') {
      i++;
      continue;
    }
    const item = itemAt(lines[i]!);
    if (!item) break;
    items.push(item);
    i++;
    end = i;
    if (item.total) break;
  }
  const regions = items.filter((x) => x.region).length;
  if (regions < MIN_ITEMS || regions * 3 < (items.length - items.filter((x) => x.total).length) * 2) return null;
  const rows: GridRow[] = items.map((x) => {
    const label = toGridCell(file, x.src, x.labelFrom, x.labelTo);
    const value = toGridCell(file, x.src, x.valueFrom, x.valueTo);
    return { cells: [label, value], location: label.location };
  });
  return { grid: { kind: 'grid', source: 'list', caption: null, rows, headerRows: 0 }, end };
}
