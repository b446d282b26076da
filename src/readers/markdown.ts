import type { Root, Table as MdTable, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { attachCaptions } from '../layout/captions.js';
import { shareNoteHeaders } from '../layout/note-header.js';
import { splitLines, toGridCell, type SourceLine } from '../layout/source-line.js';
import { linesToBlocks } from '../layout/text-blocks.js';
import { isPlaceLabel, isRegionLabel } from './region-label.js';
import type { Block, Grid, GridCell, GridRow, Layout } from '../layout/types.js';
import { mayHoldTable } from './markdown-tables.js';
import { splitStackedTables } from '../layout/stacked-gfm-tables.js';
import { openFirstCells } from '../layout/open-first-cell.js';
import { placeShiftedCells } from '../layout/shifted-cells.js';
import { restoreNoteCells } from '../layout/dropped-note-cell.js';
import { alignPaddedHeaderRows } from '../layout/padded-header-rows.js';
import { attachTitlesAbove } from '../layout/gfm-titles-above.js';
import { dropCurrencyStops } from '../layout/currency-stop-cells.js';

/**
 * Markdown through remark (with GFM tables). Tables come from the syntax tree; everything
 * else goes line by line through the same block finder as plain text, because government
 * pages often carry tab-separated tables inside paragraphs.
 */
const parser = unified().use(remarkParse).use(remarkGfm);

function gridFromTable(file: string, node: MdTable, lines: string[]): Grid {
  const rows: GridRow[] = node.children.map((row, r) => {
    const cells: GridCell[] = row.children.map((cell) => {
      const kids = cell.children;
      const start = kids[0]?.position?.start ?? cell.position?.start;
      const end = kids[kids.length - 1]?.position?.end ?? start;
      const line = start?.line ?? 1;
      const src: SourceLine = { raw: lines[line - 1] ?? '', line };
      const from = kids.length > 0 && start ? start.column - 1 : 0;
      const to = kids.length > 0 && end && end.line === line ? end.column - 1 : from;
      const gc = toGridCell(file, src, from, to);
      gc.header = r === 0;
      return gc;
    });
    return { cells, location: { file, line: row.position?.start.line ?? 1, column: 1 } };
  });
  // "12 000 kr.": the stop after the currency word is no part of the value (currency-stop-cells.ts).
  dropCurrencyStops(rows, 1);
  // Rows that left out their empty note cell (dropped-note-cell.ts), and rows that left out their empty cells and were padded at the end (shifted-cells.ts).
  restoreNoteCells(rows, 1);
  placeShiftedCells(rows, 1, true);
  // Header rows that wrote each title once, from the left, and padded their end (padded-header-rows.ts).
  alignPaddedHeaderRows(rows, 1);
  return { kind: 'grid', source: 'gfm', caption: null, rows, headerRows: 1 };
}

export function readMarkdown(file: string, text: string, options: { fullParse?: boolean } = {}): Layout {
  const lines = splitLines(text);
  // Only tables are taken from the tree: text that cannot hold one skips the parse.
  const tree: Pick<Root, 'children'> = options.fullParse || mayHoldTable(text) ? (parser.parse(text) as Root) : { children: [] };
  const blocks: Block[] = [];
  let next = 1; // first source line not yet handed on
  const flushUntil = (endLine: number): void => {
    if (endLine < next) return;
    const src: SourceLine[] = [];
    for (let l = next; l <= endLine; l++) src.push({ raw: lines[l - 1] ?? '', line: l });
    for (const b of linesToBlocks(file, src, { isListLabel: isRegionLabel, isPlaceLabel })) blocks.push(b);
    next = endLine + 1;
  };
  for (const node of tree.children as RootContent[]) {
    if (node.type !== 'table' || !node.position) continue;
    flushUntil(node.position.start.line - 1);
    blocks.push(...splitStackedTables(openFirstCells(gridFromTable(file, node, lines), lines)));
    next = node.position.end.line + 1;
  }
  flushUntil(lines.length);
  // Group titles one a line right above a GFM table are its first header row when they fit it (gfm-titles-above.ts).
  const titled = attachTitlesAbove(blocks);
  blocks.length = 0;
  blocks.push(...titled);
  attachCaptions(blocks);
  // Notes printed under one header share it (note-header.ts): after the captions, which name the notes.
  shareNoteHeaders(blocks);
  return { file, format: 'markdown', blocks, lines, problems: [] };
}
