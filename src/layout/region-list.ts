import type { SourceLine } from './source-line.js';
import { toGridCell } from './source-line.js';
import { isTotalLabelText } from './total-label.js';
import type { Grid, GridRow } from './types.js';

/**
 * Region amounts given as a list, one region a line or bullet, read as a table:
 *
 *   * Uppsala: 84 300 000
 *   * Region Skåne 12,3 miljoner kronor
 *   Gotland – 4,5 mnkr
 *
 * A run of at least MIN_ITEMS such lines (blank lines between them allowed), most of them
 * naming a region, becomes a grid of source `list` with a label and an amount cell per line.
 * A line "Totalt: …" in the run is its total row. A line of two column heads right above the
 * run ("LANDSTING      KRONOR", "Län<tab>Belopp (kr)") is its header row, so that the unit a
 * person reads there goes with the amounts. Only region names make a list a table: a
 * list of other things with amounts stays prose, for the text rules. Layout knows no region
 * names; the reader hands in the test for a label (`isListLabel`).
 */
const MIN_ITEMS = 3;
const MAX_LABEL = 60;
const BULLET = /^[-*+•]\s/;
const LABEL = /^[A-ZÅÄÖ][^\d:–—\t]*$/;
const NUMBER = /^[-−]?(?:\d{1,3}(?: \d{3})+|\d+)(?:,\d+)?$/;
const SCALE_WORDS = new Set(['miljarder', 'miljoner', 'miljon', 'mdkr', 'mnkr', 'mkr', 'tkr', 'tusen']);
const CURRENCY = new Set(['kronor', 'kr']);
const SEPARATORS = ':–—-=';

/**
 * "* Uppsala: 84 300 000", "Region Skåne 12,3 miljoner kronor", "**Gotland** – 4,5 mnkr":
 * the label before the first digit, then a number and at most a scale and a currency word.
 * Read piece by piece rather than by one pattern, which would backtrack over the spaces.
 */
function parseItem(raw: string): { label: [number, number]; value: [number, number] } | null {
  let from = raw.length - raw.trimStart().length;
  if (BULLET.test(raw.slice(from))) from += 2;
  const digit = raw.slice(from).search(/\d/);
  if (digit < 0) return null;
  let valueFrom = from + digit;
  if (valueFrom > 0 && '-−'.includes(raw[valueFrom - 1]!) && (valueFrom - 1 === from || raw[valueFrom - 2] === ' ')) {
    // A minus right before the number is its sign unless it is a separator after the label ("Gotland – 4,5").
    if (valueFrom - 1 === from || !SEPARATORS.includes(raw.slice(from, valueFrom - 1).trimEnd().slice(-1))) valueFrom--;
  }
  let head = raw.slice(from, valueFrom).replaceAll('*', ' ').replaceAll('__', ' ').trimEnd();
  while (head !== '' && SEPARATORS.includes(head.slice(-1))) head = head.slice(0, -1).trimEnd();
  const label = head.trim();
  if (label === '' || label.length > MAX_LABEL || !LABEL.test(label)) return null;
  const labelFrom = raw.indexOf(label.slice(0, 1), from);
  let tail = raw.slice(valueFrom).trimEnd();
  while (tail !== '' && '.;,*'.includes(tail.slice(-1))) tail = tail.slice(0, -1).trimEnd();
  const words = tail.split(/\s+/);
  if (words.length > 0 && CURRENCY.has(words[words.length - 1]!.toLowerCase())) words.pop();
  if (words.length > 0 && SCALE_WORDS.has(words[words.length - 1]!.toLowerCase())) words.pop();
  if (!NUMBER.test(words.join(' '))) return null;
  return { label: [labelFrom, labelFrom + label.length], value: [valueFrom, valueFrom + tail.length] };
}

interface Item {
  src: SourceLine;
  labelFrom: number;
  labelTo: number;
  valueFrom: number;
  valueTo: number;
  region: boolean;
  total: boolean;
}

/** Whether a list label names what makes the list a table (a region). */
export type ListLabelTest = (label: string) => boolean;

function itemAt(src: SourceLine, isListLabel: ListLabelTest): Item | null {
  const parsed = parseItem(src.raw);
  if (!parsed) return null;
  const label = src.raw.slice(parsed.label[0], parsed.label[1]);
  return {
    src,
    labelFrom: parsed.label[0],
    labelTo: parsed.label[1],
    valueFrom: parsed.value[0],
    valueTo: parsed.value[1],
    region: isListLabel(label),
    total: isTotalLabelText(label.split(' ')[0] ?? ''),
  };
}

/**
 * Column heads above a list: two short cells without digits, set apart by a tab or at least
 * two spaces, neither ending like a sentence. A header is at most one blank line above the list.
 */
const MAX_HEAD = 40;
const HEAD_GAP = /\t|\s{2,}/;

function headCells(raw: string): [number, number][] | null {
  if (/\d/.test(raw)) return null;
  const from = raw.length - raw.trimStart().length;
  const text = raw.trim();
  const gap = HEAD_GAP.exec(text);
  if (!gap) return null;
  const first = text.slice(0, gap.index);
  const second = text.slice(gap.index + gap[0].length);
  if (HEAD_GAP.test(second)) return null;
  for (const head of [first, second]) if (head.length > MAX_HEAD || /[.:;!?,]$/.test(head)) return null;
  const secondFrom = from + gap.index + gap[0].length;
  return [
    [from, from + first.length],
    [secondFrom, secondFrom + second.length],
  ];
}

/** Whether a line may be the header of a region list below it (see headCells). */
export function isListHeader(raw: string): boolean {
  return headCells(raw) !== null;
}

export function detectRegionList(file: string, lines: SourceLine[], start: number, isListLabel: ListLabelTest): { grid: Grid; end: number } | null {
  const head = headCells(lines[start]?.raw ?? '');
  let headerRow: GridRow | null = null;
  if (head) {
    const src = lines[start]!;
    const cells = head.map(([from, to]) => ({ ...toGridCell(file, src, from, to), header: true }));
    headerRow = { cells, location: cells[0]!.location };
    start += lines[start + 1]?.raw.trim() === '' ? 2 : 1;
    if ((lines[start]?.raw.trim() ?? '') === '') return null;
  }
  const items: Item[] = [];
  let i = start;
  let end = start;
  while (i < lines.length) {
    const raw = lines[i]!.raw;
    if (raw.trim() === '') {
      i++;
      continue;
    }
    const item = itemAt(lines[i]!, isListLabel);
    // The header's list starts on its next line, or there is none.
    if (!item && headerRow && items.length === 0) return null;
    if (!item) break;
    items.push(item);
    i++;
    end = i;
    if (item.total) break;
  }
  const regions = items.filter((x) => x.region).length;
  if (regions < MIN_ITEMS || regions * 3 < (items.length - items.filter((x) => x.total).length) * 2) return null;
  const rows: GridRow[] = items.map((x) => {
    const label = toGridCell(file, x.src, x.labelFrom, x.labelTo);
    const value = toGridCell(file, x.src, x.valueFrom, x.valueTo);
    return { cells: [label, value], location: label.location };
  });
  if (headerRow) rows.unshift(headerRow);
  return { grid: { kind: 'grid', source: 'list', caption: null, rows, headerRows: headerRow ? 1 : 0 }, end };
}
