import type { SourceLine } from './source-line.js';
import { toGridCell } from './source-line.js';
import type { Grid, GridCell, GridRow } from './types.js';

/**
 * Figures printed as facts under headings, the way news and union pages set out wages or fees
 * per group without a table:
 *
 *   RIKET:                              Norra distriktet
 *   Förskollärare:                      Avgift: 1 250 kr
 *   Män: 31 200                         Hushåll: 4 100
 *   Kvinnor 30 400                      Södra distriktet
 *   Totalt 30 600                       Avgift: 1 180 kr …
 *
 * A heading is a short line without digits that ends in ":" or is set in capitals; under it,
 * at least two facts, each a short key ("Män", "Antal hushåll"), maybe a colon, and one figure.
 * At least MIN_RECORDS such blocks in a row, most of them giving the first block's keys, become
 * one grid: a row per heading and a column per key. A heading right above another heading
 * ("STOCKHOLMS LÄN:" over "Förskollärare:") names a group of rows and becomes a first label
 * column. Region names have their own reader (region-list's records); this one reads any heading.
 */
const MIN_RECORDS = 3;
const MIN_FACTS = 2;
const MAX_HEADING = 60;
const MAX_KEY = 30;
const VALUE = /^[-−]?(?:\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(?:,\d+)?(?: ?(?:%|kr|kronor|tkr|mkr|mnkr|procent))?$/;
const KEY = /^\p{Lu}[\p{L}.-]*(?: [\p{L}.-]+){0,3}$/u;

type Span = [number, number];

/** A heading line: its text without the colon, or null. */
export function headingSpan(raw: string): Span | null {
  const text = raw.trimEnd();
  if (text.length > MAX_HEADING + 1 || /\d/.test(text)) return null;
  const from = text.length - text.trimStart().length;
  if (!/\p{Lu}/u.test(text[from] ?? '')) return null;
  if (text.endsWith(':')) {
    const to = text.slice(0, -1).trimEnd().length;
    return to - from >= 3 ? [from, to] : null;
  }
  // A line set in capitals ("STOCKHOLMS LÄN") is a heading without a colon.
  const letters = text.slice(from).replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase() && /^[\p{L} ,&/-]+$/u.test(text.slice(from)) ? [from, text.length] : null;
}

interface Fact {
  key: string;
  src: SourceLine;
  keySpan: Span;
  value: Span;
}

/** "Män: 28 400", "Kvinnor 27 700", "Avgift: 1 250 kr": a key and one figure, or null. */
export function factLine(src: SourceLine): Fact | null {
  const raw = src.raw.trimEnd();
  if (raw.length > MAX_KEY + 30) return null;
  const from = raw.length - raw.trimStart().length;
  const digit = raw.slice(from).search(/[-−]?\d/);
  if (digit <= 0) return null;
  const valueFrom = from + digit;
  let head = raw.slice(from, valueFrom).trimEnd();
  if (head.endsWith(':')) head = head.slice(0, -1).trimEnd();
  if (head.length > MAX_KEY || !KEY.test(head)) return null;
  if (!VALUE.test(raw.slice(valueFrom))) return null;
  return { key: head.toLowerCase(), src, keySpan: [from, from + head.length], value: [valueFrom, raw.length] };
}

interface HeadingRecord {
  group: { src: SourceLine; span: Span } | null;
  src: SourceLine;
  name: Span;
  facts: Fact[];
}

const isBlank = (src: SourceLine | undefined): boolean => src !== undefined && src.raw.trim() === '';

/** Only lines that may open such a block are scanned: a heading (no digits, short), so text costs nothing. */
export function mayOpenRecords(raw: string): boolean {
  return raw.length <= MAX_HEADING + 8 && headingSpan(raw) !== null;
}

/** Headings a scan has passed over without finding a table: a scan from a later one reads part of the same run. */
const failed = new WeakSet<SourceLine>();

export function detectHeadingRecords(file: string, lines: SourceLine[], start: number): { grid: Grid; end: number } | null {
  if (failed.has(lines[start]!)) return null;
  const records: HeadingRecord[] = [];
  const passed: SourceLine[] = [];
  let group: HeadingRecord['group'] = null;
  let i = start;
  let end = start;
  const nextFilled = (k: number): number => {
    while (k < lines.length && isBlank(lines[k])) k++;
    return k;
  };
  while (i < lines.length) {
    i = nextFilled(i);
    const src = lines[i];
    const span = src ? headingSpan(src.raw) : null;
    if (!src || !span) break;
    passed.push(src);
    const after = nextFilled(i + 1);
    const below = lines[after];
    // A heading over a heading names a group of rows.
    if (below && headingSpan(below.raw)) {
      group = { src, span };
      i = after;
      continue;
    }
    const facts: Fact[] = [];
    let k = after;
    let last = -1;
    while (k < lines.length) {
      const fact = factLine(lines[k]!);
      if (!fact) break;
      facts.push(fact);
      last = k;
      k = nextFilled(k + 1);
    }
    if (facts.length < MIN_FACTS) break;
    records.push({ group, src, name: span, facts });
    end = last + 1;
    i = end;
  }
  const keyList = (r: HeadingRecord): string => r.facts.map((f) => f.key).join('\u0000');
  const first = records[0] ? keyList(records[0]) : '';
  if (records.length < MIN_RECORDS || records.filter((r) => keyList(r) === first).length * 3 < records.length * 2) {
    for (const p of passed) failed.add(p);
    return null;
  }
  const keys: Fact[] = [];
  for (const r of records) for (const f of r.facts) if (!keys.some((k) => k.key === f.key)) keys.push(f);
  // One heading over every block is the list's lead-in ("Så här ser taxorna ut:"), not a group.
  const grouped = new Set(records.map((r) => r.group?.src)).size > 1;
  const corner = (): GridCell => ({ ...toGridCell(file, records[0]!.src, 0, 0), header: true });
  const header: GridRow = {
    cells: [...(grouped ? [corner()] : []), corner(), ...keys.map((f) => ({ ...toGridCell(file, f.src, f.keySpan[0], f.keySpan[1]), header: true }))],
    location: corner().location,
  };
  const rows: GridRow[] = records.map((r) => {
    const label = toGridCell(file, r.src, r.name[0], r.name[1]);
    const groupCell = r.group ? toGridCell(file, r.group.src, r.group.span[0], r.group.span[1]) : { ...label, text: '' };
    const cells = keys.map((k) => {
      const f = r.facts.find((x) => x.key === k.key);
      return f ? toGridCell(file, f.src, f.value[0], f.value[1]) : { ...label, text: '' };
    });
    return { cells: [...(grouped ? [groupCell] : []), label, ...cells], location: label.location };
  });
  return { grid: { kind: 'grid', source: 'list', caption: null, rows: [header, ...rows], headerRows: 1 }, end };
}
