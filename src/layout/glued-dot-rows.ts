import { GLUED_DOT_DOUBT, SEVERAL_WAYS, splitDotPair } from './glued-dot-pairs.js';
import type { SourceLine } from './source-line.js';
import { toGridCell } from './source-line.js';
import type { Grid, GridCell, GridRow } from './types.js';

/**
 * A table grouping its thousands with dots whose figures ran together in text, row after row:
 *
 *   Kommun 2022 2023
 *   Ale 6.3486.914               ← 6.348 | 6.914
 *   Alingsås 12.34513.002        ← 12.345 | 13.002
 *
 * No other reader takes such rows ("6.3486.914" is no figure), so the table was neither read nor
 * reported. A run of two lines or more, each a label then dotted figures, one of them at least
 * holding a run of two, is read here (else that row was taken for the caption of the rows
 * below): a run splits where glued-dot-pairs.ts finds its only split, and its two figures are
 * read as glued (a sum over them only warns). A run that splits more than one way
 * ("9146.914") stays as printed in its two columns and is reported unread. The columns are the
 * header's years where a line of years stands right above, else as many as the rows hold. A row
 * holding fewer is put from the left, marked a guess; a row holding more ends the table.
 */
/** Two rows make a table here, one of them a run of two figures (a row of figures left as prose would lose it). */
const MIN_ROWS = 2;
const MAX_LINE = 200;
const MAX_COLUMNS = 12;
/** A dotted token: digit groups set apart by points ("6.348", "6.3486.914", "9146.914"). */
const DOTTED = /^\d{1,6}(?:\.\d+)+$/;
/** Groups of three after the first: one figure as printed. */
const WELL_FORMED = /^\d{1,3}(?:\.\d{3})+$/;
const SMALL = /^[-−–]?\d{1,3}$/;
const DASH = /^[-−–]$/;
const YEAR = /^(?:19|20)\d{2}$/;

interface Token {
  from: number;
  to: number;
  text: string;
}

function tokensOf(raw: string): Token[] {
  const out: Token[] = [];
  let k = 0;
  while (k < raw.length) {
    while (k < raw.length && (raw[k] === ' ' || raw[k] === '\u00a0')) k++;
    const from = k;
    while (k < raw.length && raw[k] !== ' ' && raw[k] !== '\u00a0') k++;
    if (k > from) out.push({ from, to: k, text: raw.slice(from, k) });
  }
  return out;
}

/** One column's piece of a row: characters [from, to) of the line. */
interface Piece {
  from: number;
  to: number;
  glued: boolean;
  doubt?: string;
  /** The run that split more than one way takes two columns, the second left empty. */
  empty?: boolean;
}

interface DotRow {
  src: SourceLine;
  labelEnd: number;
  pieces: Piece[];
  glued: boolean;
}

function dotRow(src: SourceLine): DotRow | null {
  const raw = src.raw.trimEnd();
  if (raw.length > MAX_LINE || raw.includes('\t')) return null;
  const toks = tokensOf(raw);
  let k = toks.length;
  while (k > 0 && (DOTTED.test(toks[k - 1]!.text) || SMALL.test(toks[k - 1]!.text) || DASH.test(toks[k - 1]!.text))) k--;
  if (k === 0 || k === toks.length) return null;
  const label = raw.slice(0, toks[k - 1]!.to);
  if ((label.match(/\p{L}/gu) ?? []).length < 2) return null;
  const pieces: Piece[] = [];
  let glued = false;
  for (const tok of toks.slice(k)) {
    if (!DOTTED.test(tok.text) || WELL_FORMED.test(tok.text)) {
      pieces.push({ from: tok.from, to: tok.to, glued: false });
      continue;
    }
    const pair = splitDotPair(tok.text);
    if (pair !== null) {
      const cut = tok.from + pair[0].length;
      pieces.push({ from: tok.from, to: cut, glued: true }, { from: cut, to: tok.to, glued: true });
    } else if (SEVERAL_WAYS.test(tok.text)) {
      // Two figures run together that split more than one way: unread, reported.
      pieces.push({ from: tok.from, to: tok.to, glued: true, doubt: GLUED_DOT_DOUBT }, { from: tok.to, to: tok.to, glued: true, empty: true });
    } else {
      // A decimal point ("35.0", "98.25") or a run of another shape: not such a row.
      return null;
    }
    glued = true;
  }
  return { src, labelEnd: label.length, pieces, glued };
}

/** A header of years over the rows ("Kommun 2022 2023", "2022 2023"): its title and years. */
function yearHeader(src: SourceLine): { titleEnd: number; years: Token[] } | null {
  const raw = src.raw.trimEnd();
  if (raw.length > MAX_LINE || raw.includes('\t')) return null;
  const toks = tokensOf(raw);
  let k = toks.length;
  while (k > 0 && YEAR.test(toks[k - 1]!.text)) k--;
  const years = toks.slice(k);
  if (years.length < 1 || years.length > MAX_COLUMNS) return null;
  const title = raw.slice(0, k > 0 ? toks[k - 1]!.to : 0);
  if (/\d/.test(title)) return null;
  return { titleEnd: title.length, years };
}

/** Rows looked at ahead for a glued one. */
const LOOK_AHEAD = 40;

/** Cheap test: rows of dotted figures start here (or under a line of years here), one of them within LOOK_AHEAD holding a run of two. */
export function mayStartGluedDotRows(lines: SourceLine[], i: number): boolean {
  const dotted = (l: SourceLine | undefined): boolean => l !== undefined && /\d\.\d{3}/.test(l.raw);
  if (!dotted(lines[i]) && !dotted(lines[i + 1])) return false;
  const from = dotRow(lines[i]!) === null && yearHeader(lines[i]!) !== null ? i + 1 : i;
  for (let k = from; k < lines.length && k < from + LOOK_AHEAD; k++) {
    const row = dotRow(lines[k]!);
    if (row === null) return false;
    if (row.glued) return true;
  }
  return false;
}

export function detectGluedDotRows(file: string, lines: SourceLine[], start: number): { grid: Grid; end: number } | null {
  const head = yearHeader(lines[start]!);
  const first = head !== null && dotRow(lines[start]!) === null ? start + 1 : start;
  const found: DotRow[] = [];
  let end = first;
  for (let i = first; i < lines.length; i++) {
    const row = dotRow(lines[i]!);
    if (row === null) break;
    found.push(row);
    end = i + 1;
  }
  if (found.length < MIN_ROWS || !found.some((r) => r.glued)) return null;
  const width = first > start ? head!.years.length : Math.max(...found.map((r) => r.pieces.length));
  if (width < 1 || width > MAX_COLUMNS) return null;
  // A row holding more figures than there are columns ends the table; the rows before it stand.
  const over = found.findIndex((r) => r.pieces.length > width);
  const rowsRead = over < 0 ? found : found.slice(0, over);
  if (rowsRead.length < MIN_ROWS || !rowsRead.some((r) => r.glued)) return null;
  if (over >= 0) end = first + over;
  const rows: GridRow[] = [];
  if (first > start) {
    const src = lines[start]!;
    const title = toGridCell(file, src, 0, head!.titleEnd);
    const cells = [title, ...head!.years.map((y) => toGridCell(file, src, y.from, y.to))].map((c) => ({ ...c, header: true }));
    rows.push({ cells, location: title.location });
  }
  for (const r of rowsRead) {
    const label = toGridCell(file, r.src, 0, r.labelEnd);
    const short = r.pieces.length < width;
    const cells: GridCell[] = [label];
    for (let c = 0; c < width; c++) {
      const p = r.pieces[c];
      if (p === undefined) {
        cells.push({ ...toGridCell(file, r.src, r.labelEnd, r.labelEnd), text: '' });
        continue;
      }
      const cell = p.empty ? { ...toGridCell(file, r.src, p.from, p.to), text: '' } : toGridCell(file, r.src, p.from, p.to);
      if (p.glued) cell.readBy = 'glued';
      if (p.doubt !== undefined) cell.uncertain = p.doubt;
      // Fewer figures than columns: put from the left, a guess.
      if (short) cell.placedByGuess = true;
      cells.push(cell);
    }
    rows.push({ cells, location: label.location });
  }
  return { grid: { kind: 'grid', source: 'glued', caption: null, rows, headerRows: first > start ? 1 : 0 }, end };
}
