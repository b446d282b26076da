import { splitRate } from './rate-note.js';
import { SPACED_BULLET } from './bullet-marks.js';
import type { SourceLine } from './source-line.js';
import { toGridCell } from './source-line.js';
import type { Grid, GridRow } from './types.js';
import { oncePerLine } from './once-per-line.js';
import { hasSentenceBreak } from '../lexicon/sentence-break.js';

/**
 * Price and fee lists: municipalities publish their taxor, avgifter and ersättningar as one item
 * a line, each amount with its own currency and often what it is paid per:
 *
 *   Plan- och bygglovstaxa: 1 095 kr per timme
 *   Trygghetslarm 295 kronor per månad
 *   Kryckkäppar 195 kronor (engångskostnad)
 *
 * or as a list whose item names the service and whose next line the amount:
 *
 *   • Hemtjänst
 *     246 kronor per timme
 *
 * A run of at least MIN_ROWS such items is a table of one column; a list of two
 * just after one (under a heading of its own) goes on in its shape. The currency
 * after the amount is what tells an item from a line of prose that ends in a number. Where only
 * one space parts the label from an amount of several digit groups ("service 2 575 kronor"),
 * the first group might belong to the label: such a cell carries `readBy: "spaced"`.
 */
const MIN_ROWS = 3;
const MAX_LABEL = 90;
/** A label ended by a colon may be a long name ("Taxa för tillsyn enligt lagen (2014:799) om …:"). */
const MAX_COLON_LABEL = 300;
const MAX_WORDS = 14;
const MAX_COLON_WORDS = 45;
const CURRENCY = /^(?:kr|kronor|sek|euro|€)\.?(?:\/|$)/i;
const FIRST = /^[-−–]?\d{1,3}$/;
const GROUP = /^\d{3}$/;
const LAST_GROUP = /^\d{3}(?:,\d{1,2})?$/;
const LONE = /^[-−–]?\d+(?:,\d{1,2})?$/;
const BULLET = SPACED_BULLET;
/** Words a sentence runs on with into its amount: a label never ends in them. */
const RUNS_ON = /\s(?:till|från|om|med|på|av|för|högst|minst|cirka|ca|drygt|knappt|nära|över|under|totalt|sammanlagt|är|blir|uppgår|kostar|betalar|får)$/i;
/** A value alone on its line: an amount, its currency, maybe what it is paid per. */
const PLAIN_MONEY = /^[-−–]?\d[\d \u00a0]{0,20}(?:,\d{1,2})?\s?(?:kr|kronor|sek|euro|€)\.?$/i;

interface PriceLine {
  /** Where the label ends and the value starts and ends in the raw line (no label: a value line). */
  labelFrom: number;
  labelEnd: number;
  valueStart: number;
  valueEnd: number;
  /** One space before an amount of several digit groups: the split is a guess. */
  spaced: boolean;
}

/** The amount and what follows it is a value cell: "246 kronor", "1 095 kr per timme", "195 kronor (engångskostnad)". */
function isMoneyValue(text: string): boolean {
  const t = text.trim();
  return PLAIN_MONEY.test(t) || splitRate(t) !== null;
}

/** A line as label and priced amount, a priced amount alone (labelEnd = labelFrom), or null. */
export const priceLine = oncePerLine((src: SourceLine): PriceLine | null => readPriceLine(src.raw));

function readPriceLine(line: string): PriceLine | null {
  // Constant work for most lines: no currency word, no price.
  if (line.length > MAX_COLON_LABEL + 120 || !/\d/.test(line) || !/kr|sek|euro|€/i.test(line)) return null;
  const raw = line.trimEnd();
  const bullet = BULLET.exec(raw);
  const from = bullet ? bullet[0].length : raw.length - raw.trimStart().length;
  const toks: { text: string; at: number }[] = [];
  for (const m of raw.slice(from).matchAll(/\S+/g)) toks.push({ text: m[0], at: from + m.index });
  // The first currency word after a number ends the amount.
  const cur = toks.findIndex((tk, k) => k > 0 && CURRENCY.test(tk.text) && /\d$/.test(toks[k - 1]!.text));
  if (cur < 0) return null;
  let k = cur - 1;
  if (LAST_GROUP.test(toks[k]!.text)) {
    while (k - 1 >= 0 && GROUP.test(toks[k - 1]!.text)) k--;
    if (k - 1 >= 0 && FIRST.test(toks[k - 1]!.text)) k--;
  } else if (!LONE.test(toks[k]!.text)) return null;
  const valueStart = toks[k]!.at;
  if (!isMoneyValue(raw.slice(valueStart))) return null;
  if (k === 0) return { labelFrom: valueStart, labelEnd: valueStart, valueStart, valueEnd: raw.length, spaced: false };
  const before = toks[k - 1]!.text;
  const colon = before.endsWith(':');
  const labelText = raw.slice(from, toks[k - 1]!.at + before.length).replace(/:$/, '').trim();
  // A label that ends in a number ("Område 2") leaves the split in doubt, unless a colon parts them; a range ("1-3") cannot be part of an amount.
  if (!colon && !/[\p{L}.)]$/u.test(labelText) && !/\d[-–]\d+$/.test(labelText)) return null;
  if (!/^\p{L}/u.test(labelText) || (labelText.match(/\p{L}/gu) ?? []).length < 3) return null;
  // A bullet with its amount on the same line is a list item of prose (an allocation list for text/sum, a region list): left to those readers.
  if (bullet) return null;
  // A label that runs into its amount ("höjs från 18,50 till", "uppgår till") is a sentence; a decimal figure in it, a comparison.
  if (RUNS_ON.test(labelText) || /\d,\d/.test(labelText)) return null;
  const words = labelText.split(/\s+/).length;
  if (colon ? labelText.length > MAX_COLON_LABEL || words > MAX_COLON_WORDS : labelText.length > MAX_LABEL || words > MAX_WORDS) return null;
  // A sentence is prose, not a label.
  if (hasSentenceBreak(labelText) || /[;!?]$/.test(labelText)) return null;
  const gap = raw.slice(toks[k - 1]!.at + before.length, valueStart);
  return { labelFrom: from, labelEnd: toks[k - 1]!.at + before.length, valueStart, valueEnd: raw.length, spaced: !colon && gap === ' ' && k < cur - 1 };
}

/** A short line naming an item (maybe a bullet), with no amount of its own: the label of a value on the next line. */
function isItemLabel(raw: string): boolean {
  const t = raw.replace(BULLET, '').trim();
  return t.length >= 3 && t.length <= MAX_LABEL && /^\p{L}/u.test(t) && !/[.:;!?]$/.test(t) && readPriceLine(raw) === null && t.split(/\s+/).length <= MAX_WORDS;
}

interface Item {
  labelLine: SourceLine;
  labelFrom: number;
  labelEnd: number;
  valueLine: SourceLine;
  value: PriceLine;
  /** The amount stands after a blank line under its label: paired by the layout, a guess. */
  wrapped?: true;
}

const failed = new WeakSet<SourceLine>();
/** Where the last price list of a text ended: a short list just after it, under a heading of its own, goes on in its shape. */
const lastEnd = new WeakMap<SourceLine[], number>();
/** Items enough for a list that follows a price list within MAX_GAP lines ("Kostnad för mat" and two items). */
const MIN_FOLLOWING = 2;
const MAX_GAP = 4;
const isBlank = (src: SourceLine | undefined): boolean => src !== undefined && src.raw.trim() === '';

/** The item that starts at line i, and the line after it. */
function itemAt(lines: SourceLine[], i: number): { item: Item; next: number } | null {
  const src = lines[i]!;
  const own = priceLine(src);
  if (own) {
    if (own.labelEnd === own.labelFrom) return null;
    return { item: { labelLine: src, labelFrom: own.labelFrom, labelEnd: own.labelEnd, valueLine: src, value: own }, next: i + 1 };
  }
  const below = lines[i + 1];
  if (!below || !isItemLabel(src.raw)) return null;
  const value = priceLine(below);
  if (!value || value.labelEnd !== value.labelFrom) return null;
  const bullet = BULLET.exec(src.raw);
  const from = bullet ? bullet[0].length : src.raw.length - src.raw.trimStart().length;
  return { item: { labelLine: src, labelFrom: from, labelEnd: src.raw.trimEnd().length, valueLine: below, value }, next: i + 2 };
}

/**
 * Inside a run of items, one whose label is too long for its line and whose amount a web page
 * pasted as a paragraph of its own, a blank line between:
 *
 *   Cleantech Kvarken 790 826 kr
 *
 *   Biotech Umeå – ett life sciencekluster för ökad tillväxt i norra Sverige 2015-2027
 *
 *   2 250 000 kr
 *
 * The label line has no amount, the line after the blank only the amount and its currency. That
 * the two are one item is read from the layout, so the amount carries `readBy: "wrapped"` and a
 * sum over it warns. Never the first item of a run: a run opens on an item of its own shape.
 */
function wrappedItemAt(lines: SourceLine[], i: number): { item: Item; next: number } | null {
  const src = lines[i]!;
  const value = lines[i + 2];
  if (!value || !isBlank(lines[i + 1]) || !isItemLabel(src.raw) || BULLET.test(src.raw)) return null;
  const own = priceLine(value);
  if (!own || own.labelEnd !== own.labelFrom) return null;
  const from = src.raw.length - src.raw.trimStart().length;
  return { item: { labelLine: src, labelFrom: from, labelEnd: src.raw.trimEnd().length, valueLine: value, value: own, wrapped: true }, next: i + 3 };
}

export function detectPriceLines(file: string, lines: SourceLine[], start: number): { grid: Grid; end: number } | null {
  const first = lines[start]!;
  if (failed.has(first)) return null;
  const items: Item[] = [];
  let i = start;
  let end = start;
  while (i < lines.length) {
    const found = itemAt(lines, i) ?? (items.length > 0 ? wrappedItemAt(lines, i) : null);
    if (found) {
      items.push(found.item);
      i = found.next;
      end = i;
      continue;
    }
    // One blank line between items is allowed.
    if (items.length > 0 && isBlank(lines[i]) && i + 1 < lines.length && (itemAt(lines, i + 1) || wrappedItemAt(lines, i + 1))) {
      i++;
      continue;
    }
    break;
  }
  const following = (lastEnd.get(lines) ?? -Infinity) >= start - MAX_GAP;
  if (items.length < (following ? MIN_FOLLOWING : MIN_ROWS)) {
    // A scan from a later item of the same run reads fewer items and fails too.
    for (const it of items) failed.add(it.labelLine);
    return null;
  }
  const rows: GridRow[] = items.map((it) => {
    const label = toGridCell(file, it.labelLine, it.labelFrom, it.labelEnd);
    label.text = label.text.replace(/:\s*$/, '');
    const value = toGridCell(file, it.valueLine, it.value.valueStart, it.value.valueEnd);
    if (it.wrapped) value.readBy = 'wrapped';
    else if (it.value.spaced) value.readBy = 'spaced';
    return { cells: [label, value], location: label.location };
  });
  lastEnd.set(lines, end);
  return { grid: { kind: 'grid', source: 'spaced', caption: null, rows, headerRows: 0 }, end };
}

const PRICED = /\d\s?(?:kr|kronor|sek|euro|€)/i;

/** Cheap test at every line: an item starts on a priced line or on a label just above one. */
export function mayStartPrice(lines: SourceLine[], i: number): boolean {
  const next = lines[i + 1];
  return PRICED.test(lines[i]!.raw) || (next !== undefined && lines[i]!.raw.length <= MAX_LABEL + 4 && PRICED.test(next.raw));
}
