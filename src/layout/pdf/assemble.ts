import type { Problem } from '../../model/document.js';
import { attachCaptions } from '../captions.js';
import type { Block, TextBlock, TextLine } from '../types.js';
import { bottomMargin, continues, topMargin, type PageItem } from './continuation.js';
import { removeFurniture } from './furniture.js';
import { joinWrapped } from './join-wrapped.js';
import { cleanOcrLines } from './ocr-words.js';
import { readOcrGrid } from './ocr-grid.js';
import { markUnlabelledTotal } from './ocr-total.js';
import { toTopLeft } from './page-coordinates.js';
import { markCutAtEdge } from './page-edge.js';
import { joinNumbersOverPages } from './wrapped-over-page.js';
import type { FoundGrid } from './grid-parts.js';
import type { PageData, PdfLine } from './types.js';
import { ruledTables } from './ruled-table.js';
import { whitespaceTables } from './whitespace-table.js';
import { t } from '../../messages/index.js';

/** Pages (lines, rulings) to blocks in reading order: paragraphs, headings and grids (ruled or spaced). */
export function assemble(file: string, pages: PageData[]): { blocks: Block[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const kept = removeFurniture(pages).map((ls) => ls.slice());
  joinNumbersOverPages(pages, kept, bottomMargin);
  const bodySize = typicalSize(kept.flat());
  const perPage: PageItem[][] = [];
  pages.forEach((p, idx) => {
    // An OCR layer's words carry what the scanner saw of borders and specks: cleaned first.
    const lines = p.ocr ? cleanOcrLines(kept[idx]!) : kept[idx]!;
    // The columns of the table the page before ends with: a lone row at this page's top may go on with it.
    const before = perPage[idx - 1]?.filter((i): i is { top: number; grid: FoundGrid } => 'grid' in i);
    const hint = before && before.length > 0 ? before[before.length - 1]!.grid.columnRights : undefined;
    // A page with nothing drawn on it (a word processor's blank first page) hides nothing from
    // the audit; a page that draws glyphs without text, an image or paths may hold numbers.
    if (p.empty && !p.blank) problems.push({ message: t('page.noText', { page: String(p.page) }), location: { file, page: p.page } });
    // Drawn borders say where cells are; whitespace analysis takes the tables without them.
    const ruled = ruledTables(file, p.page, lines, p.rulings ?? []);
    const open = ruled.used.size > 0 ? lines.filter((l) => !ruled.used.has(l)) : lines;
    const spaced = whitespaceTables(file, p.page, open, bottomMargin(p), topMargin(p), hint, p.ocr);
    const grids = [...ruled.grids, ...spaced.grids];
    markCutAtEdge(grids, p.view);
    // On a scanned page every cell's text was recognised by OCR: a sum over it is uncertain.
    if (p.ocr) for (const g of grids) readOcrGrid(g.grid);
    const used = new Set([...ruled.used, ...spaced.used]);
    const items: PageItem[] = [...grids.map((g) => ({ top: g.top, grid: g })), ...lines.filter((l) => !used.has(l)).map((l) => ({ top: l.box.y + l.box.height, line: l }))];
    items.sort((a, b) => b.top - a.top);
    perPage.push(items);
  });
  // A single row at the top of a page that continues no table, or at the bottom of a page that
  // no table goes on from, is text after all.
  perPage.forEach((items, idx) => {
    for (let k = 0; k < items.length; k++) {
      const item = items[k]!;
      if (!('grid' in item) || !item.grid.tentative) continue;
      if (idx > 0 && continues(pages[idx - 1]!, perPage[idx - 1]!, pages[idx]!, items)?.next === item.grid) continue;
      if (idx + 1 < pages.length && continues(pages[idx]!, items, pages[idx + 1]!, perPage[idx + 1]!)?.previous === item.grid) continue;
      items.splice(k, 1, ...item.grid.tentative.map((l) => ({ top: l.box.y + l.box.height, line: l })));
    }
  });

  const blocks: Block[] = [];
  perPage.forEach((items, idx) => {
    // A table that goes on from the previous page (same columns, no caption or text between
    // but running heads and page numbers) joins that page's grid: one table, one total.
    const joinsPrevious = idx > 0 ? continues(pages[idx - 1]!, perPage[idx - 1]!, pages[idx]!, items) : null;
    let para: PdfLine[] = [];
    const flush = () => {
      if (para.length > 0) blocks.push(textBlock(file, para, bodySize));
      para = [];
    };
    for (const item of items) {
      if ('grid' in item) {
        flush();
        if (joinsPrevious && item.grid === joinsPrevious.next) {
          const tail = joinsPrevious.labelTail;
          const last = joinsPrevious.previous.grid.rows[joinsPrevious.previous.grid.rows.length - 1]!;
          if (tail) last.cells[0] = { ...last.cells[0]!, text: joinWrapped([last.cells[0]!.text, ...tail]) };
          joinsPrevious.previous.grid.rows.push(...item.grid.grid.rows.slice(joinsPrevious.skipRows));
          // The next page may continue it again.
          item.grid.grid = joinsPrevious.previous.grid;
          continue;
        }
        blocks.push(item.grid.grid);
        continue;
      }
      const prev = para[para.length - 1];
      if (prev && !sameParagraph(prev, item.line)) flush();
      para.push(item.line);
    }
    flush();
  });
  // A scanned table whose sum row lost its label to OCR, found once the table is whole.
  for (const b of blocks) if (b.kind === 'grid') markUnlabelledTotal(b);
  attachCaptions(blocks);
  toTopLeft(blocks, pages);
  return { blocks, problems };
}

function sameParagraph(prev: PdfLine, line: PdfLine): boolean {
  if (Math.abs(prev.size - line.size) > 0.5) return false;
  const pitch = prev.baseline - line.baseline;
  return pitch > 0 && pitch <= 1.45 * Math.max(prev.size, line.size);
}

function textBlock(file: string, lines: PdfLine[], bodySize: number): TextBlock {
  const textLines: TextLine[] = lines.map((l) => ({ text: l.text, location: { file, page: l.page, box: l.box } }));
  const heading = lines.every((l) => l.size >= 1.15 * bodySize) && lines.length <= 4;
  return { kind: 'text', role: heading ? 'heading' : 'paragraph', lines: textLines };
}

/** The font size most of the text is set in. */
function typicalSize(lines: PdfLine[]): number {
  const weight = new Map<number, number>();
  for (const l of lines) {
    const k = Math.round(l.size * 2) / 2;
    weight.set(k, (weight.get(k) ?? 0) + l.text.length);
  }
  let best = 10;
  let bestW = -1;
  for (const [k, w] of weight) if (w > bestW) [best, bestW] = [k, w];
  return best;
}
