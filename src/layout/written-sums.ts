import { readWrittenArithmetic, type WrittenArithmetic } from '../compare/written-arithmetic.js';
import type { SourceLine } from './source-line.js';
import { toGridCell } from './source-line.js';
import type { Grid, GridCell, GridRow } from './types.js';

/**
 * Rows that write out their arithmetic before its result, as pages on party support and grants
 * print each recipient's fixed part plus its per-seat part:
 *
 *   M 10 5 573 + 102 370 107 945           Parti  Grundstöd + mandat × stöd  Summa
 *   C 5 5 573 + 51 185 56 760              S 40 000 + 5 × 8 500 82 500
 *   L 2 5 573 + 20 474 26 050              V 40 000 + 2 × 8 500 = 57 000
 *         557 360                          …
 *
 * Each written figure is a cell (the count, the terms, the result), the operators none; a line
 * of one figure right under the rows, with or without a label, is a row whose figure stands in
 * the result's column. The arithmetic itself is checked by `text/written-arithmetic`. Where the
 * figures' bounds were read from digit groups (one space between figures as between groups),
 * the cells carry `readBy: "spaced"`. A run of such rows needs three lines of one shape: the
 * same number of figures before the terms, the same terms and factors.
 */
const MIN_ROWS = 3;
/** Header lines (words, no figures) searched above the rows. */
const MAX_HEAD = 8;
const MAX_LABEL = 60;
const HAS_DIGIT = /\d/;
const MAY_WRITE = /[+×=]|\s[*x·]\s/;

interface SumRow {
  src: SourceLine;
  labelEnd: number;
  sum: WrittenArithmetic;
}

/** The shape of a row: counts before, the factors of each term, "=" or not. */
const shape = (a: WrittenArithmetic): string => `${a.leading.length}|${a.terms.map((t) => t.length).join(',')}`;

function rowAt(src: SourceLine | undefined): SumRow | null {
  if (!src || !MAY_WRITE.test(src.raw) || !HAS_DIGIT.test(src.raw)) return null;
  const sum = readWrittenArithmetic(src.raw);
  // Words between the figures make a sentence, not a row of cells.
  if (!sum || sum.worded) return null;
  const first = sum.leading[0] ?? sum.terms[0]![0]!;
  const label = src.raw.slice(0, first.from).trim();
  if (label.length > MAX_LABEL || HAS_DIGIT.test(label)) return null;
  return { src, labelEnd: first.from, sum };
}

/** Rows of one shape from line i on. */
function runAt(lines: readonly SourceLine[], i: number): SumRow[] {
  const first = rowAt(lines[i]);
  if (!first) return [];
  const rows = [first];
  for (let j = i + 1; j < lines.length; j++) {
    const r = rowAt(lines[j]);
    if (!r || shape(r.sum) !== shape(first.sum) || r.sum.equals !== first.sum.equals) break;
    rows.push(r);
  }
  return rows;
}

/** A line of one figure, maybe after a few words ("Summa 557 360", "      557 360"), spaces made plain. */
const SUM_LINE = /^(?:(\p{L}[\p{L}.:-]*(?: \p{L}[\p{L}.:-]*){0,4}) )?([1-9]\d{0,2}(?: \d{3})*|\d+)(?: (?:kr|kronor))?$/u;

/** The sum line's label (maybe empty) and figure, with the figure's offsets into the raw line. */
function sumLine(raw: string): { labelEnd: number; from: number; to: number; figure: string } | null {
  const plain = raw.replace(/[\u00a0\u202f\u2009]/g, ' ');
  const text = plain.trim();
  const m = SUM_LINE.exec(text);
  if (!m) return null;
  const lead = plain.length - plain.trimStart().length;
  const from = lead + (m[1] === undefined ? 0 : m[1].length + 1);
  return { labelEnd: m[1] === undefined ? 0 : lead + m[1].length, from, to: from + m[2]!.length, figure: m[2]! };
}

function cell(file: string, src: SourceLine, from: number, to: number, spaced: boolean): GridCell {
  const c = toGridCell(file, src, from, to);
  return spaced ? { ...c, readBy: 'spaced' } : c;
}

function blank(file: string, src: SourceLine): GridCell {
  return { text: '', location: { file, line: src.line }, colspan: 1, rowspan: 1, header: false, bold: false };
}

export function detectWrittenSums(file: string, lines: readonly SourceLine[], start: number): { grid: Grid; end: number } | null {
  const rows = runAt(lines, start);
  if (rows.length < MIN_ROWS) return null;
  const gridRows: GridRow[] = rows.map((r) => {
    const a = r.sum;
    // Bounds read from digit groups: a run of figures one space apart held more than one of them.
    const spaced = a.guessed || a.leading.length > 0 || !a.equals;
    const figures = [...a.leading, ...a.terms.flat(), a.result];
    const label = toGridCell(file, r.src, 0, r.labelEnd);
    return { cells: [label, ...figures.map((f) => cell(file, r.src, f.from, f.to, spaced))], location: label.location };
  });
  const width = gridRows[0]!.cells.length;
  let end = start + rows.length;
  const total = lines[end] ? sumLine(lines[end]!.raw) : null;
  const largest = Math.max(...rows.map((r) => r.sum.result.value.toNumber()));
  // A total is no smaller than any row's result; a smaller figure is the next line's own ("Beslutat 2019").
  if (total && Number(total.figure.replace(/\D/g, '')) >= largest) {
    const src = lines[end]!;
    const label = total.labelEnd === 0 ? blank(file, src) : toGridCell(file, src, 0, total.labelEnd);
    const cells = [label, ...Array.from({ length: width - 2 }, () => blank(file, src)), cell(file, src, total.from, total.to, false)];
    gridRows.push({ cells, location: label.location });
    end++;
  }
  return { grid: { kind: 'grid', source: 'spaced', caption: null, rows: gridRows, headerRows: 0, labelsSet: true }, end };
}

/**
 * Line i holds words only, and such rows follow within a few lines of words: the header above
 * them, which is no table's first row (it stays text, so no other reader takes the rows with it).
 */
export function writtenSumsAhead(lines: readonly SourceLine[], i: number): boolean {
  if (HAS_DIGIT.test(lines[i]?.raw ?? '')) return false;
  for (let j = i + 1; j < lines.length && j <= i + MAX_HEAD; j++) {
    const raw = lines[j]!.raw;
    if (!HAS_DIGIT.test(raw)) continue;
    return runAt(lines, j).length >= MIN_ROWS;
  }
  return false;
}
