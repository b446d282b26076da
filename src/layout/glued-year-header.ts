import { detectGluedYearColumns, mayStartGluedYears } from './glued-year-columns.js';
import { looksValue } from './looks-numeric.js';
import type { SourceLine } from './source-line.js';

/**
 * A header of years that lost its cell separators when the page was copied, over rows that kept
 * theirs (tabs, wide gaps, single spaces, or one cell a line):
 *
 *   Kommun2016201720182019          ← "Kommun" | 2016 | 2017 | 2018 | 2019
 *   Ale	1 200	1 250	1 300	1 320
 *
 * The line is split only where the split is certain: after the label column's title (words, no
 * figure), a run of four-digit years, each the one before plus one step (one to ten years, up or
 * down), as many as the row below has figures (under single spaces, at least as many digit groups).
 * It is written again as the rows are: its titles set apart by tabs, set right over the figures'
 * right edges, set apart by single spaces, or one a line (a blank line between where the cells
 * have one). A header whose rows are glued too is left to glued-year-columns.ts.
 */
const MIN_YEARS = 2;
const MAX_YEARS = 16;
const MAX_STEP = 10;
const MAX_TITLE = 40;
const SEGMENT = /\S(?:\S| (?! ))*/g;

/** The label column's title (maybe empty) and the years, when the line is such a header. */
export function gluedYearHeader(raw: string): { title: string; years: string[] } | null {
  const s = raw.trim();
  let at = s.length;
  while (at > 0 && s.charCodeAt(at - 1) >= 48 && s.charCodeAt(at - 1) <= 57) at--;
  const digits = s.slice(at);
  const title = s.slice(0, at).trim();
  if (digits.length < 4 * MIN_YEARS || digits.length > 4 * MAX_YEARS || digits.length % 4 !== 0) return null;
  if (title.length > MAX_TITLE || /\d/.test(title) || (title !== '' && !/^\p{L}/u.test(title))) return null;
  const years = digits.match(/\d{4}/g)!;
  const ys = years.map(Number);
  if (ys.some((y) => y < 1900 || y > 2099)) return null;
  return steppedYears(ys) || repeatedSeries(ys) ? { title, years } : null;
}

/** Each year the one before plus one step (one to ten years, up or down). */
function steppedYears(ys: readonly number[]): boolean {
  const step = ys[1]! - ys[0]!;
  if (step === 0 || Math.abs(step) > MAX_STEP) return false;
  return ys.every((y, k) => k === 0 || y === ys[k - 1]! + step);
}

/**
 * The same stepped series again under each group of a header above ("Intäkter" over 2019 2020,
 * "Kostnader" over 2019 2020 run together as "2019202020192020"): the years fall into equal parts
 * of two or more, each the same stepped series. The part's length is the shortest that repeats.
 */
function repeatedSeries(ys: readonly number[]): boolean {
  for (let part = 2; part <= ys.length / 2; part++) {
    if (ys.length % part !== 0) continue;
    const first = ys.slice(0, part);
    if (steppedYears(first) && ys.every((y, k) => y === first[k % part])) return true;
  }
  return false;
}

const isBlank = (l: SourceLine | undefined): boolean => l !== undefined && l.raw.trim() === '';

/** The header written again in the rows' layout, or null when the rows do not have as many figures as it has years. */
function rewritten(lines: SourceLine[], i: number, head: { title: string; years: string[] }): SourceLine[] | null {
  const src = lines[i]!;
  const n = head.years.length;
  const gap = isBlank(lines[i + 1]);
  const next = lines[gap ? i + 2 : i + 1];
  if (next === undefined || isBlank(next)) return null;
  const raw = next.raw;
  const own = (text: string): SourceLine => ({ ...src, raw: text });
  if (raw.includes('\t')) {
    const cells = raw.split('\t');
    return cells.length - 1 === n && cells.slice(1).every((c) => looksValue(c.trim())) ? [own([head.title, ...head.years].join('\t'))] : null;
  }
  const segs = [...raw.matchAll(SEGMENT)].map((m) => ({ text: m[0], to: m.index + m[0].length }));
  if (segs.length > 2 && / {2}/.test(raw.trim())) {
    const values = segs.slice(1);
    if (values.length !== n || !values.every((v) => looksValue(v.text))) return null;
    // Each year set right over its column's figures, the title at the line's start.
    let out = head.title;
    for (const [k, v] of values.entries()) out = out.padEnd(Math.max(out.length + 2, v.to - head.years[k]!.length)) + head.years[k];
    return [own(out)];
  }
  const tokens = raw.trim().split(/\s+/);
  // A repeated series over single-spaced rows: such rows may have lost their separators too ("Hela riket21 06721 404…"), left to glued-sums.ts.
  if (tokens.length > 1 && /\d/.test(raw) && repeatedSeries(head.years.map(Number)) && !steppedYears(head.years.map(Number))) return null;
  if (tokens.length > 1 && /\d/.test(raw)) {
    let figures = 0;
    while (figures < tokens.length - 1 && /^[-−]?\d+(?:,\d+)?$/.test(tokens[tokens.length - 1 - figures]!)) figures++;
    return figures >= n && /\p{L}/u.test(tokens[0]!) ? [own([head.title, ...head.years].filter((t) => t !== '').join(' '))] : null;
  }
  // One cell a line: a label, then as many figures, each on its line (a blank line between where the header has one).
  if (looksValue(raw.trim())) return null;
  const step = gap ? 2 : 1;
  const start = gap ? i + 2 : i + 1;
  for (let k = 1; k <= n; k++) {
    const cell = lines[start + k * step];
    if (cell === undefined || isBlank(cell) || !looksValue(cell.raw.trim()) || (gap && !isBlank(lines[start + k * step - 1]))) return null;
  }
  const texts = [head.title, ...head.years].filter((t) => t !== '');
  const column = (src.column ?? 1) + (src.raw.length - src.raw.trimStart().length);
  const out: SourceLine[] = [];
  let offset = 0;
  for (const [k, text] of texts.entries()) {
    if (k > 0 && gap) out.push({ raw: '', line: src.line, column: column + offset });
    out.push({ raw: text, line: src.line, column: column + offset });
    offset += text.length;
  }
  return out;
}

/** Splits every such header line; other lines are handed on as they are. */
export function splitGluedYearHeaders(lines: SourceLine[]): SourceLine[] {
  let out: SourceLine[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const src = lines[i]!;
    const head = /\d{8}\s*$/.test(src.raw) ? gluedYearHeader(src.raw) : null;
    const parts = head && !(mayStartGluedYears(lines, i) && detectGluedYearColumns('', lines, i) !== null) ? rewritten(lines, i, head) : null;
    if (parts && !out) out = lines.slice(0, i);
    if (out) out.push(...(parts ?? [src]));
  }
  return out ?? lines;
}
