import { YEAR_OR_CLOSING_DATE } from './closing-date.js';
import type { SourceLine } from './source-line.js';
import { toGridCell } from './source-line.js';
import type { Grid, GridCell } from './types.js';

/**
 * A table of one row copied out of a PDF or a web page runs its header and its row into one line:
 *
 *   Årets resultat 2023 2022 1 234 -567
 *   Eget kapital 2023-12-31 2022-12-31 48 200 45 900
 *
 * A label of words, then two years (or closing dates) or more, then figures and nothing else: the
 * years title the figures, as many figures as years. The figures are set apart only by spaces, so
 * they are read by their digit groups (a figure opens with any group and goes on with groups of
 * three digits). The line is read as a table of that row when exactly one way gives as many
 * figures as years; when several ways do, or the groups could be a figure fewer (a year left
 * blank), the first figure takes the fewest groups it may and the cells are marked uncertain, so
 * that no check over them errs. A sentence is never such a line.
 */
const LABEL = /^\p{L}[\p{L} ,()/&–-]{0,60}$/u;
const OPENING_GROUP = /^[-−–]?\d{1,3}(?:,\d+)?%?$/;
const LATER_GROUP = /^\d{3}(?:,\d+)?%?$/;
const MAX_GROUPS = 12;
const MIN_YEARS = 2;
export const DOUBT_GROUPS = 'siffergrupperna kan delas på flera sätt mellan åren';

interface Tok {
  text: string;
  from: number;
  to: number;
}

function tokens(raw: string): Tok[] {
  return [...raw.matchAll(/\S+/g)].map((m) => ({ text: m[0], from: m.index, to: m.index + m[0].length }));
}

/** The ways the groups split into `n` figures, each a list of group counts. */
function splits(groups: string[], n: number): number[][] {
  const out: number[][] = [];
  const walk = (at: number, acc: number[]): void => {
    if (out.length > 16) return;
    if (acc.length === n) {
      if (at === groups.length) out.push(acc);
      return;
    }
    if (at >= groups.length || !OPENING_GROUP.test(groups[at]!)) return;
    // A figure with decimals or a percent sign ends there.
    let k = at + 1;
    walk(k, [...acc, 1]);
    while (k < groups.length && /^\d{1,3}$/.test(groups[k - 1]!.replace(/^[-−–]/, '')) && LATER_GROUP.test(groups[k]!)) {
      k++;
      walk(k, [...acc, k - at]);
    }
  };
  walk(0, []);
  return out;
}

/** Whether the years count as one header: distinct, and each one year from the next (or closing dates). */
function yearRun(texts: string[]): boolean {
  if (new Set(texts).size !== texts.length) return false;
  const years = texts.map((t) => Number(t.slice(0, 4)));
  return years.every((y, k) => k === 0 || Math.abs(y - years[k - 1]!) === 1);
}

export function detectYearHeadedRow(file: string, lines: SourceLine[], i: number): { grid: Grid; end: number } | null {
  const src = lines[i]!;
  const toks = tokens(src.raw);
  const firstYear = toks.findIndex((t) => YEAR_OR_CLOSING_DATE.test(t.text));
  if (firstYear < 1) return null;
  let lastYear = firstYear;
  while (lastYear + 1 < toks.length && YEAR_OR_CLOSING_DATE.test(toks[lastYear + 1]!.text)) lastYear++;
  const years = toks.slice(firstYear, lastYear + 1);
  const groups = toks.slice(lastYear + 1);
  if (years.length < MIN_YEARS || !yearRun(years.map((y) => y.text)) || groups.length < years.length || groups.length > MAX_GROUPS) return null;
  const labelEnd = toks[firstYear - 1]!.to;
  const labelFrom = toks[0]!.from;
  if (!LABEL.test(src.raw.slice(labelFrom, labelEnd))) return null;
  const ways = splits(groups.map((g) => g.text), years.length);
  if (ways.length === 0) return null;
  const way = ways[0]!;
  // Another split, or one with a figure fewer (a year left blank), may be what the page meant.
  const doubt = ways.length > 1 || splits(groups.map((g) => g.text), years.length - 1).length > 0 ? DOUBT_GROUPS : undefined;
  const values: GridCell[] = [];
  let at = 0;
  for (const count of way) {
    const first = groups[at]!;
    const last = groups[at + count - 1]!;
    const cell = toGridCell(file, src, first.from, last.to);
    cell.readBy = 'spaced';
    if (doubt) cell.uncertain = doubt;
    values.push(cell);
    at += count;
  }
  const label = toGridCell(file, src, labelFrom, labelEnd);
  const head: GridCell[] = [{ ...label, text: '', header: true }, ...years.map((y) => ({ ...toGridCell(file, src, y.from, y.to), header: true }))];
  const grid: Grid = {
    kind: 'grid',
    source: 'spaced',
    caption: null,
    rows: [
      { cells: head, location: head[0]!.location },
      { cells: [label, ...values], location: label.location },
    ],
    headerRows: 1,
  };
  return { grid, end: i + 1 };
}
