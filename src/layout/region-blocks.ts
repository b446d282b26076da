import type { ListLabelTest } from './region-list.js';
import type { SourceLine } from './source-line.js';
import { toGridCell } from './source-line.js';
import type { Grid, GridCell, GridRow } from './types.js';

/**
 * Figures per region as one block per region, a web page's "hover a county" panels copied out:
 *
 *   Blekinge
 *
 *   Miljoner kronor
 *   Alla stödtyper: 58,4
 *   Projektmedel: 54,7
 *
 *   Dalarna
 *   …
 *
 * A run of at least MIN_BLOCKS blocks, each a line naming a region (the reader's test) and
 * then "Label: figure" lines, becomes one table: a row per region, a column per label in the
 * order first seen. A label a block lacks is an empty cell. A line without digits between the
 * region and its figures is the unit the blocks are given in ("Miljoner kronor"); it becomes
 * the grid's unit note when every block that has one says the same.
 */
const MIN_BLOCKS = 3;
const MAX_COLUMNS = 10;
const MAX_HEAD = 40;
const MAX_LABEL = 60;
/** At most this many blank lines between a region's line and its figures, or between blocks. */
const MAX_BLANKS = 2;
const NUMBER = /^[-−]?(?:\d{1,3}(?: \d{3})+|\d+)(?:,\d+)?$/;
const UNIT_WORDS = new Set(['%', 'procent', 'kr', 'kronor', 'tkr', 'mnkr', 'mdkr', 'miljoner', 'miljarder', 'tusen', 'st', 'personer']);

interface Item {
  label: string;
  head: GridCell;
  cell: GridCell;
}

interface Block {
  region: GridCell;
  unit: { text: string; src: SourceLine } | null;
  items: Item[];
}

/** "Alla stödtyper: 58,4", "Arbetslöshet: 9 %": a label without digits, a colon, a figure and at most two unit words. */
function itemOf(file: string, src: SourceLine): Item | null {
  const raw = src.raw;
  const colon = raw.indexOf(':');
  if (colon < 0) return null;
  const label = raw.slice(0, colon).trim();
  if (label === '' || label.length > MAX_LABEL || /\d/.test(label)) return null;
  const words = raw
    .slice(colon + 1)
    .trim()
    .split(/\s+/);
  let n = words.length;
  while (n > 1 && words.length - n < 2 && UNIT_WORDS.has(words[n - 1]!.toLowerCase())) n--;
  if (!NUMBER.test(words.slice(0, n).join(' '))) return null;
  const from = colon + 1 + (raw.slice(colon + 1).length - raw.slice(colon + 1).trimStart().length);
  const lead = raw.length - raw.trimStart().length;
  return { label, head: { ...toGridCell(file, src, lead, colon), header: true }, cell: toGridCell(file, src, from, raw.trimEnd().length) };
}

/** A short line without digits or colon: a region's name, or the unit of the block's figures. */
function headText(raw: string): string | null {
  const t = raw.trim();
  return t !== '' && t.length <= MAX_HEAD && !/[\d:|\t]/.test(t) ? t : null;
}

/** The next non-blank line at most MAX_BLANKS blank lines on, or -1. */
function nextLine(lines: SourceLine[], i: number): number {
  for (let blanks = 0; i < lines.length; i++, blanks++) {
    if (lines[i]!.raw.trim() !== '') return i;
    if (blanks >= MAX_BLANKS) return -1;
  }
  return -1;
}

function blockAt(file: string, lines: SourceLine[], i: number, isListLabel: ListLabelTest): { block: Block; end: number } | null {
  const name = headText(lines[i]!.raw);
  if (name === null || !isListLabel(name)) return null;
  const region = toGridCell(file, lines[i]!, 0, lines[i]!.raw.trimEnd().length);
  let j = nextLine(lines, i + 1);
  if (j < 0) return null;
  let unit: Block['unit'] = null;
  const unitText = headText(lines[j]!.raw);
  if (unitText !== null && !isListLabel(unitText)) {
    unit = { text: unitText, src: lines[j]! };
    j++;
  }
  const items: Item[] = [];
  for (; j < lines.length && lines[j]!.raw.trim() !== ''; j++) {
    const item = itemOf(file, lines[j]!);
    if (!item) break;
    items.push(item);
  }
  return items.length > 0 ? { block: { region, unit, items }, end: j } : null;
}

export function detectRegionBlocks(file: string, lines: SourceLine[], start: number, isListLabel: ListLabelTest): { grid: Grid; end: number } | null {
  const blocks: Block[] = [];
  let i = start;
  let end = start;
  while (i >= 0 && i < lines.length) {
    const found = blockAt(file, lines, i, isListLabel);
    if (!found) break;
    blocks.push(found.block);
    end = found.end;
    // A block ends at a blank line or at a line that is no figure (the next region, or text).
    i = nextLine(lines, found.end);
  }
  if (blocks.length < MIN_BLOCKS) return null;
  const labels: string[] = [];
  const heads: GridCell[] = [];
  for (const b of blocks) {
    for (const it of b.items) {
      if (labels.includes(it.label)) continue;
      labels.push(it.label);
      heads.push(it.head);
    }
  }
  // Blocks of one kind repeat their labels: no more columns than the richest block has, give or take.
  const widest = Math.max(...blocks.map((b) => b.items.length));
  if (labels.length > MAX_COLUMNS || labels.length > widest + 1) return null;
  const first = blocks[0]!.region;
  const empty = (at: GridCell): GridCell => ({ ...toGridCell(file, lines[start]!, 0, 0), location: at.location });
  const head: GridCell[] = [{ ...empty(first), header: true }, ...heads];
  const rows: GridRow[] = [{ cells: head, location: first.location }];
  for (const b of blocks) {
    const cells = [b.region, ...labels.map((l) => b.items.find((it) => it.label === l)?.cell ?? empty(b.region))];
    rows.push({ cells, location: b.region.location });
  }
  const units = new Set(blocks.flatMap((b) => (b.unit ? [b.unit.text.toLowerCase()] : [])));
  const unitBlock = blocks.find((b) => b.unit !== null);
  const unitNote = units.size === 1 && unitBlock ? toGridCell(file, unitBlock.unit!.src, 0, unitBlock.unit!.src.raw.trimEnd().length) : null;
  return { grid: { kind: 'grid', source: 'blocks', caption: null, rows, headerRows: 1, unitNote: unitNote && { text: unitNote.text, location: unitNote.location } }, end };
}
