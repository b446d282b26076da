import type { SourceLine } from './source-line.js';
import { toGridCell } from './source-line.js';
import type { Grid, GridRow } from './types.js';

/**
 * A ranked list in a news item where each item's change is told as a share and the two figures it
 * goes between, as news pages print "the ten that grew most" under a lead about the whole:
 *
 *   1. Ersta Sköndal högskola            ← a name line, maybe ranked
 *   + 51 procent (från 260 till 392)     ← its change: a share, then "från … till …" in parentheses
 *   2. Mälardalens högskola
 *   + 35 procent (från 8 471 till 11 443)
 *
 * or with the change on the name's line after a colon or a dash ("Region Gotland: −4 % (från 1 200
 * till 1 150)"), or an arrow for "till" ("(1 200 → 1 150)"). Each item is a row of three cells: the
 * change in percent and the two figures. The words around the figures ("procent", "från", "till",
 * the parentheses) set them apart, so no cut by digit groups is needed and the cells are read as
 * printed. A run needs three items; a name line must be short words without a sentence's end, and
 * every item of the run must give its change in the same one of the two layouts.
 */
const MIN_ITEMS = 3;
const MAX_LABEL = 80;
const FIG = String.raw`\d{1,3}(?:[  ]\d{3})*(?:,\d+)?`;
/** "+ 51 procent (från 260 till 392)", "−4,2 % (1 200 → 1 150)". Groups: share, from, to. */
const CHANGE = new RegExp(String.raw`^([+−–-]?[  ]?\d+(?:,\d+)?[  ]?(?:procent|%))[  ]*\((?:från[  ]+)?(${FIG})[  ]+(?:till|→|->)[  ]+(${FIG})\)\.?$`, 'u');
/** A rank before the name: "1. ", "10) ". */
const RANK = /^\d{1,2}[.)]\s+/u;
/** A name and its change on one line, after a colon or a dash. */
const SAME_LINE = /(?::|\s[–—-])\s+(?=[+−–-]?\s?\d)/u;

interface Item {
  label: { src: SourceLine; from: number; to: number };
  change: { src: SourceLine; at: number; m: RegExpExecArray };
  end: number;
}

function isName(text: string): boolean {
  const s = text.trim();
  return s.length > 0 && s.length <= MAX_LABEL && /^\p{L}/u.test(s) && !/\d/u.test(s) && !/[.:;!?]$/u.test(s);
}

function labelSpan(raw: string, to: number): { from: number; to: number } | null {
  const lead = raw.length - raw.trimStart().length;
  const rank = RANK.exec(raw.slice(lead));
  const from = lead + (rank ? rank[0].length : 0);
  const text = raw.slice(from, to);
  return isName(text) ? { from, to: from + text.trimEnd().length } : null;
}

/** The item opening at line i: a name line then a change line, or both on one line; null when neither. */
function itemAt(lines: readonly SourceLine[], i: number, oneLine: boolean): Item | null {
  const src = lines[i];
  if (src === undefined) return null;
  const raw = src.raw.trimEnd();
  if (oneLine) {
    if (raw.length > MAX_LABEL * 2) return null;
    const head = SAME_LINE.exec(raw);
    if (!head) return null;
    const at = head.index + head[0].length;
    const m = CHANGE.exec(raw.slice(at));
    const span = m ? labelSpan(raw, head.index) : null;
    return m && span ? { label: { src, ...span }, change: { src, at, m }, end: i + 1 } : null;
  }
  const next = lines[i + 1];
  if (next === undefined) return null;
  const span = labelSpan(raw, raw.length);
  const at = next.raw.length - next.raw.trimStart().length;
  const m = CHANGE.exec(next.raw.trimEnd().slice(at));
  return span && m ? { label: { src, ...span }, change: { src: next, at, m }, end: i + 2 } : null;
}

/** Cheap test asked at a line: an item in either layout opens there. */
export function mayStartChangeFromToList(lines: readonly SourceLine[], i: number): boolean {
  const raw = lines[i]?.raw ?? '';
  if (raw.length > MAX_LABEL * 2 || !/\p{L}/u.test(raw)) return false;
  return itemAt(lines, i, false) !== null || itemAt(lines, i, true) !== null;
}

export function detectChangeFromToList(file: string, lines: readonly SourceLine[], start: number): { grid: Grid; end: number } | null {
  for (const oneLine of [false, true]) {
    const items: Item[] = [];
    let k = start;
    for (let item = itemAt(lines, k, oneLine); item; item = itemAt(lines, k, oneLine)) {
      items.push(item);
      k = item.end;
    }
    if (items.length < MIN_ITEMS) continue;
    const rows: GridRow[] = items.map((it) => {
      const label = toGridCell(file, it.label.src, it.label.from, it.label.to);
      const { src, at, m } = it.change;
      // Each group's place in the line: the share opens the match, the figures follow in order.
      const shareEnd = at + m[1]!.length;
      const fromAt = at + m[0].indexOf(m[2]!, m[1]!.length);
      const toAt = at + m[0].indexOf(m[3]!, fromAt - at + m[2]!.length);
      const cells = [label, toGridCell(file, src, at, shareEnd), toGridCell(file, src, fromAt, fromAt + m[2]!.length), toGridCell(file, src, toAt, toAt + m[3]!.length)];
      return { cells, location: label.location };
    });
    return { grid: { kind: 'grid', source: 'spaced', caption: null, rows, headerRows: 0, labelsSet: true }, end: k };
  }
  return null;
}
