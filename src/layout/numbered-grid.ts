import { isTotalLabelText } from './total-label.js';
import { isTabRow } from './tab-grid.js';
import { looksNumeric, trailingNumber } from './looks-numeric.js';
import type { SourceLine } from './source-line.js';
import { toGridCell, toTextLine } from './source-line.js';
import { otherSplit } from './label-split.js';
import type { Grid, GridCell, GridRow, TextLine } from './types.js';

/**
 * Numbered "Varav" tables as they come out of an agreement's PDF (seed 003, Tabell 1 and 2):
 *
 *   Tabell 1. Fördelning efter del av överenskommelsen
 *    Miljoner
 *   kronor
 *   1. Medel till regionerna  2 925
 *   1.2.1. Varav medel för prestationsbaserade
 *   grundkrav
 *   80
 *   Totalt 2 937
 *
 * An item starts with a number path ("1.2.1.") or a total label; its label may wrap over
 * several lines (blank lines included) until a line ends in a number, which is its value.
 */
/**
 * A number closed by a dot, or by one space before the text ("3010 Hyresintäkter"). A code in a
 * column of its own ("6000  Gnesta", "25    Norrbottens län", set apart by a gap as the columns
 * are) is none.
 */
const ITEM = /^\s*(\d+(?:\.\d+)*)(?:\.\s+| )\S/;
const CAPTION = /^\s*(Tabell|Tab\.)\s*\d+/i;
const MAX_NOTE_LINES = 4;
const MAX_WRAP_LINES = 6;

/**
 * A figure with digit groups opening the line ("2 400", "1 200 40 %") is a value, not an item's
 * number and label; its groups may be set apart by a no-break, narrow no-break or thin space.
 */
const GROUPED_FIGURE = /^\s*\d{1,3}[ \u00a0\u202f\u2009]\d{3}(?!\d)/;

function isItemStart(raw: string): boolean {
  // A line of cells set apart by tabs ("24\tRegion Västerbotten\t10 081") is a row of a tab-separated table (tab-grid.ts).
  if (isTabRow(raw)) return false;
  if (ITEM.test(raw)) return !GROUPED_FIGURE.test(raw);
  const word = raw.trim().split(/\s+/)[0] ?? '';
  return isTotalLabelText(word);
}

export function isNumberedCaption(raw: string): boolean {
  return CAPTION.test(raw);
}

interface Item {
  label: { src: SourceLine; from: number; to: number }[];
  value: { src: SourceLine; from: number; to: number };
}

/** Reads items from `start`; returns null unless at least two items with values are found. */
function readItems(lines: SourceLine[], start: number): { items: Item[]; end: number } | null {
  const items: Item[] = [];
  let i = start;
  while (i < lines.length) {
    while (i < lines.length && lines[i]!.raw.trim() === '') i++;
    if (i >= lines.length || !isItemStart(lines[i]!.raw)) break;
    const label: Item['label'] = [];
    let value: Item['value'] | null = null;
    let j = i;
    for (; j < lines.length && j - i <= MAX_WRAP_LINES * 2; j++) {
      const src = lines[j]!;
      const raw = src.raw.trimEnd();
      if (raw.trim() === '') continue;
      if (j > i && isItemStart(raw) && !looksNumeric(raw)) break;
      const tail = trailingNumber(raw);
      // A trailing number that is the item's own number path is not a value ("1.2 Varav …").
      const head = ITEM.exec(raw);
      const isOwnNumber = j === i && head && tail && tail.index <= raw.indexOf(head[1]!) + head[1]!.length;
      if (tail && !isOwnNumber) {
        if (tail.index > 0) label.push({ src, from: 0, to: tail.index });
        value = { src, from: tail.index, to: tail.index + tail.value.length };
        j++;
        break;
      }
      label.push({ src, from: 0, to: raw.length });
    }
    if (!value) break;
    items.push({ label, value });
    i = j;
  }
  return items.length >= 2 ? { items, end: i } : null;
}

function labelCell(file: string, parts: Item['label']): GridCell {
  const first = parts[0];
  if (!first) throw new Error('item without label');
  const cell = toGridCell(file, first.src, first.from, first.to);
  for (const p of parts.slice(1)) {
    const more = toGridCell(file, p.src, p.from, p.to);
    cell.text = `${cell.text.trimEnd()} ${more.text.trim()}`;
  }
  cell.text = cell.text.replace(/\s+/g, ' ').trim();
  return cell;
}

/**
 * At a caption line ("Tabell 1. …"): the unit note lines that follow, then the items.
 * Returns the grid and the index just past it, or null when no numbered table follows.
 */
export function detectNumberedGrid(
  file: string,
  lines: SourceLine[],
  captionIndex: number,
): { grid: Grid; end: number } | null {
  const captionSrc = lines[captionIndex]!;
  const note: TextLine[] = [];
  let i = captionIndex + 1;
  for (let k = 0; i < lines.length && k < MAX_NOTE_LINES * 2; i++, k++) {
    const raw = lines[i]!.raw;
    if (raw.trim() === '') continue;
    if (isItemStart(raw)) break;
    if (raw.trim().length > 40 || trailingNumber(raw)) return null;
    note.push(toTextLine(file, lines[i]!));
  }
  const read = readItems(lines, i);
  if (!read) return null;
  // Items whose labels end in figures too ("24 Region Västerbotten 10 081 469 … 5 112 847") are rows of
  // several values under a header of columns, set apart by single spaces (spaced-columns.ts): no numbered list.
  const figured = read.items.filter((item) => /\d$/.test(item.label[item.label.length - 1]?.src.raw.slice(0, item.label[item.label.length - 1]!.to).trim() ?? ''));
  if (figured.length * 2 >= read.items.length) return null;
  const unitText = note.map((n) => n.text.trim()).join(' ').trim();
  const rows: GridRow[] = [];
  const firstNote = note[0];
  if (firstNote) {
    rows.push({
      cells: [
        { text: '', location: firstNote.location, colspan: 1, rowspan: 1, header: true, bold: false },
        { text: unitText, location: firstNote.location, colspan: 1, rowspan: 1, header: true, bold: false },
      ],
      location: firstNote.location,
    });
  }
  for (const item of read.items) {
    const label = labelCell(file, item.label);
    const value = toGridCell(file, item.value.src, item.value.from, item.value.to);
    // "4001 Projekt 12 394 275": whether "12" is the label's the line does not say (label-split.ts).
    const other = otherSplit(item.value.src.raw, item.value.from, item.value.to);
    if (other !== null) value.alternative = other;
    rows.push({ cells: [label, value], location: label.location });
  }
  return {
    grid: {
      kind: 'grid',
      source: 'numbered',
      caption: toTextLine(file, captionSrc),
      rows,
      headerRows: firstNote ? 1 : 0,
      unitNote: firstNote ? { ...firstNote, text: unitText } : null,
    },
    end: read.end,
  };
}
