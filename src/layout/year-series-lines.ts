import { looksValue } from './looks-numeric.js';
import type { SourceLine } from './source-line.js';
import { toGridCell } from './source-line.js';
import type { Grid, GridCell } from './types.js';

/**
 * A row of figures by year, as a web page's table across the years pastes one cell a line:
 *
 *   År            (a title for the label column, maybe)
 *   2016
 *   2017
 *   2018
 *   Mnkr          (the row's label, maybe)
 *   12,5
 *   13,0
 *   14,2
 *
 * Three or more years, each the one before plus one (or minus one), then as many figures as
 * years, blank lines between any of them. The figures may carry their scale ("48 milj.") or
 * stand for a figure not given ("N/A", "–"). Fewer or more figures than years is not this shape.
 * Each cell stands on its own line, so the reading is not a guess.
 */
const YEAR = /^(?:19|20)\d{2}$/;
const MIN_YEARS = 3;
const MAX_YEARS = 30;
/** A short title or label line: words, no figures. */
const WORDS = /^[\p{L}][\p{L} .,:()/-]{0,39}$/u;
const MAX_BLANKS = 2;

const isValue = (t: string): boolean => looksValue(t);

/** The next non-blank line from `i` (at most MAX_BLANKS blank lines over), or -1. */
function nextLine(lines: SourceLine[], i: number): number {
  let blanks = 0;
  for (let k = i; k < lines.length; k++) {
    if (lines[k]!.raw.trim() !== '') return k;
    if (++blanks > MAX_BLANKS) return -1;
  }
  return -1;
}

export function detectYearSeriesLines(file: string, lines: SourceLine[], start: number): { grid: Grid; end: number } | null {
  const first = lines[start]!.raw.trim();
  // Rejected at once unless the line is a year or a short title right above one.
  let at = start;
  let title: SourceLine | null = null;
  if (!YEAR.test(first)) {
    if (!WORDS.test(first)) return null;
    const k = nextLine(lines, start + 1);
    if (k < 0 || !YEAR.test(lines[k]!.raw.trim())) return null;
    title = lines[start]!;
    at = k;
  }
  const years: SourceLine[] = [];
  let k = at;
  while (k >= 0 && k < lines.length && YEAR.test(lines[k]!.raw.trim()) && years.length < MAX_YEARS) {
    const y = Number(lines[k]!.raw.trim());
    if (years.length >= 2) {
      const step = Number(years[1]!.raw.trim()) - Number(years[0]!.raw.trim());
      if (y - Number(years[years.length - 1]!.raw.trim()) !== step) break;
    } else if (years.length === 1 && Math.abs(y - Number(years[0]!.raw.trim())) !== 1) break;
    years.push(lines[k]!);
    k = nextLine(lines, k + 1);
  }
  if (years.length < MIN_YEARS || k < 0) return null;
  let label: SourceLine | null = null;
  if (WORDS.test(lines[k]!.raw.trim())) {
    label = lines[k]!;
    k = nextLine(lines, k + 1);
    if (k < 0) return null;
  }
  const values: SourceLine[] = [];
  while (k >= 0 && k < lines.length && values.length < years.length && isValue(lines[k]!.raw.trim())) {
    values.push(lines[k]!);
    k = nextLine(lines, k + 1);
  }
  if (values.length !== years.length) return null;
  // A further figure right after would make the count uneven: not this shape.
  if (k >= 0 && k < lines.length && isValue(lines[k]!.raw.trim())) return null;
  const whole = (src: SourceLine): GridCell => {
    const from = src.raw.length - src.raw.trimStart().length;
    return toGridCell(file, src, from, src.raw.trimEnd().length);
  };
  const empty = (src: SourceLine): GridCell => ({ ...toGridCell(file, src, 0, 0), text: '' });
  const head = [title ? whole(title) : empty(years[0]!), ...years.map(whole)].map((c) => ({ ...c, header: true }));
  const row = [label ? whole(label) : empty(values[0]!), ...values.map(whole)];
  const last = values[values.length - 1]!;
  const end = lines.indexOf(last) + 1;
  return {
    grid: {
      kind: 'grid',
      source: 'cell-per-line',
      caption: null,
      rows: [
        { cells: head, location: head[1]!.location },
        { cells: row, location: row[1]!.location },
      ],
      headerRows: 1,
    },
    end,
  };
}
