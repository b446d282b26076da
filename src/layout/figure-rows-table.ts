import { BLANK, FIGURE, YEAR, figureRowRuns, headerYears, isTableRun, type FigureRun, type RunLine } from './figure-rows.js';
import { gapTokens, type Tok } from './gap-tokens.js';
import { figureCuts } from './figure-cuts.js';
import { t } from '../messages/index.js';
import { isTotalLabelText } from './total-label.js';
import type { Block, Grid, GridCell, GridRow, TextBlock, TextLine } from './types.js';

/**
 * The last reader: a run of rows of figures that every other reader left as prose (figure-rows.ts
 * finds it, as unread-rows.ts does for its report) is read as a table from its column structure
 * alone, whatever separates the cells:
 *
 *   Kommun 2021 2022 2023          ← a header: its years give three columns
 *   Ale 27 034 1 450 56 697        ← one way to make three figures of it
 *   Bjuv 3 626 – 14 242            ← a dash is a blank cell
 *   Investeringar                  ← a title between rows: a row without figures
 *   Eda 85 454 62 908 2 980
 *
 * The column count comes from the header line when it can be read (years, titles set apart by two
 * spaces or more, as many title words as columns), else from the count the rows agree on. Each
 * row's figures are cut into that many cells as spaced-columns.ts groups digits. A row that cuts
 * so in one way is read so; one that cuts in several ways takes the way whose figures are nearest
 * in size to the column's other figures. Either way a cell set apart by a single space rests on
 * digit groups, not printed columns: it is marked read by digit groups (`readBy: 'spaced'`), so a
 * sum over it only warns; only cells with a tab or a wide gap on each side are read as printed.
 * A row that no cut fits stays prose and is reported.
 *
 * Being general, the reader declines what it cannot read with confidence: fewer than two rows
 * fitting the count, a third of the rows or more fitting none, lines cut from one source line (a
 * page flattened on one line), rows set against a glued year header. Those runs stay prose and
 * are reported as rows no reader took.
 */

/** Fewer rows than this fitting the count are no table read with confidence. */
const MIN_FIT_ROWS = 2;
/** One value column is a list, which the list readers take; a wider table than this is no row of text. */
const MIN_COLUMNS = 2;
const MAX_COLUMNS = 15;
/** A row's figures are read no further past this many tokens (no table row prints so many). */
const MAX_TAIL = 40;
/** Readings of one row at one count looked at; past this the row is too ambiguous to choose by sizes. */
const MAX_SPLITS = 500;
/** Readings of a row looked at while the count is weighed. */
const FIT_SPLITS = 8;
/** A header line of words before the rows is at most this long (a sentence above is a caption). */
const MAX_HEADER_WORDS = 16;
/** A run whose rows fit no count, a third of them or more, is no table read so. */
const MAX_UNFIT_SHARE = 1 / 3;
const tokensOf = (text: string): Tok[] => gapTokens(text, true);

const isFigureTok = (s: string): boolean => FIGURE.test(s) || BLANK.test(s);

/** A row as label tokens and figure tokens (the figures to its end). */
function partsOf(text: string): { label: Tok[]; tail: Tok[] } | null {
  const toks = tokensOf(text);
  if (toks.some((x) => x.text === '|')) return null;
  let k = toks.length;
  while (k > 0 && isFigureTok(toks[k - 1]!.text)) k--;
  if (k === toks.length || toks.length - k > MAX_TAIL) return null;
  return { label: toks.slice(0, k), tail: toks.slice(k) };
}

/** A reading of one row: where the label ends and the cells as token bounds in the tail. */
interface Reading {
  /** Tail tokens given to the label (a number or year closing it: "Klass 2", "Befolkning 2019"). */
  lent: number;
  /** A lone dash was read as the sign of the figure after it, not as a blank cell. */
  signs: boolean;
  cells: [number, number][];
}

/**
 * The tokens as spaced-columns.ts reads them: a blank ("x", "..", a lone dash) as its blank, or a
 * lone dash as a sign when `dashAsSign`.
 */
/** Every way the tail (less what the label may take) cuts into k cells, no figure going on over a wide gap. */
function readingsOf(label: readonly Tok[], tail: readonly Tok[], k: number, limit = MAX_SPLITS): Reading[] {
  // The label may close in a number of the tail's first tokens, when it has words before.
  const lendable = label.length > 0 && tail.length > 1 && /^\d{1,4}$/u.test(tail[0]!.text) ? 1 : 0;
  const out: Reading[] = [];
  for (let lent = 0; lent <= lendable; lent++) {
    for (const { signs, cells } of figureCuts(tail.slice(lent), k, limit)) out.push({ lent, signs, cells: cells.map(([a, b]): [number, number] => [a + lent, b + lent]) });
  }
  return out;
}

/**
 * The readings a row is read by: a label closes in a number only where no reading leaves it
 * none (one-space-row.ts decides so too), and a lone dash is a blank cell where it can be one.
 * The other readings still make the row's cells uncertain (`doubtful`).
 */
function preferred(readings: readonly Reading[]): Reading[] {
  const plain = readings.filter((x) => x.lent === 0);
  const byLabel = plain.length > 0 ? plain : readings;
  const blanks = byLabel.filter((x) => !x.signs);
  return blanks.length > 0 ? blanks : [...byLabel];
}

/** The size of a figure, for choosing between readings: its digits' order of magnitude. */
function sizeOf(tail: readonly Tok[], [a, b]: [number, number]): number | null {
  const s = tail
    .slice(a, b)
    .map((x) => x.text)
    .join('')
    .replace(/[^\d,.]/gu, '')
    .replace(',', '.');
  const v = Number.parseFloat(s);
  return Number.isFinite(v) ? Math.log10(Math.abs(v) + 1) : null;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((x, y) => x - y);
  return s[Math.floor(s.length / 2)]!;
};

interface Header {
  /** The line (or lines) read as the header, in the span or right above it. */
  lines: RunLine[];
  labelTitle: { from: number; to: number } | null;
  titles: { from: number; to: number }[];
}

/** The header's readings: for each column count it gives, the titles. */
function headerCounts(at: RunLine, inSpan: boolean): Header[] {
  const text = at.line.text;
  const toks = tokensOf(text);
  if (toks.length === 0 || toks.length > MAX_HEADER_WORDS) return [];
  const span = (a: Tok, b: Tok): { from: number; to: number } => ({ from: a.from, to: b.to });
  if (inSpan) {
    // A line whose figures are all years, after a few words or none ("Län 2019 2020 2021").
    const parts = partsOf(text);
    if (!parts || !parts.tail.every((x) => YEAR.test(x.text))) return [];
    const label = parts.label.length > 0 ? span(parts.label[0]!, parts.label[parts.label.length - 1]!) : null;
    return [{ lines: [at], labelTitle: label, titles: parts.tail.map((x) => span(x, x)) }];
  }
  // A caption or a sentence above the rows is no header: it closes in a stop, or holds figures other than years.
  if (/[.:;!?]$/u.test(text.trim()) || (/\d/u.test(text) && !toks.some((x) => YEAR.test(x.text)))) return [];
  const out: Header[] = [];
  // Titles set apart by wide gaps: those segments, the first maybe the label column's title.
  const segments: Tok[][] = [];
  for (const x of toks) {
    if (segments.length === 0 || x.hard) segments.push([x]);
    else segments[segments.length - 1]!.push(x);
  }
  const segs = segments.map((g) => span(g[0]!, g[g.length - 1]!));
  if (segs.length >= 2) {
    out.push({ lines: [at], labelTitle: segs[0]!, titles: segs.slice(1) });
    out.push({ lines: [at], labelTitle: null, titles: segs });
    return out;
  }
  // One word a title: as many words as columns, or one more for the label column. Titles are
  // capitalised or years; a caption's words ("Bidrag per förening") are not, after its first.
  const words = toks.map((x) => span(x, x));
  if (!toks.slice(1).every((x) => /^[\p{Lu}\d]/u.test(x.text))) return [];
  out.push({ lines: [at], labelTitle: words[0]!, titles: words.slice(1) });
  out.push({ lines: [at], labelTitle: null, titles: words });
  return out;
}

interface RowRead {
  at: RunLine;
  parts: { label: Tok[]; tail: Tok[] };
  readings: Reading[];
}

/** How well a count fits the rows: rows it fits, rows it fits without lending a label a number, and rows it fits in one way only. */
function fitOf(rows: readonly RunLine[], k: number, limit = MAX_SPLITS): { fits: number; plain: number; unique: number; reads: RowRead[] } {
  let fits = 0;
  let plain = 0;
  let unique = 0;
  const reads: RowRead[] = [];
  for (const at of rows) {
    const parts = partsOf(at.line.text);
    const readings = parts ? readingsOf(parts.label, parts.tail, k, limit) : [];
    if (readings.length > 0) fits++;
    if (readings.some((x) => x.lent === 0)) plain++;
    if (preferred(readings).length === 1) unique++;
    reads.push({ at, parts: parts ?? { label: [], tail: [] }, readings });
  }
  return { fits, plain, unique, reads };
}

function cellOf(file: string, line: TextLine, from: number, to: number, header: boolean): GridCell {
  const cols = line.columns;
  const col = (i: number): number | undefined => cols?.[Math.min(i, cols.length - 1)];
  const column = col(from) ?? line.location.column;
  const last = to > from ? col(to - 1) : undefined;
  return {
    text: line.text.slice(from, to).trim(),
    location: { ...line.location, file, column, endColumn: last === undefined ? column : last + 1 },
    colspan: 1,
    rowspan: 1,
    header,
    bold: false,
  };
}

interface TableRead {
  grid: Grid;
  /** The header line above the span taken into the grid, if any. */
  above: boolean;
}

/** The run read as a table, or null when the reader declines it. */
function readRun(file: string, run: FigureRun, above: RunLine | null): TableRead | null {
  const span = run.span;
  // A flattened line cut in parts, or rows under a glued header: another reading's business.
  const sources = span.map((s) => s.line.location.line).filter((l) => l !== undefined);
  if (new Set(sources).size !== sources.length || span.some((s) => s.glued)) return null;
  // Header candidates: the first line of the span when it is years, else the line right above.
  const first = span[0]!;
  const yearHeader = headerCounts(first, true);
  const headers = yearHeader.length > 0 ? yearHeader : above ? headerCounts(above, false) : [];
  const headerInSpan = yearHeader.length > 0;
  const data = span.filter((s, i) => !(headerInSpan && i === 0) && s.kind !== 'title');
  // A total with one row above it is no table: what it sums is not in the run.
  const totals = data.filter((s) => isTotalLabelText(s.line.text.trim().split(/\s+/u)[0] ?? ''));
  // Under a header of consecutive years (figure-rows.ts) one row is a table when it cuts into a figure a year in one way only.
  const yearHeaded = headerInSpan && headerYears(first.line.text) > 0;
  const minFit = yearHeaded ? 1 : MIN_FIT_ROWS;
  if (data.length - totals.length < minFit) return null;
  let chosen: { k: number; header: Header | null; reads: RowRead[]; fits: number } | null = null;
  for (const h of headers) {
    const k = h.titles.length;
    if (k < MIN_COLUMNS || k > MAX_COLUMNS) continue;
    const f = fitOf(data, k);
    const settled = f.fits >= MIN_FIT_ROWS || (yearHeaded && f.fits === data.length && f.unique === data.length);
    if (settled && (!chosen || f.fits > chosen.fits)) chosen = { k, header: h, reads: f.reads, fits: f.fits };
  }
  // No header read: the count most rows fit, then the one most rows fit with their labels as
  // printed ("Norr 12 14 19" is Norr and three figures, not "Norr 12" and two), then the one most
  // rows fit in one way only; two rows at least must settle it alone.
  let fromRows = false;
  // Counts some row fits, where the rows alone give the count.
  const fitCounts: number[] = [];
  if (!chosen) {
    let best: { k: number; fits: number; plain: number; unique: number; reads: RowRead[] } | null = null;
    const better = (f: { fits: number; plain: number; unique: number }, b: typeof best): boolean =>
      !b || f.fits > b.fits || (f.fits === b.fits && (f.plain > b.plain || (f.plain === b.plain && f.unique > b.unique)));
    // Whether a row fits a count, and in one way or more, needs a few readings only (some may
    // go on over a wide gap and fall away): the count's full readings are made once it is chosen.
    for (let k = MIN_COLUMNS; k <= MAX_COLUMNS; k++) {
      const f = fitOf(data, k, FIT_SPLITS);
      if (f.fits > 0) fitCounts.push(k);
      if (better(f, best)) best = { k, ...f };
    }
    if (!best || best.unique < MIN_FIT_ROWS) return null;
    chosen = { k: best.k, header: null, reads: fitOf(data, best.k).reads, fits: best.fits };
    fromRows = true;
  }
  const { k, header, reads } = chosen;
  const unfit = reads.filter((r) => r.readings.length === 0);
  // Labels close in a number where some row reads only so ("Klass 3 2 211 192" among others).
  const labelsTakeNumbers = reads.some((r) => r.readings.length > 0 && r.readings.every((x) => x.lent > 0));
  if (unfit.length > 0 && unfit.length >= data.length * MAX_UNFIT_SHARE) return null;
  // Where the rows alone gave the count, another count may read them too: then no cell is certain.
  const countInDoubt = fromRows && fitCounts.some((c) => c !== k);
  // The sizes of each column's figures where every reading of the row gives the cell alike.
  const sizes: number[][] = Array.from({ length: k }, () => []);
  for (const r of reads) {
    const [one, ...others] = preferred(r.readings);
    if (!one) continue;
    one.cells.forEach((c, j) => {
      if (others.some((o) => o.cells[j]![0] !== c[0] || o.cells[j]![1] !== c[1])) return;
      const v = sizeOf(r.parts.tail, c);
      if (v !== null && !BLANK.test(r.parts.tail[c[0]]!.text)) sizes[j]!.push(v);
    });
  }
  const typical = sizes.map((xs) => (xs.length > 0 ? median(xs) : null));
  const distance = (r: RowRead, reading: Reading): number =>
    reading.cells.reduce((sum, c, j) => {
      const v = sizeOf(r.parts.tail, c);
      const ref = typical[j];
      return sum + (v === null || ref === null || ref === undefined ? 0 : Math.abs(v - ref));
    }, 0);
  const rows: GridRow[] = [];
  const problems = [];
  const headerLine = header?.lines[0] ?? null;
  if (header && headerLine) {
    const l = headerLine.line;
    const label = header.labelTitle ? cellOf(file, l, header.labelTitle.from, header.labelTitle.to, true) : { ...cellOf(file, l, 0, 0, true), text: '' };
    rows.push({ cells: [label, ...header.titles.map((s) => cellOf(file, l, s.from, s.to, true))], location: l.location });
  }
  const byLine = new Map(reads.map((r) => [r.at, r]));
  for (const s of span) {
    if (headerInSpan && s === first) continue;
    const l = s.line;
    const r = byLine.get(s);
    if (!r) {
      // A title between rows: a row without figures.
      const empty = cellOf(file, l, l.text.length, l.text.length, false);
      rows.push({ cells: [cellOf(file, l, 0, l.text.length, false), ...Array.from({ length: k }, () => ({ ...empty, text: '' }))], location: l.location });
      continue;
    }
    if (r.readings.length === 0) {
      // No cut gives the count: the row is not forced into the table; it is said, and the table's
      // sums can then only warn (marked below), since a row of it is missing.
      problems.push({ message: t('reading.figureRowUnfit', { line: l.text.trim(), count: k }), location: l.location });
      continue;
    }
    const ways = preferred(r.readings);
    const reading = ways.length === 1 ? ways[0]! : ways.reduce((a, b) => (distance(r, b) < distance(r, a) ? b : a));
    const tail = r.parts.tail;
    const labelEnd = reading.lent > 0 ? tail[reading.lent - 1]!.to : (r.parts.label.at(-1)?.to ?? 0);
    const labelStart = r.parts.label[0]?.from ?? 0;
    // Another reading the row allows (a blank or a sign, the label's number or the figure's, where
    // the table shows labels take numbers) leaves its cells uncertain, as does a count in doubt.
    const doubtful = labelsTakeNumbers ? r.readings.length > 1 : r.readings.filter((x) => x.lent === 0 || !r.readings.some((y) => y.lent === 0)).length > 1;
    const doubt = ways.length > 1 || doubtful || countInDoubt || unfit.length > 0;
    // A cell set apart by single spaces rests on digit groups, not on printed columns, however
    // few ways the row splits (as spaced-columns.ts reads it): only a cell with a tab or a wide
    // gap on each side (or the label, or the line's end) is printed apart.
    const apart = ([a, b]: [number, number]): boolean => (a === reading.lent ? reading.lent === 0 || tail[a]!.hard : tail[a]!.hard) && (b === tail.length || tail[b]!.hard);
    const cells = reading.cells.map((c) => {
      const cell = cellOf(file, l, tail[c[0]]!.from, tail[c[1] - 1]!.to, false);
      return doubt || !apart(c) ? { ...cell, readBy: 'spaced' as const } : cell;
    });
    rows.push({ cells: [cellOf(file, l, labelStart, labelEnd, false), ...cells], location: l.location });
  }
  const grid: Grid = { kind: 'grid', source: 'spaced', caption: null, rows, labelsSet: true };
  if (header) grid.headerRows = 1;
  if (problems.length > 0) grid.problems = problems;
  return { grid, above: header !== null && !headerInSpan };
}

/** The line right above the run in its block, when it may be a header of words or years. */
function lineAbove(blocks: readonly Block[], run: FigureRun): RunLine | null {
  const first = run.span[0]!;
  const block = blocks[first.block];
  if (!block || block.kind !== 'text' || first.index === 0) return null;
  const line = block.lines[first.index - 1]!;
  return { line, kind: 'title', block: first.block, index: first.index - 1, glued: false };
}

/** Reads the runs of rows no other reader took; what it declines stays prose as it was. */
export function readFigureRows(file: string, blocks: Block[]): Block[] {
  const runs = figureRowRuns(blocks).filter(isTableRun);
  if (runs.length === 0) return blocks;
  const out = [...blocks];
  // From the last run back, so that the places of earlier runs stay as they were.
  for (const run of [...runs].reverse()) {
    const above = lineAbove(out, run);
    const read = readRun(file, run, above);
    if (!read) continue;
    const first = read.above ? above! : run.span[0]!;
    const last = run.span[run.span.length - 1]!;
    const startBlock = out[first.block] as TextBlock;
    const endBlock = out[last.block] as TextBlock;
    const before = startBlock.lines.slice(0, first.index);
    const after = endBlock.lines.slice(last.index + 1);
    // Rows no cut fitted stay prose, right after the table.
    const unfitLines = run.span.filter((s) => read.grid.problems?.some((p) => p.location === s.line.location)).map((s) => s.line);
    const replaced: Block[] = [];
    if (before.length > 0) replaced.push({ ...startBlock, lines: before });
    replaced.push(read.grid);
    if (unfitLines.length > 0) replaced.push({ kind: 'text', role: 'paragraph', lines: unfitLines });
    if (after.length > 0) replaced.push({ ...endBlock, lines: after });
    out.splice(first.block, last.block - first.block + 1, ...replaced);
  }
  return out;
}
