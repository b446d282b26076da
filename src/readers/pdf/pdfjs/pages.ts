import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PageData } from '../../../layout/pdf/types.js';
import { extractPage, openPdf } from './extract.js';

export interface PageRangeResult {
  pages: PageData[];
  lost: { page: number; reason: string }[];
}

/** Reads pages from..to (1-based, inclusive) of an open document; a page that fails is reported as lost. */
export async function readRange(doc: PDFDocumentProxy, from: number, to: number, deadline: number): Promise<PageRangeResult> {
  const pages: PageData[] = [];
  const lost: PageRangeResult['lost'] = [];
  for (let n = from; n <= to; n++) {
    if (Date.now() > deadline) throw new Error('timeout');
    try {
      pages.push(await extractPage(doc, n));
    } catch (err) {
      lost.push({ page: n, reason: err instanceof Error ? err.message : String(err) });
    }
  }
  return { pages, lost };
}

/** Opens the bytes and reads a page range: what a worker thread does for its share. */
export async function readRangeFromBytes(bytes: Uint8Array, from: number, to: number, deadline: number): Promise<PageRangeResult> {
  const task = openPdf(bytes);
  const doc = await task.promise;
  try {
    return await readRange(doc, from, to, deadline);
  } finally {
    await task.destroy();
  }
}
