import type { SourceLine } from './source-line.js';
import { toGridCell } from './source-line.js';
import type { Grid, GridCell, GridRow } from './types.js';

/**
 * A series of figures by year written on one line, as a list:
 *
 *   2019: 120, 2020: 135, 2021: 150
 *   Antal platser: 2019 – 120; 2020 – 135; 2021 – 150
 *   2019 120 2020 135 2021 150
 *
 * Three or more years, each the one before plus one, each followed by one figure. It is read as
 * a table of kind `list` (a row per year), so its figures are checked as a table's are; words
 * before the first year name the figures' column. The line must be the series and nothing
 * else (after the optional words): a sentence that mentions years is prose. Without a colon or
 * dash after each year the figures are set apart only by spaces and read by digit groups: the
 * cells say so (`spaced`).
 */
const MIN_YEARS = 3;
/** A year, a separator, then a figure in digit groups with an optional unit, up to the next separator. */
const YEAR_AT = /(?:^|[\s,;])((?:19|20)\d{2})(?=[\s:])/g;
const VALUE = /^([-−–]?\d{1,3}(?: \d{3})*(?:,\d+)?)(?:\s?(?:%|procent|kr|kronor|tkr|mnkr|mkr|mdkr|miljoner kronor|miljarder kronor))?$/;
const SEPARATOR = /^\s*(?::|[–-](?=\s))\s*/;
/** Words before the series: a short title, ending in a colon or not. */
const TITLE = /^[\p{L}][\p{L}\s()/.,%-]{0,60}$/u;

/** Where the text before `stop` ends once the separators after a figure (spaces, ",", ";", ".") are left out. */
function trimEnd(raw: string, from: number, stop: number): number {
  let end = stop;
  while (end > from && ' \t,;.'.includes(raw[end - 1]!)) end--;
  return end;
}

interface Pair {
  year: [number, number];
  value: [number, number];
  marked: boolean;
}

function pairs(raw: string): { title: [number, number] | null; items: Pair[] } | null {
  const starts: { at: number; year: number; end: number }[] = [];
  for (const m of raw.matchAll(YEAR_AT)) {
    const at = m.index + m[0].length - m[1]!.length;
    const year = Number(m[1]);
    const last = starts[starts.length - 1];
    // Only the next year opens the next pair: a four-digit figure is never a digit group.
    if (last && year !== last.year + 1) continue;
    starts.push({ at, year, end: at + 4 });
  }
  if (starts.length < MIN_YEARS) return null;
  const before = raw.slice(0, starts[0]!.at).trim().replace(/:$/, '').trim();
  if (before !== '' && !TITLE.test(before)) return null;
  const items: Pair[] = [];
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k]!;
    const stop = k + 1 < starts.length ? starts[k + 1]!.at : raw.length;
    const rest = raw.slice(s.end, stop);
    const sep = SEPARATOR.exec(rest);
    const from = s.end + (sep ? sep[0].length : 0);
    if (!sep && !/^\s/.test(rest)) return null;
    const text = raw.slice(from, trimEnd(raw, from, stop));
    const body = text.trimStart();
    if (!VALUE.test(body)) return null;
    const lead = text.length - body.length;
    items.push({ year: [s.at, s.end], value: [from + lead, from + text.length], marked: sep !== null && sep[0].trim() !== '' });
  }
  const start = raw.length - raw.trimStart().length;
  return { title: before === '' ? null : [start, start + before.length], items };
}

export function detectInlineYearSeries(file: string, lines: SourceLine[], start: number): { grid: Grid; end: number } | null {
  const src = lines[start]!;
  // Rejected at once unless the line holds a year: most lines of a text hold none.
  if (!/(?:19|20)\d{2}/.test(src.raw)) return null;
  const found = pairs(src.raw.trimEnd());
  if (!found) return null;
  const rows: GridRow[] = found.items.map((p) => {
    const label = toGridCell(file, src, p.year[0], p.year[1]);
    const value = toGridCell(file, src, p.value[0], p.value[1]);
    if (!p.marked) value.readBy = 'spaced';
    return { cells: [label, value], location: label.location };
  });
  const head: GridCell[] = [
    { ...rows[0]!.cells[0]!, text: '', header: true },
    found.title ? { ...toGridCell(file, src, found.title[0], found.title[1]), header: true } : { ...rows[0]!.cells[1]!, text: '', header: true, readBy: undefined },
  ];
  const grid: Grid = { kind: 'grid', source: 'list', caption: null, rows: [{ cells: head, location: head[0]!.location }, ...rows], headerRows: 1, labelsSet: true };
  return { grid, end: start + 1 };
}
