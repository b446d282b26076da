import { looksNumeric } from './looks-numeric.js';
import type { SourceLine } from './source-line.js';
import { toGridCell } from './source-line.js';
import type { Grid, GridCell, GridRow } from './types.js';
import { oncePerLine } from './once-per-line.js';

/**
 * A web table copied without cell separators, whose cells carry their unit: the unit's last
 * letter (or a percent sign) stands against the next cell's first digit, and the label's last
 * letter against the first value:
 *
 *   KommunMedlemsbidrag 2021Andel
 *   Åre14 310 tkr11,52
 *   Krokom9 870 tkr7,95
 *
 * The cells are where a digit follows a letter or "%" directly; each must read as a number (with
 * its unit), and at least one a row must end in a unit, which is what tells such a row from a
 * label with a code or year in it. A header line above, glued the same way, is split where a
 * capital follows a small letter or digit. A run of at least MIN_ROWS rows of the same number of
 * cells is a table; the cells carry `readBy: "glued"`, so a sum that disagrees over them warns.
 */
const MIN_ROWS = 3;
const MAX_LINE = 160;
/** Where a cell starts: a digit (or sign and digit) directly after a letter or a percent sign. */
const CELL_START = /(?<=[\p{L}%])(?=[-−–]?\d)/gu;
/** A cell that ends in its unit: what marks the class. */
const UNIT_END = /\d\s?(?:tkr|kr|kronor|mnkr|mkr|mdkr|%|procent)$/i;
const HEADER_START = /(?<=[\p{Ll}\d)])(?=\p{Lu})/gu;

interface Pieces {
  /** Start offsets of the label and each cell in the raw line. */
  starts: number[];
  end: number;
}

const piecesOf = oncePerLine((src: SourceLine): Pieces | null => readPieces(src.raw));

function readPieces(line: string): Pieces | null {
  const raw = line.trimEnd();
  if (raw.length > MAX_LINE || raw.includes('\t') || !/^\s*\p{L}/u.test(raw)) return null;
  const starts = [raw.length - raw.trimStart().length, ...[...raw.matchAll(CELL_START)].map((m) => m.index)];
  if (starts.length < 3) return null;
  const texts = starts.map((s, k) => raw.slice(s, starts[k + 1] ?? raw.length).trim());
  const label = texts[0]!;
  if ((label.match(/\p{L}/gu) ?? []).length < 3) return null;
  const cells = texts.slice(1);
  if (!cells.every((c) => looksNumeric(c)) || !cells.some((c) => UNIT_END.test(c))) return null;
  return { starts, end: raw.length };
}

const UNIT_GLUED = /(?:kr|%|procent)[-−–]?\d/i;

/** Cheap test at every line: this line or the next has a unit set against a digit ("tkr10,44", "%12"). */
export function mayStartGluedUnits(lines: SourceLine[], i: number): boolean {
  return UNIT_GLUED.test(lines[i]!.raw) || (i + 1 < lines.length && UNIT_GLUED.test(lines[i + 1]!.raw));
}

function headerCells(file: string, src: SourceLine, width: number): GridCell[] | null {
  const raw = src.raw.trimEnd();
  if (raw.trim() === '' || raw.length > MAX_LINE) return null;
  const from = raw.length - raw.trimStart().length;
  const starts = [from, ...[...raw.matchAll(HEADER_START)].map((m) => m.index).filter((i) => i > from)];
  if (starts.length !== width) return null;
  return starts.map((s, k) => ({ ...toGridCell(file, src, s, starts[k + 1] ?? raw.length), header: true }));
}

/** The glued rows from line i on. */
function rowsFrom(lines: SourceLine[], i: number): { src: SourceLine; p: Pieces }[] {
  const rows: { src: SourceLine; p: Pieces }[] = [];
  for (let k = i; k < lines.length; k++) {
    const p = piecesOf(lines[k]!);
    if (!p || (rows.length > 0 && p.starts.length !== rows[0]!.p.starts.length)) break;
    rows.push({ src: lines[k]!, p });
  }
  return rows;
}

/** The table at start: glued rows, or a glued header line and the rows under it. */
export function detectGluedUnitCells(file: string, lines: SourceLine[], start: number): { grid: Grid; end: number } | null {
  let rows = rowsFrom(lines, start);
  let head: GridCell[] | null = null;
  if (rows.length === 0 && start + 1 < lines.length) {
    rows = rowsFrom(lines, start + 1);
    head = rows.length > 0 ? headerCells(file, lines[start]!, rows[0]!.p.starts.length) : null;
    if (!head) return null;
  }
  if (rows.length < MIN_ROWS) return null;
  const gridRows: GridRow[] = rows.map(({ src, p }) => {
    const cells = p.starts.map((s, k) => {
      const cell = toGridCell(file, src, s, p.starts[k + 1] ?? p.end);
      if (k > 0) cell.readBy = 'glued';
      return cell;
    });
    return { cells, location: cells[0]!.location };
  });
  if (head) gridRows.unshift({ cells: head, location: head[0]!.location });
  return { grid: { kind: 'grid', source: 'glued', caption: null, rows: gridRows, headerRows: head ? 1 : 0 }, end: start + rows.length + (head ? 1 : 0) };
}
