import { capitalTitles } from './capital-titles.js';
import type { SourceLine } from './source-line.js';
import { toGridCell } from './source-line.js';
import type { Grid, GridCell, GridRow } from './types.js';

/**
 * Rows copied out of a web table whose money cells each end in their unit, set apart by one space
 * or many as the page's cells happened to be padded, maybe after a count with no unit:
 *
 *   Centerpartiet 5 15 277 kronor       26 190 kronor 41 467 kronor
 *   Kristdemokraterna 1 15 277 kronor 5 238 kronor   20 515 kronor
 *   Förening A  3 200 kr  1 450 kr  4 650 kr
 *
 * The unit word closes each cell, so the cells are read by it rather than by the gaps, which no
 * column holds to. A figure before a unit is the longest the digit groups allow ("5 15 277 kronor"
 * is a count 5 and 15 277 kronor); the figures before the first unit cell are counts, one each.
 * Three rows or more of one shape (as many counts, as many unit cells) make a table. The columns
 * are read from the unit words, not from printed columns (the gaps differ from row to row), so
 * every cell carries `readBy: "spaced"` and a sum that disagrees over them warns. A header line
 * right above whose capitals cut it into one title a column ("Parti Antal mandat Grundstöd Rörligt
 * stöd Totalt partistöd") heads the table; another line of words there stays text, so no other
 * reader takes the rows with it.
 */
const MIN_ROWS = 3;
const MAX_LINE = 240;
const MAX_HEAD = 3;
const UNIT = /^(?:kronor|kr|tkr|mnkr|mkr|sek)$/i;
/** A whole number, or the first digit group of a grouped one, maybe the last with decimals. */
const FIRST_GROUP = /^[1-9]\d{0,2}$/;
const GROUP = /^\d{3}$/;
const LAST_GROUP = /^\d{3}(?:,\d+)?$/;
const PLAIN = /^\d+(?:,\d+)?$/;
const COUNT = /^\d{1,4}$/;
const HAS_DIGIT = /\d/;
/** A figure and then a unit word on its own (what every cell of such a row holds): one test before the line is cut into words. */
const FIGURE_UNIT = /\d[ \u00a0\u202f\t]+(?:kronor|kr|tkr|mnkr|mkr|sek)(?=[ \u00a0\u202f\t]|$)/i;

interface Piece {
  from: number;
  to: number;
}

interface UnitRow {
  src: SourceLine;
  labelEnd: number;
  counts: Piece[];
  cells: Piece[];
}

/** Tokens of a line apart by spaces, with their offsets. */
const tokensOf = (raw: string): { text: string; from: number; to: number }[] => [...raw.matchAll(/[^ \u00a0\u202f\t]+/g)].map((m) => ({ text: m[0], from: m.index, to: m.index + m[0].length }));

/**
 * The figure closed by the unit token at u: the longest run of tokens before it, each one space
 * from the next, that digit groups make one figure ("5 15 277 kronor" is 15 277), or null.
 */
function figureBefore(toks: readonly { text: string; from: number; to: number }[], u: number): Piece | null {
  let best: Piece | null = null;
  for (let a = u - 1; a >= 0 && u - a <= 6; a--) {
    if (a < u - 1 && toks[a]!.to + 1 !== toks[a + 1]!.from) break;
    const run = toks.slice(a, u).map((t) => t.text);
    const one = run.length === 1 ? PLAIN.test(run[0]!) : FIRST_GROUP.test(run[0]!) && run.slice(1, -1).every((g) => GROUP.test(g)) && LAST_GROUP.test(run[run.length - 1]!);
    if (one) best = { from: toks[a]!.from, to: toks[u]!.to };
    else if (!/^\d/.test(run[0]!)) break;
  }
  return best;
}

function rowAt(src: SourceLine | undefined): UnitRow | null {
  if (!src || src.raw.length > MAX_LINE || !FIGURE_UNIT.test(src.raw)) return null;
  const raw = src.raw;
  const toks = tokensOf(raw);
  const cells: Piece[] = [];
  for (let u = 0; u < toks.length; u++) {
    if (!UNIT.test(toks[u]!.text)) continue;
    const f = figureBefore(toks, u);
    if (!f) return null;
    cells.push(f);
  }
  if (cells.length < 2) return null;
  // Only spaces between the unit cells, and nothing after the last.
  for (let k = 1; k < cells.length; k++) if (raw.slice(cells[k - 1]!.to, cells[k]!.from).trim() !== '') return null;
  if (raw.slice(cells[cells.length - 1]!.to).trim() !== '') return null;
  const head = raw.slice(0, cells[0]!.from);
  const firstDigit = head.search(/\d/);
  const labelEnd = (firstDigit < 0 ? head : head.slice(0, firstDigit)).trimEnd().length;
  const label = raw.slice(0, labelEnd).trim();
  if (!/\p{L}/u.test(label)) return null;
  // Counts: bare whole numbers between the label and the first unit cell, one a token.
  const counts: Piece[] = [];
  for (const m of head.slice(labelEnd).matchAll(/\S+/g)) {
    if (!COUNT.test(m[0])) return null;
    counts.push({ from: labelEnd + m.index, to: labelEnd + m.index + m[0].length });
  }
  return { src, labelEnd, counts, cells };
}

const shape = (r: UnitRow): string => `${r.counts.length}|${r.cells.length}`;

function runAt(lines: readonly SourceLine[], i: number): UnitRow[] {
  const first = rowAt(lines[i]);
  if (!first) return [];
  const rows = [first];
  for (let j = i + 1; j < lines.length; j++) {
    const r = rowAt(lines[j]);
    if (!r || shape(r) !== shape(first)) break;
    rows.push(r);
  }
  return rows;
}

/** A header line of titles each opening with a capital, one for the labels and one a value column ("Parti Antal mandat Grundstöd …"). */
function headerRow(file: string, src: SourceLine | undefined, width: number): GridRow | null {
  if (!src || HAS_DIGIT.test(src.raw) || src.raw.trim() === '') return null;
  const titles = capitalTitles(src.raw.trim().split(/\s+/), width - 1);
  if (!titles) return null;
  const cells = [titles.label, ...titles.columns].map((text): GridCell => ({ text, location: { file, line: src.line }, colspan: 1, rowspan: 1, header: true, bold: false }));
  return { cells, location: { file, line: src.line } };
}

export function detectUnitEndedCells(file: string, lines: readonly SourceLine[], start: number): { grid: Grid; end: number } | null {
  // The header line right above the rows, when its capitals cut it into as many titles as the rows have cells.
  const below = HAS_DIGIT.test(lines[start]?.raw ?? '') ? [] : runAt(lines, start + 1);
  const header = below.length >= MIN_ROWS ? headerRow(file, lines[start], 1 + below[0]!.counts.length + below[0]!.cells.length) : null;
  const rows = header ? below : runAt(lines, start);
  if (rows.length < MIN_ROWS) return null;
  const first = header ? start + 1 : start;
  const cell = (src: SourceLine, p: Piece): GridCell => ({ ...toGridCell(file, src, p.from, p.to), readBy: 'spaced' });
  const gridRows: GridRow[] = rows.map((r) => {
    const label = toGridCell(file, r.src, 0, r.labelEnd);
    return { cells: [label, ...r.counts.map((p) => cell(r.src, p)), ...r.cells.map((p) => cell(r.src, p))], location: label.location };
  });
  const all = header ? [header, ...gridRows] : gridRows;
  return { grid: { kind: 'grid', source: 'spaced', caption: null, rows: all, headerRows: header ? 1 : 0, labelsSet: true }, end: first + rows.length };
}

/** Line i holds words only and such rows follow within a few lines: their header, which stays text. */
export function unitEndedCellsAhead(lines: readonly SourceLine[], i: number): boolean {
  if (HAS_DIGIT.test(lines[i]?.raw ?? '')) return false;
  for (let j = i + 1; j < lines.length && j <= i + MAX_HEAD; j++) {
    if (!HAS_DIGIT.test(lines[j]!.raw)) continue;
    return runAt(lines, j).length >= MIN_ROWS;
  }
  return false;
}
