import { looksValue } from './looks-numeric.js';
import type { SourceLine } from './source-line.js';
import { toGridCell } from './source-line.js';
import type { Grid, GridCell, GridRow } from './types.js';

/**
 * Space-aligned columns, as `pdftotext -layout` writes tables: segments separated by two or
 * more spaces, values right-aligned. Columns are found from the right edges of the value
 * segments; header segments are placed over the columns they cover.
 */
interface Segment {
  from: number;
  to: number;
  text: string;
}

const MIN_ROWS = 3;
const GAP = /\S(?:\S| (?! ))*/g;

function segments(raw: string): Segment[] {
  const out: Segment[] = [];
  for (const m of raw.matchAll(GAP)) out.push({ from: m.index, to: m.index + m[0].length, text: m[0] });
  return out;
}

/** A data row: a label (optional) followed by one or more value segments, nothing after them. */
function dataRow(raw: string): Segment[] | null {
  if (raw.includes('\t')) return null;
  const segs = segments(raw);
  if (segs.length < 2) return null;
  let firstValue = segs.findIndex((s) => looksValue(s.text));
  if (firstValue < 0) return null;
  if (firstValue > 1) return null;
  for (let i = firstValue; i < segs.length; i++) if (!looksValue(segs[i]!.text)) return null;
  if (firstValue === 0 && segs.length < 2) return null;
  return segs;
}

function headerRow(raw: string): Segment[] | null {
  if (raw.includes('\t')) return null;
  const segs = segments(raw);
  if (segs.length < 2 || segs.some((s) => looksValue(s.text))) return null;
  return segs;
}

export function detectAlignedGrid(file: string, lines: SourceLine[], start: number): { grid: Grid; end: number } | null {
  // Header lines directly above the first data row.
  let i = start;
  const headers: { src: SourceLine; segs: Segment[] }[] = [];
  while (i < lines.length && headers.length < 3) {
    const segs = headerRow(lines[i]!.raw);
    if (!segs) break;
    headers.push({ src: lines[i]!, segs });
    i++;
  }
  const data: { src: SourceLine; segs: Segment[] }[] = [];
  while (i < lines.length) {
    const segs = dataRow(lines[i]!.raw);
    if (!segs) break;
    data.push({ src: lines[i]!, segs });
    i++;
  }
  if (data.length < MIN_ROWS) return null;
  // Columns: clusters of value right edges.
  const edges: number[] = [];
  for (const d of data) for (const s of d.segs) if (looksValue(s.text)) edges.push(s.to);
  edges.sort((a, b) => a - b);
  const columns: number[] = [];
  for (const e of edges) {
    const last = columns[columns.length - 1];
    if (last === undefined || e - last > 2) columns.push(e);
    else columns[columns.length - 1] = e;
  }
  // Every data row must fit the columns; otherwise this is not one table.
  const width = columns.length;
  if (width < 1) return null;
  const columnOf = (to: number): number => {
    let best = 0;
    for (let c = 1; c < width; c++) if (Math.abs(columns[c]! - to) < Math.abs(columns[best]! - to)) best = c;
    return best;
  };
  const empty = (src: SourceLine): GridCell => ({ text: '', location: { file, line: src.line }, colspan: 1, rowspan: 1, header: false, bold: false });
  const rows: GridRow[] = [];
  for (const h of headers) {
    const slots: (GridCell | 'covered' | null)[] = new Array(width + 1).fill(null);
    for (const s of h.segs) {
      // A header segment belongs to the columns whose right edge falls under or just after it.
      const covered: number[] = [];
      for (let c = 0; c < width; c++) if (columns[c]! >= s.from - 1 && columns[c]! <= s.to + 3) covered.push(c);
      const cell = toGridCell(file, h.src, s.from, s.to);
      cell.header = true;
      if (covered.length === 0) {
        if (s.to < (columns[0] ?? 0) - 12 && slots[0] === null) slots[0] = cell;
        else slots[1 + columnOf(s.to)] = cell;
      } else {
        cell.colspan = covered.length;
        slots[1 + covered[0]!] = cell;
        for (const c of covered.slice(1)) slots[1 + c] = 'covered';
      }
    }
    const cells = slots.filter((s) => s !== 'covered').map((s) => (s === null ? empty(h.src) : s)) as GridCell[];
    rows.push({ cells, location: { file, line: h.src.line } });
  }
  for (const d of data) {
    const cells: GridCell[] = [empty(d.src)];
    for (let c = 0; c < width; c++) cells.push(empty(d.src));
    for (const s of d.segs) {
      if (!looksValue(s.text)) cells[0] = toGridCell(file, d.src, s.from, s.to);
      else cells[1 + columnOf(s.to)] = toGridCell(file, d.src, s.from, s.to);
    }
    rows.push({ cells, location: { file, line: d.src.line } });
  }
  return { grid: { kind: 'grid', source: 'aligned', caption: null, rows, headerRows: headers.length }, end: i };
}
