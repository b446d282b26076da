import { dropCurrencyStops } from '../layout/currency-stop-cells.js';
import type { Element } from 'hast';
import type { Grid, GridCell, GridRow } from '../layout/types.js';
import { elementLocation, gatherPieces, isBold, skipped } from './html-tree.js';
import { type SourceMap, toSingleLine } from './html-text.js';

interface RawRow {
  tr: Element;
  inHead: boolean;
}

/** The rows of this table, not of tables nested in its cells, in document order. */
function collectRows(table: Element): RawRow[] {
  const rows: RawRow[] = [];
  const visit = (el: Element, inHead: boolean): void => {
    for (const c of el.children) {
      if (c.type !== 'element' || skipped(c)) continue;
      if (c.tagName === 'tr') rows.push({ tr: c, inHead });
      else if (c.tagName === 'thead' || c.tagName === 'tbody' || c.tagName === 'tfoot') visit(c, c.tagName === 'thead');
    }
  };
  visit(table, false);
  return rows;
}

function span(value: unknown): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number.parseInt(value, 10) : NaN;
  // Browsers treat 0, junk and absurd spans as 1 or clamp them; a grid needs a sane count.
  return Number.isFinite(n) && n >= 1 ? Math.min(Math.floor(n), 1000) : 1;
}

/** Bold when every visible character of the cell sits inside bold markup. */
function allBold(pieces: readonly { ch: string; bold: boolean }[]): boolean {
  let seen = false;
  for (const p of pieces) {
    if (p.ch.trim() === '') continue;
    if (!p.bold) return false;
    seen = true;
  }
  return seen;
}

function readCell(cell: Element, inHead: boolean, source: string, map: SourceMap, nested: Element[]): GridCell {
  const pieces = gatherPieces(cell, source, nested, isBold(cell));
  const text = toSingleLine(pieces, map, elementLocation(map, cell));
  return {
    text: text.text,
    location: text.location,
    colspan: span(cell.properties['colSpan']),
    rowspan: span(cell.properties['rowSpan']),
    header: inHead || cell.tagName === 'th',
    bold: allBold(pieces),
  };
}

/**
 * One `<table>` as a Grid. Spanning cells are kept once with their spans; later stages place them.
 * Tables found inside cells are returned for the caller to read after this one.
 */
export function readTable(table: Element, source: string, map: SourceMap): { grid: Grid; nested: Element[] } {
  const nested: Element[] = [];
  const rows: GridRow[] = [];
  let headRows = 0;
  let thRows = 0;
  let leading = true;
  for (const { tr, inHead } of collectRows(table)) {
    const cellEls = tr.children.filter(
      (c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'),
    );
    if (cellEls.length === 0) continue;
    const cells = cellEls.map((c) => readCell(c, inHead, source, map, nested));
    if (inHead) headRows++;
    if (leading && cellEls.every((c) => c.tagName === 'th')) thRows++;
    else leading = false;
    const first = cells[0]!;
    const location = tr.position ? elementLocation(map, tr) : first.location;
    rows.push({ cells, location });
  }

  let caption = null;
  const captionEl = table.children.find((c): c is Element => c.type === 'element' && c.tagName === 'caption');
  if (captionEl) {
    const line = toSingleLine(gatherPieces(captionEl, source, nested), map, elementLocation(map, captionEl));
    if (line.text !== '') caption = line;
  }

  const header = headRows > 0 ? headRows : thRows;
  // "12 000 kr.": the stop after the currency word is no part of the value (currency-stop-cells.ts).
  dropCurrencyStops(rows, header);
  const grid: Grid = { kind: 'grid', source: 'html', caption, rows };
  if (header > 0) grid.headerRows = header;
  return { grid, nested };
}
