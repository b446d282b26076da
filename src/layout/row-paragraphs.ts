import { looksValue } from './looks-numeric.js';
import type { SourceLine } from './source-line.js';
import { toGridCell } from './source-line.js';
import type { Grid, GridRow } from './types.js';

/**
 * A web table copied so that each row became a paragraph, one cell a line, a blank line between
 * rows:
 *
 *   Län
 *   Anslag
 *
 *   Dalarnas län
 *   640
 *
 *   Totalt
 *   2 000
 *
 * A header paragraph of titles or years (as many as the rows have cells, or one fewer when the
 * label column has none), then at least MIN_ROWS paragraphs of a label and the same number of values.
 * A paragraph of one short line between rows is a section heading, a row with empty cells.
 */
const MAX_CELLS = 14;
const MAX_CELL = 80;
const MIN_ROWS = 3;
const YEAR = /^(?:19|20)\d{2}$/;

const blank = (l: SourceLine | undefined): boolean => l === undefined || l.raw.trim() === '';
const isLabel = (t: string): boolean => t !== '' && t.length <= MAX_CELL && !looksValue(t) && !t.includes('\t') && !t.includes('  ');

/** The paragraph at `i`: its lines, at most MAX_CELLS + 1 looked at. */
function paragraph(lines: readonly SourceLine[], i: number): SourceLine[] {
  const out: SourceLine[] = [];
  for (let j = i; j < lines.length && !blank(lines[j]) && out.length <= MAX_CELLS; j++) out.push(lines[j]!);
  return out;
}

const nextStart = (lines: readonly SourceLine[], i: number): number => {
  while (i < lines.length && blank(lines[i])) i++;
  return i;
};

const isRow = (p: readonly SourceLine[], k: number): boolean =>
  p.length === k && isLabel(p[0]!.raw.trim()) && p.slice(1).every((l) => looksValue(l.raw.trim()) && !l.raw.trim().includes('\t'));

/** Cheap test at every line: a short line of words opening a paragraph of two to MAX_CELLS lines. */
export function mayOpenRowParagraphs(lines: readonly SourceLine[], i: number): boolean {
  const t = lines[i]!.raw.trim();
  return (i === 0 || blank(lines[i - 1])) && !blank(lines[i + 1]) && (isLabel(t) || YEAR.test(t));
}

export function detectRowParagraphs(file: string, lines: SourceLine[], start: number): { grid: Grid; end: number } | null {
  const head = paragraph(lines, start);
  if (head.length < 2 || head.length > MAX_CELLS || !head.every((l) => isLabel(l.raw.trim()) || YEAR.test(l.raw.trim()))) return null;
  // The first row, past a section heading that may open the rows.
  let first = nextStart(lines, start + head.length);
  if (paragraph(lines, first).length === 1) first = nextStart(lines, first + 1);
  const firstRow = paragraph(lines, first);
  const k = firstRow.length;
  if (k < 2 || (head.length !== k && head.length !== k - 1) || !isRow(firstRow, k)) return null;
  const rows: GridRow[] = [];
  const titles = head.length === k ? head : [null, ...head];
  const headCells = titles.map((l) => ({ ...(l ? toGridCell(file, l, 0, l.raw.length) : { ...toGridCell(file, head[0]!, 0, 0), text: '' }), header: true }));
  rows.push({ cells: headCells, location: headCells[0]!.location });
  let i = nextStart(lines, start + head.length);
  let end = i;
  let full = 0;
  while (i < lines.length) {
    const p = paragraph(lines, i);
    const after = nextStart(lines, i + p.length);
    if (isRow(p, k)) {
      const cells = p.map((l) => toGridCell(file, l, 0, l.raw.length));
      rows.push({ cells, location: cells[0]!.location });
      full++;
      end = i + p.length;
    } else if (p.length === 1 && isLabel(p[0]!.raw.trim()) && isRow(paragraph(lines, after), k)) {
      const label = toGridCell(file, p[0]!, 0, p[0]!.raw.length);
      rows.push({ cells: [label, ...Array.from({ length: k - 1 }, () => ({ ...label, text: '' }))], location: label.location });
    } else break;
    i = after;
  }
  if (full < MIN_ROWS) return null;
  return { grid: { kind: 'grid', source: 'cell-per-line', caption: null, rows, headerRows: 1 }, end };
}
