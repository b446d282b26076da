import type { SourceLine } from './source-line.js';
import { CODE_TITLE } from './code-cells.js';
import { looksNumeric } from './looks-numeric.js';
import { isCodeLedRow } from './code-led-row.js';
import { toGridCell, toTextLine } from './source-line.js';
import type { Block, Grid, GridCell, GridRow, TextLine } from './types.js';
import { CUT_CELL, cutRowBounds } from './cut-pipe-row.js';
import { closedRowSpans, continuesShortRow, isYearHead } from './pipe-row-parts.js';
import { isCodeAboveName, splitRecordStart } from './split-pipe-record.js';
import { brokenPipeHeader } from './broken-pipe-header.js';
import { placeShiftedCells } from './shifted-cells.js';

/**
 * Tables a PDF-to-text tool wrote as pipe-separated cells without the leading pipe, a pipe
 * closing every line and empty cells where the PDF had none:
 *
 *   Tabell 3 | Ram | |
 *   Tusental kronor | ||
 *   Post | ||
 *   2:1 Bidrag till | ||          (a label wrapped over two lines: its rest holds the figures)
 *   vägar | 12 500 | |
 *   2:2 Stöd till                  (or the figures alone on the next line)
 *   |
 *   3 400 | |
 *
 * A run of lines that end in a pipe and do not start with one becomes a grid when at least
 * MIN_DATA of them hold a label and a figure. Above the first such row, a line that starts
 * with "Tabell N" is the caption (its other cells are column heads), a line holding only a
 * unit is the unit note, a line holding only a label is the label column's head (unless column
 * heads stand above it: then it begins the first row's label), and other lines are header rows (one cell short of the rows: their label cell was empty). Below it, a
 * line with only a label is the start of the next row's label, and a caption line starts the
 * next table. The caption and unit lines are
 * handed on as a text block above the grid, where captions are attached as for any table.
 */
const MIN_DATA = 2;
const CAPTION = /^\s*(?:Tabell|Tab\.)\s+\d/i;
const UNIT_ONLY = /^[^\d]{0,30}\b(?:kronor|kr|tkr|mnkr|mdkr|mkr|procent|%)$/i;
const DELIMITER = /^[\s|:-]+$/;

/** The line ends in a pipe, does not start with one, and is not a Markdown delimiter row. */
export function isOpenPipeRow(raw: string): boolean {
  const t = raw.trim();
  return t.length >= 2 && t.endsWith('|') && !t.startsWith('|') && !DELIMITER.test(t);
}

/**
 * A row of such a table whose first cell is empty: the line opens with that cell's space and a
 * pipe (" | Summa | 105 878,6 |", " |  | Kvinnor |  |"). It belongs to a run of open rows, as
 * its first line when the next line is one.
 */
export function isEmptyFirstCellRow(raw: string): boolean {
  return /^[ \t\u00a0]+\|/.test(raw) && raw.trimEnd().endsWith('|') && raw.trim().length >= 2 && !DELIMITER.test(raw.trim());
}

/** Whether the run of open rows goes on (or begins) at line `i`. */
export function opensOrContinuesRun(lines: readonly SourceLine[], i: number, start: number): boolean {
  const raw = lines[i]!.raw;
  if (isOpenPipeRow(raw)) return true;
  if (!isEmptyFirstCellRow(raw)) return false;
  return i > start || (i + 1 < lines.length && isOpenPipeRow(lines[i + 1]!.raw));
}

type Span = [number, number];

interface Line {
  src: SourceLine;
  spans: Span[];
  texts: string[];
}

/** A label and a figure ("2020 | 2021 |", figures without a label, are column heads above the rows). */
const isData = (l: Line): boolean => (l.texts.length >= 2 && !isYearHead(l.texts) && !looksNumeric(l.texts[0]!) && l.texts.slice(1).some((t) => looksNumeric(t))) || isCodeLedRow(l.texts);
const YEAR = /^(?:19|20)\d{2}$/;
/** Titles of the label columns (words: "Post", or "Konto | Kommun" over a code column), then years only. */
const yearsOnly = (texts: string[]): boolean => {
  const k = texts.findIndex((t) => YEAR.test(t));
  return k >= 1 && texts.slice(0, k).every((t) => t !== '' && !looksNumeric(t)) && texts.slice(k).every((t) => YEAR.test(t));
};
const labelOnly = (l: Line): boolean => l.texts.length === 1 && !looksNumeric(l.texts[0]!);

/**
 * A label wrapped at a hyphen: "fri-" + "luftsliv" → "friluftsliv" (hyphenation), "LSS-" +
 * "kostnader" → "LSS-kostnader" (an abbreviation keeps its hyphen), "miljö-" + "och bygg" stays
 * "miljö- och bygg". Other wrapped words are joined by a space.
 */
function joinLabel(a: string, b: string): string {
  if (!/\p{L}-$/u.test(a) || !/^\p{Ll}/u.test(b) || /^(?:och|eller|samt)\b/.test(b)) return `${a} ${b}`;
  return /\p{Lu}-$/u.test(a) ? a + b : a.slice(0, -1) + b;
}

/**
 * A body line that names the header's column titles again, under a stub title of its own
 * ("Gymnasieskolor | 2021 | 2020 | Förändring |" under "Grundskolor | 2021 | …"): a section
 * printed as a table of its own. Read as a row it would give the years as figures.
 */
function repeatsTitles(texts: readonly string[], titles: readonly string[]): boolean {
  if (texts[0] === '' || titles.filter((t) => t !== '').length < 2) return false;
  const own = texts.slice(1);
  while (own.length > titles.length && own[own.length - 1] === '') own.pop();
  return own.length === titles.length && own.every((t, k) => t === titles[k]);
}

/**
 * The grid of open pipe rows from `start`. A header over a delimiter row, broken over lines or
 * not, heads the rows under it (broken-pipe-header.ts).
 */
export function detectOpenPipeRows(file: string, lines: SourceLine[], start: number): { blocks: Block[]; end: number } | null {
  const header = brokenPipeHeader(file, lines, start);
  if (header && header.next < lines.length && isOpenPipeRow(lines[header.next]!.raw)) {
    const found = detectOpenPipeRun(file, lines, header.next, header.cells);
    if (found) return found;
  }
  return detectOpenPipeRun(file, lines, start, null);
}

function detectOpenPipeRun(file: string, lines: SourceLine[], start: number, given: GridCell[] | null): { blocks: Block[]; end: number } | null {
  const run: Line[] = [];
  for (let i = start; i < lines.length && opensOrContinuesRun(lines, i, start); i++) {
    const spans = closedRowSpans(lines[i]!.raw);
    run.push({ src: lines[i]!, spans, texts: spans.map(([a, b]) => lines[i]!.raw.slice(a, b).trim()) });
  }
  // The text cut off inside the row after the run: it is kept, its cut cell marked (cut-pipe-row.ts).
  const widest = Math.max(0, ...run.map((l) => l.spans.length));
  const cutSpans = run.length > 0 ? cutRowBounds(lines, start + run.length, widest, false) : null;
  const cutAt = cutSpans ? run.length : -1;
  if (cutSpans) run.push({ src: lines[start + run.length]!, spans: cutSpans, texts: cutSpans.map(([a, b]) => lines[start + cutAt]!.raw.slice(a, b).trim()) });
  // A name line above a line of figures is a row too (split-pipe-record.ts).
  const texts = run.map((l) => l.texts);
  // The run's first line over years only ("Post | 2001 |") is the header, as a GFM table's first row is (pipe-rows.ts).
  const isRow = (l: Line, k: number): boolean => !(k === 0 && yearsOnly(l.texts)) && (isData(l) || splitRecordStart(texts, k) >= 0);
  const firstData = run.findIndex(isRow);
  if (firstData < 0 || run.filter(isRow).length < MIN_DATA) return null;
  const recordFrom = splitRecordStart(texts, firstData);
  const cell = (l: Line, k: number): GridCell => toGridCell(file, l.src, l.spans[k]![0], l.spans[k]![1]);

  const above: TextLine[] = [];
  const headers: GridCell[][] = [];
  let corner: GridCell | null = null;
  // Label lines right above the first row, under column heads, begin that row's label.
  let labelFrom = recordFrom >= 0 ? recordFrom : firstData;
  while (recordFrom < 0 && labelFrom > 0 && labelOnly(run[labelFrom - 1]!)) labelFrom--;
  if (given) headers.push(given);
  const headsAbove = run.slice(0, labelFrom).some((l) => l.texts.length >= 2 && !CAPTION.test(l.texts[0]!));
  const bodyFrom = headsAbove || recordFrom >= 0 ? labelFrom : firstData;
  for (const l of run.slice(0, bodyFrom)) {
    if (CAPTION.test(l.texts[0] ?? '')) {
      above.push(toTextLine(file, l.src, l.spans[0]![0], l.spans[0]![1]));
      const heads = l.spans.slice(1).map((_, k) => cell(l, k + 1));
      if (heads.some((c) => c.text !== '')) headers.push([{ ...cell(l, 0), text: '' }, ...heads]);
    } else if (l.texts.length === 1 && UNIT_ONLY.test(l.texts[0]!)) {
      above.push(toTextLine(file, l.src, l.spans[0]![0], l.spans[0]![1]));
    } else if (labelOnly(l)) {
      corner = cell(l, 0);
    } else if (l.texts.length > 0) {
      headers.push(l.spans.map((_, k) => cell(l, k)));
    }
  }

  const rows: GridCell[][] = [];
  const plainWidth = Math.max(0, ...run.filter((l) => !isCodeLedRow(l.texts)).map((l) => l.spans.length));
  // The label lines waiting for their figures (held in an array: the loop below both sets and clears it).
  const pending: GridCell[] = [];
  // A code on a line of its own above the name is the row's code, not its label's first word: kept in a cell before the name.
  let pendingCode: GridCell | null = null;
  const codeRows = new Map<number, GridCell>();
  let end = start + bodyFrom;
  const titles = headers.length > 0 ? headers[headers.length - 1]!.slice(1).map((c) => c.text) : [];
  for (let i = bodyFrom; i < run.length; i++) {
    const l = run[i]!;
    if (l.texts.length === 0) continue;
    // The next table's caption ends this one, and so does the header's titles again under a stub title of its own.
    if (CAPTION.test(l.texts[0]!) || (i > bodyFrom && repeatsTitles(l.texts, titles))) break;
    if (isCodeAboveName(l.texts, run[i + 1]?.texts)) {
      pendingCode = cell(l, 0);
      continue;
    }
    // A label alone over a row whose label opens with a capital ("Intäkter |" over "Åmål | 7 663 |") heads a section:
    // a wrapped label goes on in small letters ("2:1 Bidrag till |" over "vägar | 12 500 |").
    const next = run[i + 1];
    if (labelOnly(l) && pending.length === 0 && next && isData(next) && /^\p{Lu}/u.test(next.texts[0]!)) {
      rows.push([cell(l, 0)]);
      end = start + i + 1;
      continue;
    }
    if (labelOnly(l)) {
      const before = pending.pop();
      pending.push(before ? { ...before, text: joinLabel(before.text, l.texts[0]!) } : cell(l, 0));
      continue;
    }
    const cells = l.spans.map((_, k) => cell(l, k));
    // A code in a cell of its own before the name: one label, as the other rows print it (they are
    // a cell narrower; where a header or other rows are as wide, the codes have a column of their own).
    if (isCodeLedRow(l.texts) && l.spans.length > plainWidth) cells.splice(0, 2, { ...cells[0]!, text: `${cells[0]!.text} ${cells[1]!.text}`, location: { ...cells[0]!.location, endColumn: cells[1]!.location.endColumn } });
    if (i === cutAt) cells[cells.length - 1]!.uncertain = CUT_CELL;
    const label = pending.pop();
    // Figures only, after a row short of cells: the rest of that row, wrapped (pipe-row-parts.ts).
    const last = rows[rows.length - 1];
    if (!label && last && continuesShortRow(last.length, l.texts, widest)) {
      last.push(...cells);
      end = start + i + 1;
      continue;
    }
    if (label && looksNumeric(cells[0]!.text)) rows.push([label, ...cells]);
    else if (label) rows.push([{ ...label, text: joinLabel(label.text, cells[0]!.text) }, ...cells.slice(1)]);
    else rows.push(cells);
    if (label && pendingCode) codeRows.set(rows.length - 1, pendingCode);
    pendingCode = null;
    end = start + i + 1;
  }
  // Rows without a code ("Riket") leave the code's cell empty, so that every name stands in one column.
  if (codeRows.size > 0) rows.forEach((r, k) => r.unshift(codeRows.get(k) ?? { ...r[0]!, text: '' }));
  // A label with no row after it is left to the text around the table.
  if (rows.length < MIN_DATA) return null;
  const width = Math.max(...rows.map((r) => r.length), ...headers.map((h) => h.length));
  // Header lines are one cell short when the label column's head was empty.
  const shortHeads = headers.map((h) => (h.length === width - 1 && h[0]!.text !== '' ? [{ ...h[0]!, text: '' }, ...h] : h));
  // Over a code column kept apart, a header line of as many titles as the rows have figures (empty cells after them
  // left out) stands over the figures: it gains the code's and the name's empty cells.
  const overFigures = (h: GridCell[]): GridCell[] => {
    let n = h.length;
    while (n > 0 && h[n - 1]!.text === '') n--;
    const titles = h.slice(0, n);
    if (titles.length === width - 2 && titles[0]!.text !== '' && !CODE_TITLE.test(titles[0]!.text.trim())) return [{ ...h[0]!, text: '' }, { ...h[0]!, text: '' }, ...titles];
    if (titles.length === width - 1 && titles[0]!.text === '' && titles[1] !== undefined && !CODE_TITLE.test(titles[1].text.trim())) return [{ ...h[0]!, text: '' }, ...titles];
    return h;
  };
  const headerRows = codeRows.size > 0 ? shortHeads.map(overFigures) : shortHeads;
  if (corner) {
    if (headerRows.length === 0) headerRows.push([corner]);
    else headerRows[0]![0] = corner;
  }
  const pad = (r: GridCell[]): GridCell[] => {
    const out = [...r];
    while (out.length < width) out.push({ ...r[r.length - 1]!, text: '' });
    return out;
  };
  const gridRows: GridRow[] = [
    ...headerRows.map((h) => pad(h).map((c) => ({ ...c, header: true }))),
    ...rows.map(pad),
  ].map((cells) => ({ cells, location: cells[0]!.location }));
  // Rows that left out their empty cells and were padded at the end (shifted-cells.ts).
  placeShiftedCells(gridRows, headerRows.length);
  const grid: Grid = { kind: 'grid', source: 'gfm', caption: null, rows: gridRows, headerRows: headerRows.length };
  const blocks: Block[] = above.length > 0 ? [{ kind: 'text', role: 'paragraph', lines: above }, grid] : [grid];
  return { blocks, end };
}
