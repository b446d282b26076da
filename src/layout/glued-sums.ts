import type { Problem } from '../model/document.js';
import type { SourceLine } from './source-line.js';
import { toGridCell } from './source-line.js';
import type { Grid, GridCell, GridRow } from './types.js';
import { isTotalLabelText } from './total-label.js';
import { oncePerLine } from './once-per-line.js';
import { t } from '../messages/index.js';

/**
 * A table copied out of a web page with every cell separator lost, values under a thousand among
 * its figures, so that digit groups alone do not tell where one value ends and the next begins:
 *
 *   Län201320142013201420132014                    (years set against each other, one group per measure)
 *   Hela riket21 06721 4044 6674 45516 40016 949
 *   Kalmar295190829221398
 *
 *   OmrådeAntal ansöknSökt beloppAnslagetFördelat 2013   (titles set against each other)
 *   Ljungdalen175 00079 08979 089
 *   Summa totalt513 493 5231 539 8941 539 893
 *
 * The header gives the column count. A space stands only inside a number (before a group of
 * three digits), so every way to cut a row's run into that many values is a reading. Sums decide
 * between them, never sizes: where the header repeats its years in groups, the first (or the last)
 * group is the sum of the others in every row ("Alla" = "Därav småhus" + "Därav flerbostadshus"),
 * taken only when every row has a reading that shows it; and a total row is the sum of a run of
 * rows reaching the table's far end, the one combination of readings that adds up in all its
 * columns (all but one, when only one does: that column's disagreement is the page's, and is left
 * to the checks). A row left with one reading is read; a row the sums leave open keeps its label,
 * gets no values and is reported as unreadable, so nothing is guessed and nothing is lost. Every
 * value is a reading (`readBy: "glued"`): a sum over it warns, never errs.
 */

const MIN_ROWS = 3;
const MIN_COLUMNS = 2;
const MAX_COLUMNS = 16;
const MAX_LINE = 200;
const MAX_TITLE = 40;
/** Readings of one row kept at most: a dozen values of one to three digits have fewer. */
const MAX_READINGS = 5000;
/** Combinations of readings the total row's sums try at most. */
const MAX_COMBINATIONS = 200_000;
/** Digits a value may have: sums stay exact in a double. */
const MAX_DIGITS = 15;

const YEAR = /^(?:19|20)\d{2}$/;
/** Where a title is set against the one before it ("ansöknSökt", "2013Alla"). */
const TITLE_GLUE = /(?<=[\p{Ll}\d)])(?=\p{Lu})/u;
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

interface Header {
  /** The label column's title ("Län", "Område"). */
  stub: string;
  titles: string[];
  /** Years repeated in groups: the group size (years per group) and the number of groups. */
  groups: { size: number; count: number } | null;
}

/** "Län201320142013201420132014": a stub title, then years set against each other. */
function yearHeader(raw: string): Header | null {
  const s = raw.trim();
  let d = 0;
  while (d < s.length && !isDigit(s[d])) d++;
  const digits = s.slice(d);
  if (digits.length < 8 || digits.length % 4 !== 0 || digits.length > 4 * MAX_COLUMNS || !/^\d+$/.test(digits)) return null;
  const stub = s.slice(0, d).trim();
  if (stub.length > MAX_TITLE) return null;
  const years = digits.match(/\d{4}/g)!;
  if (!years.every((y) => YEAR.test(y))) return null;
  const ys = years.map(Number);
  const consecutive = (xs: number[]): boolean => xs.length < 2 || (Math.abs(xs[1]! - xs[0]!) === 1 && xs.every((y, k) => k === 0 || y - xs[k - 1]! === xs[1]! - xs[0]!));
  if (consecutive(ys)) return { stub, titles: years, groups: null };
  // The same block of consecutive years again and again: a group of columns per measure.
  for (let size = 1; size <= ys.length / 2; size++) {
    if (ys.length % size !== 0) continue;
    const block = ys.slice(0, size);
    if (!consecutive(block) || !ys.every((y, k) => y === block[k % size])) continue;
    return { stub, titles: years, groups: { size, count: ys.length / size } };
  }
  return null;
}

/** "OmrådeAntal ansöknSökt beloppAnslagetFördelat 2013": the stub title, then a title per column. */
function titleHeader(raw: string): Header | null {
  const s = raw.trim();
  if (s.length > MAX_LINE || !/^\p{Lu}/u.test(s)) return null;
  const parts = s.split(TITLE_GLUE).map((p) => p.trim());
  if (parts.length < MIN_COLUMNS + 1 || parts.length > MAX_COLUMNS + 1) return null;
  // Titles are words; a year may close one ("Fördelat 2013").
  if (!parts.every((p) => p.length <= MAX_TITLE && /^\p{Lu}[\p{L}\s.,/()%-]*(?:\s(?:19|20)\d{2})?$/u.test(p))) return null;
  return { stub: parts[0]!, titles: parts.slice(1), groups: null };
}

const headerOf = (raw: string): Header | null => (raw.length > MAX_LINE ? null : (yearHeader(raw) ?? titleHeader(raw)));

interface GluedLine {
  src: SourceLine;
  /** End of the label, and start of the run, in raw. */
  labelEnd: number;
  runStart: number;
  run: string;
}

/** A label ending in a letter or ")" directly followed by digits, spaces and dashes only. */
const rowOf = oncePerLine((src: SourceLine): GluedLine | null => {
  const raw = src.raw.trimEnd();
  if (raw.length > MAX_LINE || raw.includes('\t')) return null;
  let end = raw.length;
  while (end > 0 && (isDigit(raw[end - 1]) || raw[end - 1] === ' ' || raw[end - 1] === '\u00a0' || raw[end - 1] === '-')) end--;
  if (end === 0 || !/[\p{L})]/u.test(raw[end - 1]!)) return null;
  let runStart = end;
  while (runStart < raw.length && (raw[runStart] === ' ' || raw[runStart] === '\u00a0')) runStart++;
  const run = raw.slice(runStart);
  if (!/\d/.test(run) || !(isDigit(run[0]) || run[0] === '-')) return null;
  if ((raw.slice(0, end).match(/\p{L}/gu) ?? []).length < 2) return null;
  return { src, labelEnd: end, runStart, run };
});

/** One value of a reading: its offsets in the run and its number (null for a dash: nothing). */
interface Value {
  from: number;
  to: number;
  n: number | null;
}

/**
 * Every way to cut the run into exactly `width` values. A value is a dash (nothing), or a number:
 * an optional minus, one to three digits (no leading zero but "0"), then groups of three digits
 * after a space. Values stand against each other with nothing between them.
 */
export function gluedReadings(run: string, width: number): Value[][] {
  const out: Value[][] = [];
  const acc: Value[] = [];
  const visit = (p: number): void => {
    if (out.length >= MAX_READINGS) return;
    if (p === run.length) {
      if (acc.length === width) out.push(acc.slice());
      return;
    }
    if (acc.length === width) return;
    if (run[p] === '-') {
      acc.push({ from: p, to: p + 1, n: null });
      visit(p + 1);
      acc.pop();
    }
    const s = run[p] === '-' ? p + 1 : p;
    for (let len = 1; len <= 3 && isDigit(run[s + len - 1]); len++) {
      if (len > 1 && run[s] === '0') break;
      let q = s + len;
      // "0" is a value; "0 000" is none.
      if (run[s] === '0' && run[q] === ' ') break;
      while (run[q] === ' ' && isDigit(run[q + 1]) && isDigit(run[q + 2]) && isDigit(run[q + 3])) q += 4;
      // A space stands only inside a number: one left over ends no value.
      if (run[q] === ' ') continue;
      const digits = run.slice(s, q).replace(/ /g, '');
      if (digits.length > MAX_DIGITS) continue;
      acc.push({ from: p, to: q, n: Number(run.slice(p, q).replace(/ /g, '')) });
      visit(q);
      acc.pop();
    }
  };
  visit(0);
  return out;
}

const num = (v: Value): number => v.n ?? 0;

/** In every group of year columns, the first (or last) group is the sum of the others. */
function showsGroups(r: Value[], size: number, count: number, first: boolean): boolean {
  for (let y = 0; y < size; y++) {
    const at = (g: number): number => num(r[g * size + y]!);
    const totalGroup = first ? 0 : count - 1;
    let sum = 0;
    for (let g = 0; g < count; g++) if (g !== totalGroup) sum += at(g);
    if (sum !== at(totalGroup)) return false;
  }
  return true;
}

/** Each row's readings, narrowed by the groups' sums when every row shows them one way. */
function byGroups(readings: Value[][][], header: Header): Value[][][] {
  const g = header.groups;
  if (!g) return readings;
  const ways = [true, false].filter((first) => readings.every((rs) => rs.some((r) => showsGroups(r, g.size, g.count, first))));
  if (ways.length !== 1) return readings;
  return readings.map((rs) => rs.filter((r) => showsGroups(r, g.size, g.count, ways[0]!)));
}

/**
 * The readings the total row's sums fix: the total row at the top or bottom, the rows it sums a
 * run reaching the other end of the table; the one combination of readings whose columns add up
 * (in every column, or, when no combination does, in all but one). Rows outside the run, or a
 * search too large, are left as they are.
 */
function bySums(readings: Value[][][], labels: string[], width: number): Value[][][] {
  const n = readings.length;
  const totalAt = [0, n - 1].filter((k) => isTotalLabelText(labels[k]!.trim().split(/\s+/)[0] ?? ''));
  if (totalAt.length !== 1) return readings;
  const total = totalAt[0]!;
  const runs: [number, number][] = [];
  if (total === 0) for (let s = 1; s <= n - 2; s++) runs.push([s, n]);
  else for (let s = 0; s <= n - 3; s++) runs.push([s, n - 1]);
  const need = Math.max(2, width - 1);
  let best: { holds: number; picks: Map<number, Value[]> }[] = [];
  let tried = 0;
  for (const [from, to] of runs) {
    const members = [total, ...Array.from({ length: to - from }, (_, k) => from + k)];
    const picks = new Array<Value[]>(n);
    const sums = new Array<number>(width).fill(0);
    const visit = (k: number): void => {
      if (++tried > MAX_COMBINATIONS) return;
      if (k === members.length) {
        const totalRow = picks[total]!;
        let holds = 0;
        for (let c = 0; c < width; c++) if (sums[c] === num(totalRow[c]!)) holds++;
        if (holds < need) return;
        const found = { holds, picks: new Map(members.map((m) => [m, picks[m]!])) };
        if (best.length === 0 || holds > best[0]!.holds) best = [found];
        else if (holds === best[0]!.holds) best.push(found);
        return;
      }
      const row = members[k]!;
      for (const r of readings[row]!) {
        picks[row] = r;
        if (row !== total) r.forEach((v, c) => (sums[c]! += num(v)));
        visit(k + 1);
        if (row !== total) r.forEach((v, c) => (sums[c]! -= num(v)));
      }
    };
    visit(0);
  }
  if (tried > MAX_COMBINATIONS || best.length !== 1) return readings;
  return readings.map((rs, k) => {
    const pick = best[0]!.picks.get(k);
    return pick ? [pick] : rs;
  });
}

/**
 * The column count of a header of years over rows set against each other, or null: for lines left
 * as prose. A reader may have set the years apart ("2016 2015 2014") while the rows stay glued.
 */
export function gluedYearColumns(raw: string): number | null {
  const header = raw.length > MAX_LINE ? null : yearHeader(raw.replace(/(?<=\d)\s+(?=\d)/gu, ''));
  return header ? header.titles.length : null;
}

/** A label then a run that cuts into `width` values set against each other, as under such a header. */
export function isGluedRow(raw: string, width: number): boolean {
  const row = rowOf({ raw, line: 0 });
  return row !== null && yearHeader(raw) === null && gluedReadings(row.run, width).length > 0;
}

/** Cheap test asked at a line: it is such a header (or the group titles right above one) over a row. */
export function mayStartGluedSums(lines: SourceLine[], i: number): boolean {
  return headerAt(lines, i) !== null;
}

/** A row of figures, not a header of years ("Län20132014" reads as a label and digits too). */
const isRow = (src: SourceLine | undefined): boolean => src !== undefined && rowOf(src) !== null && yearHeader(src.raw) === null;

/** The header at line `i` over a row, or at the next line under a line of group titles; null when neither. */
function headerAt(lines: SourceLine[], i: number): { at: number; header: Header } | null {
  const own = headerOf(lines[i]!.raw);
  if (own && isRow(lines[i + 1])) return { at: i, header: own };
  const next = lines[i + 1] ? headerOf(lines[i + 1]!.raw) : null;
  if (next && !/\d/.test(lines[i]!.raw) && isRow(lines[i + 2])) return { at: i + 1, header: next };
  return null;
}

export function detectGluedSums(file: string, lines: SourceLine[], start: number): { grid: Grid; end: number } | null {
  const found = headerAt(lines, start);
  if (!found) return null;
  const { at, header } = found;
  const groupLine = at > start ? lines[start]! : null;
  const width = header.titles.length;
  if (width < MIN_COLUMNS || width > MAX_COLUMNS) return null;
  const rows: GluedLine[] = [];
  for (let k = at + 1; k < lines.length; k++) {
    if (!isRow(lines[k])) break;
    rows.push(rowOf(lines[k]!)!);
  }
  if (rows.length < MIN_ROWS) return null;
  const raw = rows.map((r) => gluedReadings(r.run, width));
  // A row that cuts into no reading at all is no row of this table: the class does not hold.
  if (raw.some((rs) => rs.length === 0 || rs.length >= MAX_READINGS)) return null;
  // Only a table whose rows split more than one way needs this reader; the others read it by digit groups.
  if (raw.every((rs) => rs.length === 1)) return null;
  const labels = rows.map((r) => r.src.raw.slice(0, r.labelEnd).trim());
  const readings = bySums(byGroups(raw, header), labels, width);
  if (readings.filter((rs) => rs.length === 1).length < MIN_ROWS) return null;

  const anchor = lines[at]!;
  const headCell = (src: SourceLine, text: string): GridCell => ({ ...emptyCell(file, src), text, header: true });
  const gridRows: GridRow[] = [];
  // Group titles set against each other above the years, one per column ("Alla lägenheter jan-sep" …).
  const groupTitles = groupLine ? groupLine.raw.trim().split(TITLE_GLUE).map((p) => p.trim()) : null;
  if (groupLine && groupTitles && groupTitles.length === width) {
    gridRows.push({ cells: [headCell(groupLine, ''), ...groupTitles.map((g) => headCell(groupLine!, g))], location: { file, line: groupLine.line } });
  }
  gridRows.push({ cells: [headCell(anchor, header.stub), ...header.titles.map((h) => headCell(anchor, h))], location: { file, line: anchor.line } });
  const problems: Problem[] = [];
  for (const [k, r] of rows.entries()) {
    const label = toGridCell(file, r.src, 0, r.labelEnd);
    const rs = readings[k]!;
    if (rs.length !== 1) {
      // The sums leave the cut open: no value is guessed, and the row is reported.
      problems.push({ message: t('reading.gluedUnreadable', { run: r.run, row: label.text, ways: String(rs.length) }), location: label.location });
      gridRows.push({ cells: [label, ...Array.from({ length: width }, () => emptyCell(file, r.src))], location: label.location });
      continue;
    }
    const cells = rs[0]!.map((v) => ({ ...toGridCell(file, r.src, r.runStart + v.from, r.runStart + v.to), readBy: 'glued' as const }));
    gridRows.push({ cells: [label, ...cells], location: label.location });
  }
  const grid: Grid = { kind: 'grid', source: 'glued', caption: null, rows: gridRows, headerRows: gridRows.length - rows.length };
  if (problems.length > 0) grid.problems = problems;
  return { grid, end: at + 1 + rows.length };
}

function emptyCell(file: string, src: SourceLine): GridCell {
  return { text: '', location: { file, line: src.line }, colspan: 1, rowspan: 1, header: false, bold: false };
}
