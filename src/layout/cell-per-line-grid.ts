import { looksValue } from './looks-numeric.js';
import type { SourceLine } from './source-line.js';
import { toGridCell } from './source-line.js';
import type { Grid, GridCell, GridRow } from './types.js';

/**
 * Tables pasted from web pages lose their structure: every cell lands on its own line,
 * often with a blank line between cells, and a header cell may wrap over two lines.
 *
 *   Region               Län
 *   Totalt (kronor)
 *   Region Blekinge      Belopp i
 *   16 588 454           tkr
 *
 *                        Stockholms län
 *
 *                        12 500
 *
 * A run of records (one label cell, then k−1 value cells) repeated at least MIN_RECORDS
 * times is a table with k columns; the k label cells before it are its header. Cells are
 * lines, or, when every cell is followed by a blank line, paragraphs: then a header cell of
 * two lines ("Belopp i" / "tkr") is one cell.
 */
const MIN_RECORDS = 4;
const MAX_COLUMNS = 8;
const MAX_LABEL = 80;
/** A header cell may wrap over this many lines; data cells never wrap. */
const MAX_HEADER_LINES = 3;

/** One cell as pasted: its lines (one, or a wrapped header) and their joined text. */
interface Unit {
  lines: SourceLine[];
  text: string;
}

function isLabel(text: string): boolean {
  const t = text.trim();
  return t !== '' && t.length <= MAX_LABEL && !looksValue(t) && !t.includes('\t');
}

/**
 * Some pages paste a table's cell borders too: a cell ends in " |", or a line holds only "|".
 * The border is no part of the cell; a line of only a border is skipped.
 */
function withoutBorder(raw: string): string {
  const t = raw.trimEnd();
  return t.endsWith('|') ? t.slice(0, -1).trimEnd() : t;
}

const isBorderLine = (raw: string): boolean => raw.trim() === '|';

/** Consecutive lines from start, each its own cell. */
function lineUnits(lines: SourceLine[], start: number): { units: Unit[]; ends: number[] } {
  const units: Unit[] = [];
  const ends: number[] = [];
  for (let i = start; i < lines.length && lines[i]!.raw.trim() !== ''; i++) {
    if (isBorderLine(lines[i]!.raw)) continue;
    units.push({ lines: [lines[i]!], text: withoutBorder(lines[i]!.raw).trim() });
    ends.push(i + 1);
  }
  return { units, ends };
}

/** Paragraphs from start, separated by blank lines; stops at a paragraph too long to be a cell. */
function paragraphUnits(lines: SourceLine[], start: number): { units: Unit[]; ends: number[] } {
  const units: Unit[] = [];
  const ends: number[] = [];
  let i = start;
  while (i < lines.length) {
    while (i < lines.length && lines[i]!.raw.trim() === '') i++;
    const para: SourceLine[] = [];
    while (i < lines.length && lines[i]!.raw.trim() !== '') para.push(lines[i++]!);
    if (para.length === 0 || para.length > MAX_HEADER_LINES) break;
    const text = para.map((l) => l.raw.trim()).join(' ');
    // No cell is as long as a paragraph of prose: stop there (and keep the scan short in prose).
    if (text.length > MAX_LABEL) break;
    units.push({ lines: para, text });
    ends.push(i);
  }
  return { units, ends };
}

function recordsAt(units: Unit[], start: number, k: number): number {
  let n = 0;
  for (let i = start; i + k <= units.length; i += k) {
    if (units[i]!.lines.length > 1 || !isLabel(units[i]!.text)) break;
    let ok = true;
    for (let c = 1; c < k && ok; c++) ok = units[i + c]!.lines.length === 1 && looksValue(units[i + c]!.text);
    if (!ok) break;
    n++;
  }
  return n;
}

function cellOf(file: string, unit: Unit, header: boolean): GridCell {
  const cells = unit.lines.map((src) => toGridCell(file, src, 0, withoutBorder(src.raw).length));
  const cell = cells[0]!;
  if (cells.length > 1) cell.text = cells.map((c) => c.text.trim()).join(' ');
  cell.header = header;
  return cell;
}

function detectIn(file: string, units: Unit[], ends: number[], paragraphs: boolean): { grid: Grid; end: number } | null {
  for (let k = 2; k <= MAX_COLUMNS; k++) {
    let headerRows = 0;
    let first = 0;
    if (k < units.length && recordsAt(units, 0, k) === 0) {
      let allLabels = true;
      for (let c = 0; c < k && allLabels; c++) allLabels = isLabel(units[c]?.text ?? '');
      if (!allLabels) continue;
      headerRows = 1;
      first = k;
    } else if (units[0]?.lines.length !== 1) continue;
    const n = recordsAt(units, first, k);
    if (n < MIN_RECORDS) continue;
    // Without blank lines, a wrapped header cannot be told from two cells: only paragraphs may wrap.
    if (!paragraphs && units.slice(0, first).some((u) => u.lines.length > 1)) continue;
    const rows: GridRow[] = [];
    const rowAt = (at: number, header: boolean): GridRow => {
      const cells: GridCell[] = [];
      for (let c = 0; c < k; c++) cells.push(cellOf(file, units[at + c]!, header));
      return { cells, location: cells[0]!.location };
    };
    if (headerRows) rows.push(rowAt(0, true));
    for (let r = 0; r < n; r++) rows.push(rowAt(first + r * k, false));
    return { grid: { kind: 'grid', source: 'cell-per-line', caption: null, rows, headerRows }, end: ends[first + n * k - 1]! };
  }
  return null;
}

/**
 * A header cell may also wrap across a blank line, its unit on a paragraph of its own
 * ("Medel i" / "" / "kronor"). Before the first value, a paragraph that is only a unit joins
 * the label paragraph above it. Data rows never hold a bare unit as a label.
 */
const UNIT_ONLY = /^\(?(?:i\s)?(?:kronor|kr|sek|tkr|mnkr|mdkr|(?:tusen|tusental|miljoner|miljarder)\s(?:kronor|kr)|procent|%)\)?$/i;

function joinUnitHeads(units: Unit[], ends: number[]): { units: Unit[]; ends: number[] } {
  const out: Unit[] = [];
  const outEnds: number[] = [];
  let inHeader = true;
  units.forEach((u, i) => {
    if (looksValue(u.text)) inHeader = false;
    const prev = out[out.length - 1];
    if (inHeader && prev && UNIT_ONLY.test(u.text) && !UNIT_ONLY.test(prev.text) && isLabel(prev.text) && prev.lines.length + u.lines.length <= MAX_HEADER_LINES) {
      out[out.length - 1] = { lines: [...prev.lines, ...u.lines], text: `${prev.text} ${u.text}` };
      outEnds[outEnds.length - 1] = ends[i]!;
      return;
    }
    out.push(u);
    outEnds.push(ends[i]!);
  });
  return { units: out, ends: outEnds };
}

export function detectCellPerLineGrid(file: string, lines: SourceLine[], start: number): { grid: Grid; end: number } | null {
  const plain = lineUnits(lines, start);
  const found = detectIn(file, plain.units, plain.ends, false);
  if (found) return found;
  // Cells separated by blank lines: the cell at start is a paragraph of at most a few lines.
  const para = paragraphUnits(lines, start);
  if (para.units.length < MIN_RECORDS * 2) return null;
  const joined = joinUnitHeads(para.units, para.ends);
  return (joined.units.length < para.units.length ? detectIn(file, joined.units, joined.ends, true) : null) ?? detectIn(file, para.units, para.ends, true);
}
