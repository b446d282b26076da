import type { Box } from '../../model/location.js';
import type { GridCell, GridRow } from '../types.js';
import { cell, row, spanHeaderRows, type FoundGrid } from './grid-parts.js';
import { joinWrapped } from './join-wrapped.js';
import { right, singleSpaced, union } from './lines.js';
import { isAmountCell, isNumericCell, isValueCell } from './numeric.js';
import { cutRun, OVER_COLUMNS } from './cut-run.js';
import type { PdfLine, Segment } from './types.js';
import { cutTouchingCells } from './touching-cells.js';
import { joinWrappedNumbers } from './wrapped-numbers.js';
import { isYearTitleRow } from './year-titles.js';

/** Right edges closer than this (points) are one column. */
const COLUMN_TOLERANCE = 6;
const MAX_HEADER_LINES = 6;

/**
 * Tables laid out with whitespace: right-aligned number columns beside a left-aligned label
 * column. Returns the grids and the lines they used.
 */
export function whitespaceTables(file: string, page: number, pageLines: PdfLine[], bottomMargin = -Infinity, topMargin = Infinity, continued?: number[], ocr = false): { grids: FoundGrid[]; used: Set<PdfLine> } {
  const grids: FoundGrid[] = [];
  const used = new Set<PdfLine>();
  // Cells that touch are cut apart and numbers wrapped inside narrow cells put back together
  // first; the page's own lines that went into a changed line count as used with it.
  // (Not on a scanned page: there every word is a run of its own, and its columns are found from its boxes.)
  const cut = ocr ? { lines: pageLines, replaced: new Map<PdfLine, PdfLine[]>() } : cutTouchingCells(pageLines);
  const { lines, replaced } = joinWrappedNumbers(cut.lines);
  let i = 0;
  while (i < lines.length) {
    if (used.has(lines[i]!) || !isDataLine(lines[i]!)) {
      i++;
      continue;
    }
    // A row without a label on its own line: the label is set vertically centred around it,
    // its first line less than a line above. The body starts there.
    const above = lines[i - 1];
    if (above && !used.has(above) && numbersOnly(lines[i]!.segments[0]!.text) && above.segments.length === 1 && gap(above, lines[i]!) < 0.8 * above.size) i--;
    const end = extendBody(lines, i, used);
    const body = lines.slice(i, end);
    // One row is a table only as the first thing on a page, under a repeated header at most
    // (the last row of a table from the page before), or as the last, under its header (the
    // first row of a table the next page goes on with). Page assembly joins it there, or
    // gives it back as text.
    const lone = body.filter(isDataLine).length < 2;
    const atBottom = lines.slice(end).every((l) => l.box.y + l.box.height <= bottomMargin);
    if (lone && !atBottom && (i > MAX_HEADER_LINES || lines.slice(0, i).some(isDataLine))) {
      i++;
      continue;
    }
    const header = headerAbove(lines, i, body, used);
    // Above a lone row at the top of a page: its header, and running heads in the top margin at most.
    const atTop = lines.slice(0, i - header.length).every((l) => l.box.y >= topMargin);
    if (lone && !atTop && !(atBottom && header.length > 0)) {
      i++;
      continue;
    }
    const found = buildGrid(file, page, header, body, lone && atTop ? continued : undefined);
    if (found && lone) found.tentative = [...header, ...body];
    if (found) {
      grids.push(found);
      for (const l of [...header, ...body]) used.add(l);
    }
    i = end;
  }
  for (const l of [...used]) for (const o of replaced.get(l) ?? []) used.add(o);
  for (const l of [...used]) for (const o of cut.replaced.get(l) ?? []) used.add(o);
  return { grids, used };
}

/** Digits and group spaces only: a number, or numbers of adjacent columns run together. */
const NUMBER_CHARS = /^[-−–+\d\s,.%]+$/;
const numbersOnly = (t: string) => NUMBER_CHARS.test(t) && /\d/.test(t);

/**
 * isDataLine's answer per line: the same line is asked about again and again (as a candidate
 * row, in its body, by the header search, by the grid), and lines do not change once built.
 */
const DATA_LINE = new WeakMap<PdfLine, boolean>();

export function isDataLine(line: PdfLine): boolean {
  let known = DATA_LINE.get(line);
  if (known === undefined) DATA_LINE.set(line, (known = dataLine(line)));
  return known;
}

function dataLine(line: PdfLine): boolean {
  const segs = line.segments;
  // "Region | 2025 | 2026 | Summa": years over the columns are their titles, not a row's figures.
  if (segs.length >= 2 && isYearTitleRow(segs.map((s) => s.text))) return false;
  // The numbers of a row whose label is set above and below them (vertically centred), in
  // columns so tight that they ran into one segment: runs that are numbers each.
  if (segs.length === 1) return (segs[0]!.parts.length >= 2 && numbersOnly(segs[0]!.text) && segs[0]!.parts.every((p) => isNumericCell(p.text))) || labelTouchingNumbers(segs[0]!);
  if (segs.length < 2) return false;
  return segs.slice(1).some((s) => isNumericCell(s.text) || numbersOnly(s.text) || isAmountCell(s.text));
}

/**
 * A row whose label is as wide as its column, so that it touches the first number and the
 * row came out as one segment: a label run, then two or more runs that are each a number
 * ("Region Stockholm" | "1 204 350" | "1 300 125"). Prose is not set as runs of bare numbers.
 */
function labelTouchingNumbers(seg: Segment): boolean {
  const parts = seg.parts;
  if (parts.length < 3 || isNumericCell(parts[0]!.text) || !/\p{L}/u.test(parts[0]!.text)) return false;
  let k = 1;
  while (k < parts.length && !isNumericCell(parts[k]!.text) && /\p{L}/u.test(parts[k]!.text)) k++;
  return parts.length - k >= 2 && parts.slice(k).every((p) => isNumericCell(p.text));
}

function gap(upper: PdfLine, lower: PdfLine): number {
  return upper.baseline - lower.baseline;
}

/**
 * Where the labels start: the first segment of the first line that does not open with a number
 * (a first row whose label was lost, as OCR loses words, has none).
 */
function labelEdge(lines: PdfLine[]): number {
  const labelled = lines.find((l) => !isNumericCell(l.segments[0]!.text));
  return (labelled ?? lines[0]!).segments[0]!.box.x;
}

/** Data lines and the wrapped label lines between them. */
function extendBody(lines: PdfLine[], start: number, used: Set<PdfLine>): number {
  const first = lines[start]!;
  const labelLeft = labelEdge(lines.slice(start, start + 4));
  let end = start + 1;
  let lastData = start;
  // Where the values of the rows so far start: a label line ends before it (text under the
  // value columns is the paragraph after the table).
  let valuesLeft = valuesStart(first);
  while (end < lines.length) {
    const line = lines[end]!;
    if (used.has(line)) break;
    const prev = lines[end - 1]!;
    const size = Math.max(line.size, prev.size);
    if (isDataLine(line)) {
      // Rows set far apart (generous cell padding) still go on when their numbers stand in the
      // same columns as the row before.
      const far = gap(prev, line) > 4 * size;
      if (far && !(gap(lines[lastData]!, line) <= MAX_ROW_PITCH_EM * size && sameValueColumns(lines[lastData]!, line))) break;
      lastData = end;
      valuesLeft = Math.min(valuesLeft, valuesStart(line));
      end++;
      continue;
    }
    const labelOnly = line.segments.length === 1 && Math.abs(line.segments[0]!.box.x - labelLeft) < 4 && line.text.length <= 40 && right(line.box) < valuesLeft;
    if (!labelOnly || gap(prev, line) > 2.2 * size) break;
    end++;
  }
  // A trailing label-only line belongs to the table only if it is close to the last data row.
  while (end - 1 > lastData) {
    const line = lines[end - 1]!;
    if (gap(lines[lastData]!, line) <= 1.6 * line.size) break;
    end--;
  }
  return end;
}

/** Where a data line's first value starts. */
function valuesStart(line: PdfLine): number {
  return Math.min(...line.segments.slice(1).map((s) => s.box.x));
}

/** Farthest apart two aligned table rows can be, in ems. */
const MAX_ROW_PITCH_EM = 10;

/** The value cells of one row end at right edges the other row's cells end at too (cells run together count once). */
function sameValueColumns(a: PdfLine, b: PdfLine): boolean {
  const edges = (l: PdfLine) => l.segments.slice(1).map((s) => right(s.box));
  const [few, many] = [edges(a), edges(b)].sort((x, y) => x.length - y.length) as [number[], number[]];
  return few.length > 0 && few.every((x) => many.some((y) => Math.abs(x - y) <= 2));
}

/** The smallest distance between two data rows of the body: the row pitch. */
function rowPitch(body: PdfLine[]): number {
  let pitch = Infinity;
  const data = body.filter(isDataLine);
  for (let k = 1; k < data.length; k++) pitch = Math.min(pitch, gap(data[k - 1]!, data[k]!));
  return Number.isFinite(pitch) ? pitch : 0;
}

function headerAbove(lines: PdfLine[], start: number, body: PdfLine[], used: Set<PdfLine>): PdfLine[] {
  const labelLeft = labelEdge(body);
  const tableRight = Math.max(...body.map((l) => right(l.box)));
  const width = tableRight - labelLeft;
  const data = body.filter(isDataLine);
  const bodyRights = data.flatMap((l) => l.segments.slice(1).map((s) => right(s.box)));
  // Where the first value cell of any row starts: a header word ending left of it heads the label column.
  const valuesLeft = Math.min(...data.flatMap((l) => l.segments.slice(1).map((s) => s.box.x)));
  // Numbers run together in one segment end at their own columns too.
  const runRights = data.flatMap((l) => l.segments.slice(1).flatMap((s) => s.parts.filter((p) => isNumericCell(p.text)).map((p) => right(p.box))));
  const rights = bodyRights.concat(runRights);
  // Columns of numbers set flush left share a left edge: a header word starting there heads one.
  const bodyLefts = data.flatMap((l) => l.segments.slice(1).map((s) => s.box.x));
  const atLeft = (p: { box: Box }) => bodyLefts.filter((x) => Math.abs(p.box.x - x) <= 1).length >= 2;
  const headsColumn = (p: { box: Box }) => rights.some((r) => Math.abs(right(p.box) - r) <= 3) || right(p.box) < valuesLeft - 2 || atLeft(p);
  const out: PdfLine[] = [];
  for (let k = start - 1; k >= 0 && out.length < MAX_HEADER_LINES; k--) {
    const line = lines[k]!;
    const below = lines[k + 1]!;
    if (used.has(line) || isDataLine(line)) break;
    // Closer than a line to the first row: its label set vertically centred, not a header.
    if (k === start - 1 && gap(line, below) < 0.8 * line.size && line.segments.length === 1) break;
    // The header stands a row pitch above the first row at most (more with padded cells).
    const limit = Math.max(3.5 * Math.max(line.size, below.size), k === start - 1 ? rowPitch(body) + 2 : 0);
    if (gap(line, below) > limit) break;
    // A header over a column of numbers set flush left may reach past the widest of them; it
    // still starts over the table.
    if (line.box.x < labelLeft - 4 || line.segments.some((s) => s.box.x > tableRight + 8) || (line.segments.length === 1 && right(line.box) > tableRight + 8)) break;
    // Wide text is prose, unless it is header words run together whose runs end where the
    // columns below end.
    // columns below end (the label column's header beside them ends before the first value).
    const headerRun = (s: Segment) => s.parts.length >= 2 && s.parts.slice(1).some((p) => bodyRights.some((r) => Math.abs(right(p.box) - r) <= 3) || atLeft(p)) && s.parts.every(headsColumn);
    // A narrow table's label header beside the value headers is no prose however wide it is.
    const labelHeader = (s: Segment) => line.segments.length > 1 && s === line.segments[0] && right(s.box) < valuesLeft - 2;
    // Short header words run together over the value columns ("Drift Invest." centred over tight
    // columns of numbers set flush left) are no prose either.
    const overValues = (s: Segment) => s.parts.length >= 2 && s.box.x >= valuesLeft - 2 && s.parts.every((p) => p.box.width <= 0.5 * width);
    const wide = line.segments.some((s) => s.box.width > 0.5 * width && !headerRun(s) && !labelHeader(s) && !overValues(s));
    if (wide) break;
    if (line.segments.length === 1) {
      const s = line.segments[0]!;
      const overValues = s.box.x > labelLeft + 20;
      const shortLabel = Math.abs(s.box.x - labelLeft) < 4 && s.text.length <= 25 && !/[.:]$/.test(s.text);
      if (!overValues && !shortLabel && !headerRun(s)) break;
    }
    out.unshift(line);
  }
  return out;
}

interface Column {
  right: number;
  left: number;
  /** Where the leftmost value of the column starts (its widest cell). */
  textLeft?: number;
}


/** Right edges closer than COLUMN_TOLERANCE to their neighbour are one column. */
/** A label segment without the numbers run into it ("Region Stockholm" of "Region Stockholm 1 204 350 1 300 125"). */
function labelPart(s: Segment): Segment {
  const k = s.parts.findIndex((p, i) => i > 0 && isNumericCell(p.text) && s.parts.slice(i).every((q) => isNumericCell(q.text)));
  return k > 0 ? piece(s.parts.slice(0, k), s.size) : s;
}

/** A number written with digit groups: "99 664 761". */
const GROUPED = /\d[ \u00a0\u202f\u2009]\d{3}/;

function clusterRightsCounted(rights: number[]): { right: number; count: number }[] {
  const sorted = rights.slice().sort((a, b) => a - b);
  const out: { right: number; count: number }[] = [];
  let members: number[] = [];
  const flush = () => {
    if (members.length > 0) out.push({ right: Math.max(...members), count: members.length });
    members = [];
  };
  for (const r of sorted) {
    if (members.length > 0 && r - members[members.length - 1]! > COLUMN_TOLERANCE) flush();
    members.push(r);
  }
  flush();
  return out;
}

function clusterRights(rights: number[]): Column[] {
  const sorted = rights.slice().sort((a, b) => a - b);
  const columns: Column[] = [];
  let members: number[] = [];
  for (const r of sorted) {
    if (members.length > 0 && r - members[members.length - 1]! > COLUMN_TOLERANCE) {
      columns.push({ right: Math.max(...members), left: 0 });
      members = [];
    }
    members.push(r);
  }
  if (members.length > 0) columns.push({ right: Math.max(...members), left: 0 });
  return columns;
}

interface ValueCell {
  left: number;
  right: number;
  line: number;
}

/**
 * A column of numbers set flush left (a word processor's default for table cells) has one left
 * edge and ragged right edges ("730 000" under "1 250 000"), which cluster as several columns.
 * Neighbouring clusters whose cells all start at one left edge, and never stand in the same row,
 * are one column.
 */
function mergeFlushLeft(columns: Column[], cells: readonly ValueCell[]): Column[] {
  const clusterOf = (r: number) => columns.findIndex((c, k) => r <= c.right && (k === 0 || r > columns[k - 1]!.right));
  // Each cell's cluster, found again only when two clusters merge (not for every pair looked at).
  let of = cells.map((c) => clusterOf(c.right));
  for (let j = 0; j + 1 < columns.length; ) {
    const here = cells.filter((_, i) => of[i] === j);
    const next = cells.filter((_, i) => of[i] === j + 1);
    const lefts = [...here, ...next].map((c) => c.left);
    const rows = new Set(here.map((c) => c.line));
    if (here.length > 0 && next.length > 0 && Math.max(...lefts) - Math.min(...lefts) <= 2 && next.every((c) => !rows.has(c.line))) {
      columns.splice(j, 2, { right: columns[j + 1]!.right, left: 0 });
      of = cells.map((c) => clusterOf(c.right));
      continue;
    }
    j++;
  }
  return columns;
}

/** A cell ending at column k whose text starts left of column k-1's right edge covers both. */
function spansColumns(s: Segment, columns: Column[], k: number): boolean {
  if (!/\d/.test(s.text)) return false;
  const before = columns[k - 1];
  if (before && s.box.x < before.right - 1) return true;
  // Or it runs past its own column into the next.
  const after = columns[k + 1];
  return !!after && right(s.box) > columns[k]!.right + COLUMN_TOLERANCE && right(s.box) > after.right - (after.right - columns[k]!.right) / 2;
}

function buildGrid(file: string, page: number, header: PdfLine[], body: PdfLine[], continued?: number[]): FoundGrid | null {
  const labelLeft = labelEdge(body);
  // A row's label, or one indented under the rows above it ("varav …" set in by an em or two).
  const isLabel = (s: Segment, idx: number) => idx === 0 && s.box.x > labelLeft - 4 && s.box.x - labelLeft < 2 * s.size && !isNumericCell(s.text) && (Math.abs(s.box.x - labelLeft) < 4 || /\p{L}/u.test(s.text));
  // Value columns from the right edges of cells that hold one value each. A segment that holds
  // more (numbers in tight columns, bold totals, whose gap fell under the segment gap) does not
  // vote: it is cut at the alignments the others give.
  const rights: number[] = [];
  const valueCells: ValueCell[] = [];
  let labelRight = labelLeft;
  body.forEach((line, li) => {
    if (!isDataLine(line)) return;
    line.segments.forEach((s, idx) => {
      if (isLabel(s, idx)) labelRight = Math.max(labelRight, right(labelPart(s).box));
      else if (isValueCell(s.text)) {
        rights.push(right(s.box));
        valueCells.push({ left: s.box.x, right: right(s.box), line: li });
      }
    });
  });
  for (const line of body) if (!isDataLine(line)) labelRight = Math.max(labelRight, right(line.segments[0]!.box));
  const columns = mergeFlushLeft(clusterRights(rights), valueCells);
  // Columns no row sets apart: where merged segments consist of runs that are whole grouped
  // numbers each ("99 664 761" + "175 526 625", one run per cell), the runs' right edges are
  // the alignment, when most data rows agree on it.
  const dataLines = body.filter(isDataLine);
  const runRights: number[] = [];
  for (const line of dataLines) {
    line.segments.forEach((s, idx) => {
      if (isLabel(s, idx) || isValueCell(s.text) && s.parts.length < 2) return;
      if (s.parts.length >= 2 && s.parts.every((p) => isNumericCell(p.text)) && s.parts.some((p) => GROUPED.test(p.text))) {
        for (const p of s.parts) runRights.push(right(p.box));
      }
    });
  }
  for (const c of clusterRightsCounted(runRights)) {
    // A lone row (a total at the top of a page) is kept only if its columns match the table it continues.
    if (c.count >= (dataLines.length === 1 ? 1 : Math.max(2, dataLines.length / 2)) && !columns.some((k) => Math.abs(k.right - c.right) <= COLUMN_TOLERANCE)) columns.push({ right: c.right, left: 0 });
  }
  // A lone row whose numbers came word by word ("8" "325" "139" "7" "207" "034"): where a gap
  // is wider than the digit-group gaps and both sides are whole grouped numbers, a column ends.
  // The grid is tentative: page assembly keeps it only if its columns match the table it continues.
  if (columns.length === 0 && dataLines.length === 1) {
    for (const s of dataLines[0]!.segments) if (!isLabel(s, dataLines[0]!.segments.indexOf(s))) for (const r of wordEdges(s)) columns.push({ right: r, left: 0 });
  }
  // A lone row at the top of a page, numbers of several columns drawn as one run: cut at the
  // columns of the table the page before ends with. Where it is cut is estimated from glyph
  // widths and borrowed from another page: its cells are uncertain.
  let borrowed = false;
  if (continued && dataLines.length === 1) {
    const runs = dataLines[0]!.segments.filter((s, idx) => !isLabel(s, idx));
    for (const edge of continued) {
      if (columns.some((c) => Math.abs(c.right - edge) <= COLUMN_TOLERANCE)) continue;
      if (!runs.some((s) => s.box.x < edge - 2 && right(s.box) > edge - COLUMN_TOLERANCE)) continue;
      columns.push({ right: edge, left: 0 });
      borrowed = true;
    }
  }
  columns.sort((a, b) => a.right - b.right);
  if (columns.length === 0) return null;
  columns.forEach((c, k) => (c.left = k === 0 ? labelRight + 1 : columns[k - 1]!.right + 1));
  const columnOf = (s: Segment): number => {
    let best = -1;
    let bestDist = Infinity;
    columns.forEach((c, k) => {
      const d = Math.abs(right(s.box) - c.right);
      if (d < bestDist) {
        bestDist = d;
        best = k;
      }
    });
    return best;
  };

  // Body rows: each data line is a row; label-only lines attach to the nearest data line.
  interface Draft {
    line: PdfLine;
    label: { text: string; box: Box; baseline: number }[];
    /** `cut`: from a run cut inside at a column edge; `guess`: that cut proved wrong. */
    values: ({ text: string; box: Box; cut?: boolean; guess?: boolean } | null)[];
  }
  const drafts: Draft[] = [];

  for (const line of dataLines) {
    const d: Draft = { line, label: [], values: columns.map(() => null) };
    let collided = false;
    line.segments.forEach((whole, idx) => {
      let seg = whole;
      if (isLabel(whole, idx)) {
        // A long label with the first number close behind it (one segment): the runs from the
        // first that ends at a value column on are values.
        const k = whole.parts.findIndex((p, i) => i > 0 && isNumericCell(p.text) && columns.some((c) => Math.abs(right(p.box) - c.right) <= 2) && whole.parts.slice(i).every((q) => isNumericCell(q.text)));
        const label = k > 0 ? piece(whole.parts.slice(0, k), whole.size) : whole;
        d.label.push({ text: label.text, box: label.box, baseline: line.baseline });
        if (k <= 0) return;
        seg = piece(whole.parts.slice(k), whole.size);
      }
      for (const s of splitAtColumns(seg, columns, true)) {
        const k = columnOf(s);
        const cut = s.parts.some((p) => CUT_PIECES.has(p));
        // A piece of a run cut at a wrong place beside the next run ("625" of "1 779 625", then
        // "1 500 000"), and two numbers that land in one column: never one value.
        const runTogether = cut && s.parts.length >= 2 && s.parts.every((p) => isNumericCell(p.text)) && !isNumericCell(s.text);
        // Still over two alignments (one run drawn across both): never one value.
        const text = spansColumns(s, columns, k) || runTogether ? `${s.text} ${OVER_COLUMNS}` : s.text;
        const prev = d.values[k];
        const two = !!prev && isNumericCell(prev.text) && isNumericCell(text);
        collided ||= two || runTogether;
        d.values[k] = prev ? { text: two ? `${prev.text} ${text} ${OVER_COLUMNS}` : `${prev.text} ${text}`, box: union([prev.box, s.box]), cut: prev.cut || cut } : { text, box: s.box, cut };
      }
    });
    // A run cut inside at a column's edge ("1 779 625" as "1 779" and "625") whose pieces then
    // collide with another number was cut by a wrong estimate: none of its pieces is certain.
    if (collided) for (const v of d.values) if (v?.cut) v.guess = true;
    drafts.push(d);
  }
  columns.forEach((c, k) => {
    const lefts = drafts.flatMap((d) => (d.values[k] ? [d.values[k]!.box.x] : []));
    if (lefts.length > 0) c.textLeft = Math.min(...lefts);
  });
  const rowOf = new Map<PdfLine, number>();
  drafts.forEach((d, k) => rowOf.set(d.line, k));
  // Labels set from the top of their cells (every row's first label line beside its numbers,
  // no label line half a line from a row as vertically centred labels stand): a label-only
  // line continues the label of the row above it, however near the next row is.
  const data = new Set(dataLines);
  const topAligned = drafts.every((d) => d.label.length > 0) && body.every((line, i) => data.has(line) || !body.some((o, j) => j !== i && data.has(o) && Math.abs(o.baseline - line.baseline) < 0.8 * line.size));
  body.forEach((line, i) => {
    if (data.has(line)) return;
    if (topAligned) {
      const above = drafts.filter((d) => d.line.baseline > line.baseline);
      const own = above[above.length - 1];
      if (own) {
        own.label.push({ text: line.segments[0]!.text, box: line.segments[0]!.box, baseline: line.baseline });
        rowOf.set(line, drafts.indexOf(own));
        return;
      }
    }
    // The third line of a label wrapped downwards is nearer the next row than its own: it
    // goes with the line just above when that one is a line pitch away and the next is further.
    const above = body[i - 1];
    const below = body[i + 1];
    const pitch = above ? above.baseline - line.baseline : Infinity;
    const rowAbove = above ? rowOf.get(above) : undefined;
    if (rowAbove !== undefined && pitch <= 1.5 * line.size && (!below || line.baseline - below.baseline > pitch + 1)) {
      drafts[rowAbove]!.label.push({ text: line.segments[0]!.text, box: line.segments[0]!.box, baseline: line.baseline });
      rowOf.set(line, rowAbove);
      return;
    }
    let bestIdx = 0;
    let bestDist = Infinity;
    drafts.forEach((d, k) => {
      // Ties go to the row above: a label wraps downwards unless cells are vertically centred.
      const dist = Math.abs(d.line.baseline - line.baseline) + (d.line.baseline < line.baseline ? 0.01 : 0);
      if (dist < bestDist) {
        bestDist = dist;
        bestIdx = k;
      }
    });
    const s = line.segments[0]!;
    drafts[bestIdx]!.label.push({ text: s.text, box: s.box, baseline: line.baseline });
    rowOf.set(line, bestIdx);
  });

  const rows: GridRow[] = headerRows(file, page, header, columns, labelLeft, labelRight);
  const headerCount = rows.length;
  spanHeaderRows(rows, headerCount);
  for (const d of drafts) {
    d.label.sort((a, b) => b.baseline - a.baseline);
    const labelBoxes = d.label.map((l) => l.box);
    const cells: GridCell[] = [cell(file, page, joinWrapped(d.label.map((l) => l.text)), labelBoxes, false)];
    for (const v of d.values) {
      const c = v ? cell(file, page, v.text, [v.box], false) : cell(file, page, '', [], false);
      // Digits in groups that make no one number ("16 995 73": the rest wrapped onto the next
      // page; numbers of two columns run together): whatever number is read from it is a guess.
      if (v && ((numbersOnly(v.text) && !isValueCell(v.text)) || borrowed || v.guess)) c.uncertain = v.text;
      cells.push(c);
    }
    rows.push(row(file, page, cells, [...labelBoxes, ...d.line.segments.map((s) => s.box)]));
  }
  const all = [...header, ...body];
  const top = Math.max(...all.map((l) => l.box.y + l.box.height));
  return {
    grid: { kind: 'grid', source: 'pdf', caption: null, rows, headerRows: headerCount },
    page,
    top,
    columnRights: columns.map((c) => c.right),
    headerRows: headerCount,
  };
}

interface Placed {
  seg: Segment;
  line: number;
  from: number;
  to: number;
  /** Centred over from..to: a column beside it is not part of its span. */
  centred?: boolean;
  /** Centred over ranges of more than one width: the span is a guess. */
  ambiguous?: boolean;
}

/** A header whose centre is this close (points) to the centre of a column range is centred over it. */
const CENTRED_TOLERANCE = 1.5;
/** A header this close (points) to a column's left edge (the previous column's right edge) is left-aligned. */
const LEFT_ALIGNED = 8;
/** Farther than this from the centre of every column range, a header is not centred at all. */
const NOT_CENTRED = 8;

/**
 * Header lines to header rows. A header centred over several columns with none of them
 * claimed by another header on its line spans them ("BUP" over three sub-headers); the lines
 * down to the last such line form the upper row, the rest the lower row.
 */
function headerRows(file: string, page: number, header: PdfLine[], columns: Column[], labelLeft: number, labelRight: number): GridRow[] {
  if (header.length === 0) return [];
  const placed: Placed[] = [];
  header.forEach((line, li) => {
    const mine: Placed[] = [];
    for (const seg of line.segments.flatMap((s) => splitAtColumns(s, columns)).flatMap((s) => splitOffLabelHeader(s, columns))) {
      const l = seg.box.x;
      const r = right(seg.box);
      // The label column's header starts at the labels' left edge and ends before the middle
      // of the first value column (it may be wider than every label below it), or, centred
      // over the labels, ends before the first value column's text starts.
      const first = columns[0];
      const beforeValues = !!first && first.textLeft !== undefined && l >= labelLeft - 4 && r < first.textLeft - 2;
      if (beforeValues || (Math.abs(l - labelLeft) < 4 && (!first || r <= first.left + 2 || r < (first.left + first.right) / 2))) {
        mine.push({ seg, line: li, from: -1, to: -1 });
        continue;
      }
      let k = columns.findIndex((c) => Math.abs(r - c.right) < 4);
      if (k < 0) {
        // Not right-aligned: the column with the largest overlap.
        let best = 0;
        columns.forEach((c, idx) => {
          const o = Math.min(r, c.right) - Math.max(l, c.left);
          if (o > best) {
            best = o;
            k = idx;
          }
        });
      }
      if (k < 0) k = nearest(columns, (l + r) / 2);
      mine.push({ seg, line: li, from: k, to: k });
    }
    placed.push(...mine);
  });
  const pad = cellPadding(columns, placed);
  for (const p of placed) {
      if (p.from < 0) continue;
      const c = columns[p.from]!;
      const r = right(p.seg.box);
      if (Math.abs(r - c.right) < 4) continue;
      const leftAligned = Math.abs(p.seg.box.x - c.left) < LEFT_ALIGNED;
      const claimed = (k: number) => placed.some((o) => o.line === p.line) && placed.some((o) => o.line === p.line && o !== p && o.from <= k && k <= o.to);
      let lo = p.from;
      let hi = p.from;
      while (lo - 1 >= 0 && !claimed(lo - 1)) lo--;
      while (hi + 1 < columns.length && !claimed(hi + 1)) hi++;
      const centre = p.seg.box.x + p.seg.box.width / 2;
      // Whether a header below stands in each column lo..hi: looked up once per column, not once per range.
      const filledBelow = Array.from({ length: hi - lo + 1 }, (_, i) => placed.some((o) => o.line > p.line && o.from <= lo + i && lo + i <= o.to));
      const allFilled = (a: number, b: number): boolean => {
        for (let k = a; k <= b; k++) if (!filledBelow[k - lo]) return false;
        return true;
      };
      const ranges: { r: [number, number]; diff: number }[] = [];
      for (let a = lo; a <= p.from; a++) {
        for (let b = p.from; b <= hi; b++) {
          const ok = a === b || allFilled(a, b);
          if (ok) ranges.push({ r: [a, b], diff: offCentre(centre, columns, a, b, labelRight, pad) });
        }
      }
      // The widest range the header is centred over wins ("BUP" over three sub-headers); a header
      // centred over the columns its sub-headers stand in is not taken to span their neighbours.
      // A range whose both edges are printed (not starting at the ragged label column) and that
      // the header is centred over is preferred to one that fits only for some label column width.
      const minDiff = Math.min(...ranges.map((x) => x.diff));
      let fits = ranges.filter((x) => x.diff <= minDiff + CENTRED_TOLERANCE);
      if (fits.some((x) => x.r[0] > 0 && x.diff <= CENTRED_TOLERANCE)) fits = fits.filter((x) => x.r[0] > 0 || x.r[1] === 0);
      let best: [number, number] = [p.from, p.from];
      // Centred over no range (a left-aligned header in flush-left columns): the column it overlaps most.
      if (minDiff <= NOT_CENTRED) for (const x of fits) if (x.r[1] - x.r[0] > best[1] - best[0]) best = x.r;
      // Centred over several columns: that is its span, also when its first letter happens to
      // stand near a column's left edge ("Ersättning" centred over five columns, beside "Totalt").
      // A left-aligned header wrapped over lines starts each line at one edge: not centred.
      const wrappedFlushLeft = leftAligned && placed.some((o) => o.line !== p.line && Math.abs(o.seg.box.x - p.seg.box.x) < 1);
      const centred = best[1] > best[0] && minDiff <= CENTRED_TOLERANCE && !wrappedFlushLeft;
      if (leftAligned && !centred) continue;
      [p.from, p.to] = best;
      p.centred = centred;
      // Centred as well over a range of another width (equal columns either side, their
      // headers on the sub-headers' line): which columns the group takes in is not certain.
      if (best[1] > best[0] && minDiff <= NOT_CENTRED && fits.some((x) => x.r[1] > x.r[0] && x.r[1] - x.r[0] !== best[1] - best[0])) p.ambiguous = true;
    }

  // Lines further apart than a wrapped line are separate header rows.
  const groups: [number, number][] = [];
  header.forEach((line, li) => {
    const prev = header[li - 1];
    const g = groups[groups.length - 1];
    if (g && prev && prev.baseline - line.baseline <= 1.6 * Math.max(prev.size, line.size)) g[1] = li;
    else groups.push([li, li]);
  });
  const lastSpan = Math.max(-1, ...placed.filter((p) => p.to > p.from).map((p) => p.line));
  if (groups.length === 1 && lastSpan >= 0 && lastSpan < header.length - 1) groups.splice(0, 1, [0, lastSpan], [lastSpan + 1, header.length - 1]);
  // A left-aligned upper header over columns its own row leaves empty, where the rows below
  // have sub-headers, spans them (HTML colspan printed left-aligned).
  groups.slice(0, -1).forEach(([a, b]) => {
    const mine = placed.filter((p) => p.line >= a && p.line <= b && p.from >= 0);
    const below = placed.filter((p) => p.line > b && p.from >= 0);
    for (const p of mine) {
      if (p.centred || Math.abs(right(p.seg.box) - columns[p.to]!.right) < 4) continue;
      // Only a header that starts at its column's left edge is left-aligned.
      if (Math.abs(p.seg.box.x - columns[p.from]!.left) >= LEFT_ALIGNED) continue;
      while (
        p.to + 1 < columns.length &&
        !mine.some((o) => o.from <= p.to + 1 && p.to + 1 <= o.to) &&
        below.some((o) => o.from <= p.to + 1 && p.to + 1 <= o.to)
      )
        p.to++;
    }
  });
  return groups.map(([a, b]) => {
    const inRow = placed.filter((p) => p.line >= a && p.line <= b);
    const cells: GridCell[] = [];
    const boxes: Box[] = [];
    const textOf = (from: number, to: number) => {
      const ps = inRow.filter((p) => p.from === from && p.to === to).sort((x, y) => x.line - y.line || x.seg.box.x - y.seg.box.x);
      boxes.push(...ps.map((p) => p.seg.box));
      return { text: joinWrapped(ps.map((p) => p.seg.text)), boxes: ps.map((p) => p.seg.box), ambiguous: ps.some((p) => p.ambiguous) };
    };
    const label = textOf(-1, -1);
    cells.push(cell(file, page, label.text, label.boxes, true));
    for (let k = 0; k < columns.length; ) {
      const span = inRow.find((p) => p.from === k && p.to > k);
      const to = span ? span.to : k;
      const t = textOf(k, to);
      const c = cell(file, page, t.text, t.boxes, true, to - k + 1);
      if (t.ambiguous) c.uncertain = t.text;
      cells.push(c);
      k = to + 1;
    }
    return row(file, page, cells, boxes);
  });
}

/** A whole number in digit groups: "8 325 139". */
const WHOLE_GROUPED = /^\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})*$/;

/**
 * Right edges of the numbers in a segment of single words: it is cut at gaps wider than twice
 * its narrowest gap (the digit-group space) where both sides are whole grouped numbers.
 */
function wordEdges(s: Segment): number[] {
  const parts = s.parts;
  if (parts.length < 2 || !parts.every((p) => /^\d+$/.test(p.text))) return [];
  const gaps = parts.slice(1).map((p, k) => p.box.x - right(parts[k]!.box));
  const narrow = Math.min(...gaps);
  const pieces: (typeof parts)[] = [[parts[0]!]];
  gaps.forEach((g, k) => {
    if (g > 2 * narrow + 1) pieces.push([]);
    pieces[pieces.length - 1]!.push(parts[k + 1]!);
  });
  if (pieces.length < 2 || !pieces.every((ps) => WHOLE_GROUPED.test(ps.map((p) => p.text).join(' ')))) return [];
  return pieces.map((ps) => right(ps[ps.length - 1]!.box));
}

/**
 * The padding between a cell's text and its edge: half the narrowest gap between one column's
 * right edge and the text of the next (a column as wide as its widest text, padded both sides).
 */
function cellPadding(columns: Column[], placed: Placed[]): number {
  let gapMin = Infinity;
  columns.forEach((c, k) => {
    if (k === 0) return;
    const lefts = placed.filter((p) => p.from === k && p.to === k && Math.abs(right(p.seg.box) - c.right) < 4).map((p) => p.seg.box.x);
    if (c.textLeft !== undefined) lefts.push(c.textLeft);
    for (const l of lefts) gapMin = Math.min(gapMin, l - columns[k - 1]!.right);
  });
  return Number.isFinite(gapMin) ? Math.min(Math.max(gapMin / 2, 0), MAX_PADDING) : DEFAULT_PADDING;
}
const MAX_PADDING = 8;
const DEFAULT_PADDING = 3;

/**
 * How far `centre` is from the centre of the text area of columns a..b: from the padding past
 * column a-1's right edge to column b's right edge. The label column's right edge is not
 * printed (labels are ragged): there the text area starts anywhere from the longest label to
 * column 0's widest value, and the distance is to that interval.
 */
function offCentre(centre: number, columns: Column[], a: number, b: number, labelRight: number, pad: number): number {
  const r = columns[b]!.right;
  if (a > 0) return Math.abs(centre - (columns[a - 1]!.right + 2 * pad + r) / 2);
  const lo = (labelRight + 2 * pad + r) / 2;
  const hi = (Math.max(columns[0]!.textLeft ?? columns[0]!.left, labelRight + 2 * pad) + r) / 2;
  return centre < lo ? lo - centre : centre > hi ? centre - hi : 0;
}

/**
 * Cuts a segment where a gap between its runs straddles a column's right edge, and in data
 * rows (`cutRuns`) also inside one run of numbers drawn across columns (one text item
 * "990 077 1 033 024" over two right-aligned columns).
 */
function splitAtColumns(seg: Segment, columns: Column[], cutRuns = false): Segment[] {
  const rights = cutRuns ? columns.map((c) => c.right) : [];
  const parts = cutRuns ? seg.parts.flatMap((p) => cutPieces(cutRun(p, rights, seg.size)) ?? [p]) : seg.parts;
  if (parts.length < 2) return [seg];
  const out: Segment[] = [];
  let cur: Segment['parts'] = [];
  const flush = () => {
    if (cur.length === 0) return;
    out.push({ text: joinParts(cur, seg.size), box: union(cur.map((p) => p.box)), size: seg.size, parts: cur });
    cur = [];
  };
  for (const part of parts) {
    const prev = cur[cur.length - 1];
    if (prev && columns.some((c) => right(prev.box) <= c.right + 3 && part.box.x > c.right)) flush();
    cur.push(part);
  }
  flush();
  return out.length === 1 ? [seg] : out;
}

/** Pieces of runs cut inside at an estimated place, to be told apart from whole runs. */
const CUT_PIECES = new WeakSet<Segment['parts'][number]>();
function cutPieces(pieces: Segment['parts'] | null): Segment['parts'] | null {
  if (pieces) for (const p of pieces) CUT_PIECES.add(p);
  return pieces;
}

/**
 * A header line whose words came as one segment ("Region" centred over the labels, then
 * "Uppföljning" right-aligned over the first value column): cut after the last word that ends
 * before the first value column's text starts, when the words after it reach over that column.
 */
function splitOffLabelHeader(seg: Segment, columns: Column[]): Segment[] {
  const textLeft = columns[0]?.textLeft;
  if (textLeft === undefined || seg.parts.length < 2 || seg.box.x >= textLeft) return [seg];
  const k = seg.parts.findIndex((p, i) => i > 0 && right(p.box) >= textLeft - 2);
  if (k <= 0 || right(seg.parts[k - 1]!.box) >= textLeft - 2) return [seg];
  return [piece(seg.parts.slice(0, k), seg.size), piece(seg.parts.slice(k), seg.size)];
}

/** A segment of the given runs. */
function piece(parts: Segment['parts'], size: number): Segment {
  return { text: joinParts(parts, size), box: union(parts.map((p) => p.box)), size, parts };
}

/** Runs of one cell as text: a space where the gap is a space, glued where the digits touch. */
function joinParts(parts: Segment['parts'], size: number): string {
  let text = '';
  parts.forEach((p, k) => {
    const prev = parts[k - 1];
    if (prev && p.box.x - right(prev.box) > 0.1 * size) text += ' ';
    text += p.text;
  });
  return singleSpaced(text).trim();
}

function nearest(columns: Column[], x: number): number {
  let best = 0;
  let bestDist = Infinity;
  columns.forEach((c, k) => {
    const d = Math.abs(x - (c.left + c.right) / 2);
    if (d < bestDist) {
      bestDist = d;
      best = k;
    }
  });
  return best;
}
