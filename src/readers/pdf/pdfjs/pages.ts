import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PageData } from '../../../layout/pdf/types.js';
import { checkDeadline } from '../overdue.js';
import { extractPage } from './extract.js';

export interface PageRangeResult {
  pages: PageData[];
  lost: { page: number; reason: string }[];
}

/** Reads pages from..to (1-based, inclusive) of an open document; a page that fails is reported as lost. */
export async function readRange(doc: PDFDocumentProxy, from: number, to: number, deadline: number): Promise<PageRangeResult> {
  const pages: PageData[] = [];
  const lost: PageRangeResult['lost'] = [];
  for (let n = from; n <= to; n++) {
    checkDeadline(deadline);
    try {
      pages.push(await extractPage(doc, n));
    } catch (err) {
      lost.push({ page: n, reason: err instanceof Error ? err.message : String(err) });
    }
  }
  return { pages, lost };
}
