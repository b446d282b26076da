import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { attachCaptions } from '../layout/captions.js';
import { parseListItem, regionListFromItems } from '../layout/region-list.js';
import { placeListFromItems } from '../layout/place-list.js';
import { addItemAmountLists, endsInColon } from '../layout/item-amount-list.js';
import type { Block, Grid, Layout, TextBlock, TextLine } from '../layout/types.js';
import { isTotalLabelText } from '../layout/total-label.js';
import { readTable } from './html-table.js';
import { BREAK, type Piece, SourceMap, supPieces, textPieces, toLines } from './html-text.js';
import { BLOCK, type Node, elementLocation, isBold, skipped } from './html-tree.js';
import { isPlaceLabel, isRegionLabel } from './region-label.js';

type Role = TextBlock['role'];

const HEADING = /^h[1-6]$/;

// Parsing only builds a tree: nothing is fetched and no script runs.
const parser = unified().use(rehypeParse);

function roleFor(el: Element, outer: Role): Role {
  if (outer === 'heading' || HEADING.test(el.tagName)) return 'heading';
  if (outer === 'list-item' || el.tagName === 'li') return 'list-item';
  return 'paragraph';
}

/** Source lines as the text formats keep them: LF-separated, a CR before LF dropped. */
function sourceLines(text: string): string[] {
  return text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}

export function readHtml(file: string, text: string): Layout {
  const tree: Root = parser.parse(text);
  const map = new SourceMap(file, text);
  const blocks: Block[] = [];

  // Running text since the last block edge, with the role and element it belongs to.
  let pieces: Piece[] = [];
  let role: Role = 'paragraph';
  let owner: Element | undefined;
  let fresh = true;

  const flush = (): void => {
    if (pieces.length === 0) return;
    const lines = toLines(pieces, map, elementLocation(map, owner));
    pieces = [];
    fresh = true;
    const level = role === 'heading' && owner && HEADING.test(owner.tagName) ? Number(owner.tagName[1]) : undefined;
    if (lines.length > 0) blocks.push(level === undefined ? { kind: 'text', role, lines } : { kind: 'text', role, lines, level });
  };

  const readGrid = (table: Element): void => {
    flush();
    const { grid, nested } = readTable(table, text, map);
    if (grid.rows.length > 0 || grid.caption) blocks.push(grid);
    for (const inner of nested) readGrid(inner);
  };

  const visit = (node: Node, outer: Role, parent: Element | undefined, bold: boolean): void => {
    if (node.type === 'text') {
      if (fresh) {
        role = outer;
        owner = parent;
        fresh = false;
      }
      // One by one: a spread of a long text's pieces overflows the call stack.
      for (const p of textPieces(node, text, bold)) pieces.push(p);
      return;
    }
    if (node.type === 'root') {
      for (const c of node.children) visit(c, outer, parent, bold);
      return;
    }
    if (node.type !== 'element' || skipped(node)) return;
    if (node.tagName === 'table') return readGrid(node);
    if (node.tagName === 'br') {
      pieces.push(BREAK);
      return;
    }
    if (node.tagName === 'sup') {
      const start = pieces.length;
      for (const c of node.children) visit(c, outer, parent, bold || isBold(node));
      const inner = pieces.splice(start);
      for (const p of supPieces(inner, pieces[pieces.length - 1])) pieces.push(p);
      return;
    }
    const block = BLOCK.has(node.tagName);
    if (block) flush();
    const inner = block ? roleFor(node, outer) : outer;
    const b = bold || isBold(node);
    for (const c of node.children) visit(c, inner, block ? node : parent, b);
    if (block) flush();
  };

  visit(tree, 'paragraph', undefined, false);
  flush();
  // Items of one amount each of other things stay prose and are read as a list table too (item-amount-list.ts).
  const withLists = addItemAmountLists(regionLists(blocks));
  attachCaptions(withLists);
  return { file, format: 'html', blocks: withLists, lines: sourceLines(text), problems: [] };
}

/**
 * `<ul>`/`<ol>` items "Uppsala: 84 300 000", one region an item, read as a table the way the
 * text formats read the same list written with bullets.
 */
function regionLists(blocks: Block[]): Block[] {
  const out: Block[] = [];
  let i = 0;
  while (i < blocks.length) {
    let j = i;
    while (j < blocks.length && isItem(blocks[j]!)) j++;
    if (j > i) {
      const items = blocks.slice(i, j) as TextBlock[];
      const itemLines = items.map((b) => b.lines[0]!);
      const grid = closedList(itemLines, blocks[j]) ?? regionListFromItems(itemLines, isRegionLabel, endsInColon(out[out.length - 1])) ?? placeListFromItems(itemLines, isPlaceLabel);
      if (grid) out.push(grid);
      else out.push(...items);
      i = grid?.rows.length === itemLines.length + 1 ? j + 1 : j;
      continue;
    }
    // One region a line of a paragraph broken by <br> ("Region Skåne 12,3 mnkr<br>Region Halland 8 mnkr<br>…"): the same list.
    const broken = brokenLineList(blocks[i]!);
    if (broken) {
      out.push(...broken);
      i++;
      continue;
    }
    // One region a paragraph ("<p><strong>Region Skåne:</strong> 12,3 miljoner kronor</p>"): the same list.
    while (j < blocks.length && isItemParagraph(blocks[j]!)) j++;
    const grid = j - i >= MIN_PARAGRAPH_ITEMS ? regionListFromItems((blocks.slice(i, j) as TextBlock[]).map((b) => b.lines[0]!), isRegionLabel) : null;
    if (j > i) {
      // Paragraphs that are no region list stay paragraphs, each looked at once.
      if (grid) out.push(grid);
      else out.push(...blocks.slice(i, j));
      i = j;
      continue;
    }
    out.push(blocks[i]!);
    i++;
  }
  return out;
}

const MIN_PARAGRAPH_ITEMS = 3;

/**
 * A region list's items and the paragraph right after the list, when that paragraph opens with a
 * total word and the region reader takes it as the list's total row ("Totalt 18 mnkr",
 * "Sammanlagt blir det 2 044 078 kr."): the list read as the text formats read the same list and
 * its closing line, the paragraph its last row. Null otherwise.
 */
function closedList(itemLines: readonly TextLine[], next: Block | undefined): Grid | null {
  if (next?.kind !== 'text' || next.role !== 'paragraph' || next.lines.length !== 1) return null;
  const closing = next.lines[0]!;
  if (!/\d/.test(closing.text) || !isTotalLabelText(closing.text.trim().split(/\s/)[0] ?? '')) return null;
  const grid = regionListFromItems([...itemLines, closing], isRegionLabel);
  return grid && grid.rows.length === itemLines.length + 1 ? grid : null;
}

/**
 * A paragraph whose lines, set apart by <br>, are each a region's amount, perhaps under a first
 * line that opens them ("Beloppen per län:"): that line stays text, the rest is a region list.
 */
function brokenLineList(b: Block): Block[] | null {
  if (b.kind !== 'text' || b.role !== 'paragraph' || b.lines.length < MIN_PARAGRAPH_ITEMS) return null;
  const first = b.lines[0]!.text.trim();
  const lead = first.endsWith(':') && parseListItem(first) === null ? 1 : 0;
  const items = b.lines.slice(lead);
  if (items.length < MIN_PARAGRAPH_ITEMS) return null;
  const grid = regionListFromItems(items, isRegionLabel);
  if (!grid) return null;
  return lead === 1 ? [{ kind: 'text', role: 'paragraph', lines: b.lines.slice(0, 1) }, grid] : [grid];
}

function isItemParagraph(b: Block): boolean {
  return b.kind === 'text' && b.role === 'paragraph' && b.lines.length === 1 && /\d/.test(b.lines[0]!.text) && parseListItem(b.lines[0]!.text) !== null;
}

function isItem(b: Block): boolean {
  return b.kind === 'text' && b.role === 'list-item' && b.lines.length === 1;
}
