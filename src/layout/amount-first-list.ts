import { closingTotalItem } from './amount-first-total.js';
import { leadInOpens } from './figure-list.js';
import type { ListLabelTest } from './region-list.js';
import { itemRun, LIST_BULLET } from './list-items.js';
import type { SourceLine } from './source-line.js';
import { toGridCell } from './source-line.js';
import type { Grid, GridCell, GridRow } from './types.js';

/**
 * Lists that give the amount first and then what it goes to:
 *
 *   • 52 procent till projektverksamhet.         1. 40 % för utbildning
 *   - 12,5 miljoner kronor till Region Skåne      * 3 mnkr går till Gotland
 *   • 1 miljon kronor till Region Gotland (the unit in the singular too)
 *   44 445 970 kronor – Region Stockholm          - 4,5 mnkr – Gotland
 *
 * A run of at least MIN_ITEMS such lines (blank lines between them allowed), bullets or plain
 * lines after a lead-in ending in ":", with a short preposition between the amount and the
 * label, becomes a grid of source `list`: label, then the amount. Shares (every item in percent)
 * are a table whatever they are shares of, since the shares of one whole add up to 100; amounts
 * of money are a table only when most labels name regions, as for label-first lists, and
 * otherwise stay prose for the text rules, which check them against the lead-in.
 */
const MIN_ITEMS = 3;
const MAX_LABEL = 80;
const AMOUNT = /^[-−]?(?:\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+|\d+)(?:,\d+)?[ \u00a0]*(?:procent|%|(?:(?:miljarder|miljard|miljoner|miljon|tusen)[ \u00a0]+)?(?:kronor|kr)|mdkr|mnkr|mkr|tkr|miljarder|miljard|miljoner|miljon)(?![\p{L}\d])/iu;
const BARE = /^[-−]?(?:\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+|\d+)(?:,\d+)?(?![\p{L}\d%])/u;
const NUMBER_PART = /^[-−]?[\d \u00a0\u202f\u2009]*\d(?:,\d+)?/;
const LINK = /^[ \u00a0]+(?:går[ \u00a0]+till|till|för|på|avser|inom|åt|i)[ \u00a0]+/i;
/** After "i", a time ("12 miljoner i år", "i fjol") is when the money comes, not what it goes to. */
const TIME_LABEL = /^(?:år|fjol|dag|dagarna|veckan|månaden|höstas|våras|somras|vintras)$/i;
// "44,5 mnkr – Region Skåne": a dash between an amount of money and a region, the amount-first form of "Region Skåne – 44,5 mnkr".
const DASH = /^[ \u00a0]+[–—-][ \u00a0]+/;

type Span = [number, number];

interface Item {
  src: SourceLine;
  label: Span;
  value: Span;
  percent: boolean;
  bullet: boolean;
  /** A dash, not a preposition, stands between the amount and the label. */
  dash: boolean;
  /** The figure has no unit words of its own. */
  bare: boolean;
}

/** "52 procent till projektverksamhet, nationellt och regionalt." → label and amount spans. */
export function parseAmountFirstItem(raw: string): Omit<Item, 'src'> | null {
  let from = raw.length - raw.trimStart().length;
  const bullet = LIST_BULLET.exec(raw.slice(from));
  if (bullet) from += bullet[0].length;
  // A bare figure ("1 250 till Stockholms län") when the lead-in states the unit; only "till" links it, and only regions make such a list a table.
  const amount = AMOUNT.exec(raw.slice(from)) ?? BARE.exec(raw.slice(from));
  if (!amount) return null;
  const bare = !/\p{L}|%/u.test(amount[0]);
  const valueEnd = from + amount[0].length;
  const percent = /procent|%/i.test(amount[0]);
  const worded = LINK.exec(raw.slice(valueEnd));
  // A dash links only money written with its unit: a share or a bare figure before a dash is no such item.
  const dashed = worded || bare || percent ? null : DASH.exec(raw.slice(valueEnd));
  const link = worded ?? dashed;
  if (!link || (bare && !/^[ \u00a0]+(?:går[ \u00a0]+)?till[ \u00a0]/i.test(link[0]))) return null;
  const labelFrom = valueEnd + link[0].length;
  let labelTo = raw.trimEnd().length;
  if (raw[labelTo - 1] === '.') labelTo--;
  const label = raw.slice(labelFrom, labelTo).trim();
  // One label, no further amount: "40 % till A och 3 % till B" is a sentence.
  if (label === '' || label.length > MAX_LABEL || /\d/.test(label) || /[.!?]\s/.test(label)) return null;
  if (/^[ \u00a0]+i[ \u00a0]/i.test(link[0]) && (bare || TIME_LABEL.test(label))) return null;
  return { label: [labelFrom, labelFrom + label.length], value: [from, valueEnd], percent, bullet: bullet !== null, bare, dash: dashed !== null };
}

export function detectAmountFirstList(file: string, lines: SourceLine[], start: number, isListLabel: ListLabelTest): { grid: Grid; end: number } | null {
  const { items, end } = itemRun(lines, start, parseAmountFirstItem);
  if (items.length < MIN_ITEMS) return null;
  const shares = items.every((x) => x.percent);
  const regions = items.filter((x) => !x.percent && isListLabel(x.src.raw.slice(x.label[0], x.label[1]))).length;
  // Lines of "amount – region" only, every label a region, read as a list without a lead-in, as "region – amount" lines are.
  const regionLines = regions === items.length && items.every((x) => x.dash);
  if (!items.every((x) => x.bullet) && !regionLines && !leadInOpens(lines, start)) return null;
  // A dash links money to regions only: among other labels it may be a sentence's dash.
  if (items.some((x) => x.dash) && regions < items.length) return null;
  if (!shares && (items.some((x) => x.percent) || regions * 3 < items.length * 2)) return null;
  // Bare figures only all alike, every label a region and a lead-in that opens the list (and states the unit).
  if (items.some((x) => x.bare) && (!items.every((x) => x.bare) || regions < items.length || !leadInOpens(lines, start))) return null;
  // One unit for every item ("procent", "miljoner kronor"): the list's unit, and the cells keep the numbers.
  const unitOf = (x: Item): { at: number; words: string } => {
    const text = x.src.raw.slice(x.value[0], x.value[1]);
    const at = x.value[0] + NUMBER_PART.exec(text)![0].length;
    return { at, words: x.src.raw.slice(at, x.value[1]).trim().toLowerCase() };
  };
  const shared = !items[0]!.bare && items.every((x) => unitOf(x).words === unitOf(items[0]!).words);
  const rows: GridRow[] = items.map((x) => {
    const value: Span = shared ? [x.value[0], unitOf(x).at] : x.value;
    const cells: GridCell[] = [x.label, value].map(([a, b]) => toGridCell(file, x.src, a, b));
    return { cells, location: cells[0]!.location };
  });
  // A total closing the list, label first ("- Totalt: 345 721 tkr"), in the items' one unit (or bare as they are): its last row.
  const total = shared || items[0]!.bare ? closingTotalItem(lines, end, shared ? unitOf(items[0]!).words : '', shared) : null;
  if (total) {
    const cells: GridCell[] = [total.label, total.value].map(([a, b]) => toGridCell(file, total.src, a, b));
    rows.push({ cells, location: cells[0]!.location });
  }
  const grid: Grid = { kind: 'grid', source: 'list', caption: null, rows, headerRows: 0 };
  if (shared) {
    const first = items[0]!;
    const from = unitOf(first).at;
    const at = from + (first.src.raw.slice(from).length - first.src.raw.slice(from).trimStart().length);
    const c = toGridCell(file, first.src, at, first.value[1]);
    if (shares) {
      // Percent is a column's unit, not a table's: the words head the value column.
      rows.unshift({ cells: [{ ...c, text: '', header: true }, { ...c, header: true }], location: c.location });
      grid.headerRows = 1;
    } else grid.unitNote = { text: c.text, location: c.location };
  }
  return { grid, end: total?.end ?? end };
}
