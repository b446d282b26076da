import { itemRun, LIST_BULLET } from './list-items.js';
import type { SourceLine } from './source-line.js';
import { toGridCell } from './source-line.js';
import type { Grid, GridCell, GridRow } from './types.js';

/**
 * Lists whose every item names something and gives it two or more amounts, the way news pages
 * and municipal sites print a table they did not set as one:
 *
 *   - Bjurholms kommun, 103,7 miljoner kronor (sökt 208,8 mnkr)
 *   Helsingborg – 13 miljoner i år och sen 69 miljoner årligen.
 *   * Nämnd A: 4,2 mnkr 2024, 4,5 mnkr 2025
 *
 * The labels need not be regions (municipalities, committees, projects): the shape makes the
 * table. A run of at least MIN_ITEMS lines (blank lines between them allowed) becomes a grid
 * of source `list` with a label cell and one cell per amount when every item has the same
 * number (two or more) of amounts, each written with its scale or currency word, each column
 * in one scale ("miljoner kronor" and "mnkr" alike), and only a few words around them. The items are
 * bullets, or plain lines after a lead-in ending in ":". A list with one amount per item stays
 * prose: the text rules check it against its lead-in.
 */
const MIN_ITEMS = 3;
const MAX_LABEL = 60;
const MAX_WORDS = 6;
const LABEL = /^[A-ZÅÄÖ][^\d:–—\t()]*$/;
const NUMBER = /[-−]?(?:\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+|\d+)(?:,\d+)?/y;
const UNIT_WORD = /^[ \u00a0]*(miljarder|miljard|miljoner|miljon|mdkr|mnkr|mkr|tkr|kronor|kr|sek|euro|procent|%)(?![\p{L}\d])/iu;
const SECOND_UNIT = /^[ \u00a0]*(kronor|kr)(?![\p{L}\d])/iu;
/** What may stand between the label and its first amount. */
const SEPARATORS = ',:–—-';

type Span = [number, number];

interface Item {
  src: SourceLine;
  label: Span;
  values: Span[];
  /** The scale of each amount ("1e6" for "miljoner kronor" and "mnkr" alike). */
  scales: string[];
  bullet: boolean;
}

/** The amount at `at`: a number and its unit words, or null when the number has none (a year, a count). */
function amountAt(raw: string, at: number): { end: number; unit: string } | null {
  NUMBER.lastIndex = at;
  const m = NUMBER.exec(raw);
  if (!m) return null;
  let end = at + m[0].length;
  if (/\d/.test(raw[end] ?? '')) return null;
  const w = UNIT_WORD.exec(raw.slice(end));
  if (!w) return null;
  end += w[0].length;
  let unit = w[1]!.toLowerCase();
  const c = SECOND_UNIT.exec(raw.slice(end));
  if (c && unit !== 'kronor' && unit !== 'kr') {
    end += c[0].length;
    unit += ' ' + c[1]!.toLowerCase();
  }
  return { end, unit };
}

/** The scale of a bare figure in parentheses: the list's one scale, when it has one. */
const BARE = 'bare';

/**
 * "(sökt 20)", "(2023: 18,5)": a figure without unit words, alone in parentheses after an amount,
 * is in the unit of the amounts around it.
 */
function bareInParentheses(raw: string, at: number): { end: number; unit: string } | null {
  const open = raw.lastIndexOf('(', at);
  if (open < 0 || raw.slice(open, at).includes(')') || /\d/.test(raw.slice(open + 1, at))) return null;
  NUMBER.lastIndex = at;
  const m = NUMBER.exec(raw);
  if (!m) return null;
  const end = at + m[0].length;
  return /^\s*\)/.test(raw.slice(end)) ? { end, unit: '' } : null;
}

const SCALE: Record<string, string> = {
  miljarder: '1e9', miljard: '1e9', mdkr: '1e9',
  miljoner: '1e6', miljon: '1e6', mnkr: '1e6', mkr: '1e6',
  tkr: '1e3', kronor: '1', kr: '1', sek: '1', euro: 'eur', procent: '%', '%': '%',
};

function words(text: string): number {
  const t = text.replace(/[()[\].;,]/g, ' ').trim();
  return t === '' ? 0 : t.split(/\s+/).length;
}

/** One item: "Label, 12,3 miljoner kronor (sökt 20 mnkr)". Read piece by piece, not by one backtracking pattern. */
export function parseFigureItem(raw: string): { label: Span; values: Span[]; scales: string[]; bullet: boolean } | null {
  let from = raw.length - raw.trimStart().length;
  const bullet = LIST_BULLET.exec(raw.slice(from));
  if (bullet) from += bullet[0].length;
  const digit = raw.slice(from).search(/\d/);
  if (digit < 0) return null;
  let valueFrom = from + digit;
  // "Nämnd: −4,2 mnkr": a minus right before the number, after a separator, is its sign.
  if ('-−'.includes(raw[valueFrom - 1] ?? '') && /[,:–—-]\s*$/.test(raw.slice(from, valueFrom - 1))) valueFrom--;
  // The label ends in a separator: trimmed by hand, since a pattern anchored at the end would backtrack over spaces.
  const head = raw.slice(from, valueFrom).trimEnd();
  if (head === '' || !SEPARATORS.includes(head.slice(-1))) return null;
  const label = head.slice(0, -1).replaceAll('*', ' ').trim();
  if (label === '' || label.length > MAX_LABEL || !LABEL.test(label)) return null;
  const labelFrom = raw.indexOf(label.slice(0, 1), from);
  const values: Span[] = [];
  const scales: string[] = [];
  // A new sentence after the amounts describes the item ("… (sökt 20 mnkr). Medlen går till skolan."): the item ends before it.
  const sentence = /[.!?)]\s+(?=[A-ZÅÄÖ])/.exec(raw.slice(valueFrom));
  const line = sentence ? raw.slice(0, valueFrom + sentence.index + 1) : raw;
  let at = valueFrom;
  for (;;) {
    const a = amountAt(line, at) ?? (values.length > 0 ? bareInParentheses(line, at) : null);
    if (!a) return null;
    scales.push(a.unit === '' ? BARE : SCALE[a.unit.split(' ')[0]!]!);
    values.push([at, a.end]);
    const next = line.slice(a.end).search(/\d/);
    const gap = next < 0 ? line.slice(a.end) : line.slice(a.end, a.end + next);
    if (words(gap) > MAX_WORDS) return null;
    if (next < 0) break;
    at = a.end + next;
    // A sign belongs to the number after it.
    if ('-−'.includes(line[at - 1] ?? '') && line[at - 2] === ' ') at--;
  }
  if (values.length < 2) return null;
  return { label: [labelFrom, labelFrom + label.length], values, scales, bullet: bullet !== null };
}

/**
 * `like`: the shape (scales of its amounts) of a list a few lines above. A list cut in two by a
 * lead-in of its own ("Justerat beslut:") goes on in that shape, so its second part may be a
 * single item.
 */
export function detectFigureList(file: string, lines: SourceLine[], start: number, like?: string): { grid: Grid; end: number; shape: string } | null {
  const { items, end } = itemRun(lines, start, parseFigureItem);
  if (items.length === 0) return null;
  // A bare figure takes the list's one scale; a list of several scales leaves it unread.
  const scaled = new Set(items.flatMap((x) => x.scales.filter((c) => c !== BARE)));
  const bare = items.some((x) => x.scales.includes(BARE));
  if (bare && scaled.size !== 1) return null;
  const only = [...scaled][0]!;
  const shapeOf = (x: Item): string => x.scales.map((c) => (c === BARE ? only : c)).join();
  const shape = shapeOf(items[0]!);
  if (items.length < MIN_ITEMS && shape !== like) return null;
  // Every item has as many amounts, and each column is in one scale.
  if (items.some((x) => shapeOf(x) !== shape)) return null;
  if (!items.every((x) => x.bullet) && !leadInOpens(lines, start)) return null;
  // With bare figures, the first amount's unit words are the list's unit, and every cell keeps its number only.
  const numberOnly = ([a, b]: Span, src: SourceLine): Span => {
    NUMBER.lastIndex = a;
    const m = NUMBER.exec(src.raw);
    return bare && m ? [a, a + m[0].length] : [a, b];
  };
  const rows: GridRow[] = items.map((x) => {
    const cells: GridCell[] = [x.label, ...x.values.map((v) => numberOnly(v, x.src))].map(([a, b]) => toGridCell(file, x.src, a, b));
    return { cells, location: cells[0]!.location };
  });
  const grid: Grid = { kind: 'grid', source: 'list', caption: null, rows, headerRows: 0 };
  if (bare) {
    const x = items.find((y) => y.scales[0] !== BARE)!;
    const [a, b] = x.values[0]!;
    const n = numberOnly([a, b], x.src)[1];
    const from = n + (x.src.raw.slice(n, b).length - x.src.raw.slice(n, b).trimStart().length);
    const c = toGridCell(file, x.src, from, b);
    grid.unitNote = { text: c.text, location: c.location };
  }
  return { grid, end, shape };
}

/** The last non-blank line above the list ends in ":" ("Här är de övriga kommunerna:"). */
export function leadInOpens(lines: SourceLine[], start: number): boolean {
  for (let j = start - 1; j >= 0; j--) {
    const raw = lines[j]!.raw.trim();
    if (raw !== '') return raw.endsWith(':');
  }
  return false;
}
