import { detectAlignedGrid } from './aligned-grid.js';
import { detectCellPerLineGrid } from './cell-per-line-grid.js';
import { detectNumberedGrid, isNumberedCaption } from './numbered-grid.js';
import type { SourceLine } from './source-line.js';
import { toTextLine } from './source-line.js';
import { detectTabGrid, isTabRow } from './tab-grid.js';
import type { Block, TextBlock, TextLine } from './types.js';

/**
 * Turns source lines into blocks: headings, paragraphs, list items, and the grids that
 * plain text carries (tab-separated, numbered "Varav" tables, one cell per line, space-aligned).
 * Used by every text-like reader, so a table reads the same whatever file it came in.
 */
const HEADING = /^\s{0,3}(#{1,6})\s+/;
const BULLET = /^\s*([-*+•−–])\s+/;

function stripPrefix(file: string, src: SourceLine, prefix: RegExp): TextLine {
  const m = prefix.exec(src.raw);
  return toTextLine(file, src, m ? m[0].length : 0);
}

export function linesToBlocks(file: string, lines: SourceLine[]): Block[] {
  const blocks: Block[] = [];
  let current: TextBlock | null = null;
  const flush = (): void => {
    if (current && current.lines.some((l) => l.text.trim() !== '')) blocks.push(current);
    current = null;
  };
  let i = 0;
  while (i < lines.length) {
    const src = lines[i]!;
    const raw = src.raw;
    if (raw.trim() === '') {
      flush();
      i++;
      continue;
    }
    if (isTabRow(raw)) {
      const found = detectTabGrid(file, lines, i);
      if (found) {
        flush();
        blocks.push(found.grid);
        i = found.end;
        continue;
      }
    }
    if (isNumberedCaption(raw)) {
      const found = detectNumberedGrid(file, lines, i);
      if (found) {
        flush();
        blocks.push({ kind: 'text', role: 'paragraph', lines: [toTextLine(file, src)] });
        blocks.push(found.grid);
        i = found.end;
        continue;
      }
    }
    if (HEADING.test(raw)) {
      flush();
      blocks.push({ kind: 'text', role: 'heading', lines: [stripPrefix(file, src, HEADING)] });
      i++;
      continue;
    }
    if (BULLET.test(raw)) {
      flush();
      current = { kind: 'text', role: 'list-item', lines: [stripPrefix(file, src, BULLET)] };
      i++;
      continue;
    }
    const grid = (raw.includes('  ') ? detectAlignedGrid(file, lines, i) : null) ?? detectCellPerLineGrid(file, lines, i);
    if (grid) {
      flush();
      blocks.push(grid.grid);
      i = grid.end;
      continue;
    }
    if (!current) current = { kind: 'text', role: 'paragraph', lines: [] };
    (current as TextBlock).lines.push(toTextLine(file, src));
    i++;
  }
  flush();
  return blocks;
}
