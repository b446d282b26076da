import type { Document } from '../model/document.js';
import type { Box } from '../model/location.js';

/** A table row as it was read from a PDF page: label and cells, and the band of the page it fills. */
export interface RowQuote {
  page: number;
  /** Top and bottom of the row, in points from the top of the page. */
  top: number;
  bottom: number;
  text: string;
}

/** Every PDF table row of a document, for printers to quote beside a finding on that row. */
export function rowQuotes(doc: Document): RowQuote[] {
  const out: RowQuote[] = [];
  for (const table of doc.tables) {
    for (const row of table.rows) {
      const boxes: Box[] = [];
      let page: number | undefined;
      for (const loc of [row.location, ...row.cells.map((c) => c.location)]) {
        if (loc.box && loc.page !== undefined) {
          boxes.push(loc.box);
          page ??= loc.page;
        }
      }
      if (page === undefined || boxes.length === 0) continue;
      const top = Math.min(...boxes.map((b) => b.y));
      const bottom = Math.max(...boxes.map((b) => b.y + b.height));
      out.push({ page, top, bottom, text: [row.label, ...row.cells.map((c) => c.raw)].join(' | ') });
    }
  }
  return out;
}

/** The row whose band holds the middle of `box` on `page`. */
export function quoteAt(quotes: readonly RowQuote[], page: number, box: Box): RowQuote | null {
  const mid = box.y + box.height / 2;
  return quotes.find((q) => q.page === page && q.top <= mid && mid <= q.bottom) ?? null;
}
