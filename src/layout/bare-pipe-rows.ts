import { looksNumeric } from './looks-numeric.js';
import { CODE_CELL } from './code-cells.js';
import type { SourceLine } from './source-line.js';
import { toGridCell } from './source-line.js';
import type { Grid, GridCell, GridRow } from './types.js';
import { droppedNoteCell, noteColumnOf, restoreNoteCells } from './dropped-note-cell.js';

/**
 * Rows whose cells are set apart by " | " with no pipe at either end and no Markdown delimiter
 * row, as pages copied out as text and some exports write them:
 *
 *   Län | Antal | Belopp
 *   Stockholms län | 1 234 | 5 678
 *   Uppsala län | 456 | 789
 *
 * Remark sees a paragraph (GFM needs the delimiter row), the pipe readers need a pipe at the
 * start or the end. A run of at least MIN_ROWS such lines with the same number of cells is a
 * grid when at least MIN_DATA of them hold a label and a figure (or a code and a label before
 * figures). The first line may have one cell fewer than the rows, when the column it leaves
 * untitled is the label's or a code column's: its titles then stand over the last columns.
 * The first line is the header unless its cells after the first hold figures other than years;
 * cells are cut out of their line as a GFM table's are.
 */
const MIN_ROWS = 3;
const MIN_DATA = 2;
const MIN_CELLS = 2;
const MAX_CELLS = 40;
const YEAR = /^(?:1[89]|20)\d\d$/;

/** Cheap test for the block finder: a " | " inside the line, and no pipe at either end. */
export function isBarePipeRow(raw: string): boolean {
  if (!raw.includes(' | ')) return false;
  const t = raw.trim();
  return !t.startsWith('|') && !t.endsWith('|');
}

/**
 * A line of the run: a " | " inside it. Its first or last cell may be empty, so that the line
 * starts or ends with a pipe (a section row "Vård |  |  |", a header over an empty corner); most
 * lines of the run do not, or the rows are pipe rows with outer pipes (pipe-rows.ts).
 */
const inRun = (raw: string): boolean => raw.includes(' | ') || /^\s*\|\s/.test(raw) || /\s\|\s*$/.test(raw);
const edged = (raw: string): boolean => {
  const t = raw.trim();
  return t.startsWith('|') || t.endsWith('|');
};

type Span = [number, number];

/** Cell bounds of a bare pipe row: the text between pipes (an escaped pipe belongs to its cell). */
function spans(raw: string): Span[] {
  const out: Span[] = [];
  let from = 0;
  for (let i = 0; i < raw.length && out.length <= MAX_CELLS; i++) {
    if (raw[i] === '\\') {
      i++;
      continue;
    }
    if (raw[i] === '|') {
      out.push([from, i]);
      from = i + 1;
    }
  }
  out.push([from, raw.length]);
  return out;
}

const isData = (texts: string[]): boolean =>
  texts.length >= MIN_CELLS &&
  ((!looksNumeric(texts[0]!) && texts.slice(1).some((t) => looksNumeric(t) && !YEAR.test(t))) ||
    (texts.length >= 3 && CODE_CELL.test(texts[0]!) && !looksNumeric(texts[1]!) && texts.slice(2).some((t) => looksNumeric(t))));

/** Tried at a line that opens with an empty cell too (" | Kostnader |  | Intäkter |"): the run decides. */
export const mayOpenBarePipeRows = (raw: string): boolean => isBarePipeRow(raw) || (raw.includes(' | ') && /^\s*\|\s/.test(raw));

export function detectBarePipeRows(file: string, lines: SourceLine[], start: number): { grid: Grid; end: number } | null {
  const run: { src: SourceLine; spans: Span[]; texts: string[] }[] = [];
  for (let i = start; i < lines.length && inRun(lines[i]!.raw); i++) {
    const s = spans(lines[i]!.raw);
    if (s.length > MAX_CELLS) break;
    run.push({ src: lines[i]!, spans: s, texts: s.map(([a, b]) => lines[i]!.raw.slice(a, b).trim()) });
  }
  if (run.length < MIN_ROWS || run.filter((l) => edged(l.src.raw)).length * 3 > run.length) return null;
  // The rows' width: the second line's, the first may be a header one cell short.
  const width = run[1]!.spans.length;
  if (width < MIN_CELLS || (run[0]!.spans.length !== width && run[0]!.spans.length !== width - 1)) return null;
  // A row one cell short under a note column left out its empty note cell (dropped-note-cell.ts).
  const note = run[0]!.spans.length === width ? noteColumnOf(run[0]!.texts) : -1;
  let n = 1;
  while (n < run.length && (run[n]!.spans.length === width || droppedNoteCell(run[n]!.texts, width, note))) n++;
  const body = run.slice(1, n);
  if (n < MIN_ROWS || body.filter((l) => isData(l.texts)).length < MIN_DATA) return null;
  const first = run[0]!;
  const firstValues = first.texts.slice(first.spans.length === width ? 1 : 0);
  const headed = !firstValues.some((t) => looksNumeric(t) && !YEAR.test(t));
  // A short first line that holds figures is no header: the run starts at the next line.
  if (!headed && first.spans.length !== width) return n - 1 >= MIN_ROWS ? detectBarePipeRows(file, lines, start + 1) : null;
  const cellsOf = (l: (typeof run)[number]): GridCell[] => l.spans.map(([a, b]) => toGridCell(file, l.src, a, b));
  const rows: GridRow[] = run.slice(0, n).map((l) => {
    const cells = cellsOf(l);
    return { cells, location: { file, line: l.src.line, column: l.src.column ?? 1 } };
  });
  if (first.spans.length !== width) {
    const head = rows[0]!;
    head.cells.unshift({ ...head.cells[0]!, text: '' });
  }
  if (headed) for (const cell of rows[0]!.cells) cell.header = true;
  if (headed && note >= 1) restoreNoteCells(rows, 1);
  return { grid: { kind: 'grid', source: 'gfm', caption: null, rows, headerRows: headed ? 1 : 0 }, end: start + n };
}
