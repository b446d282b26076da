import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PageData } from '../../../layout/pdf/types.js';
import { looksTabular, pageLines, rulingsInFrame, type ItemLike, type StyleLike } from '../runs.js';
import { drawsNothing, ocrLayerFromOperatorList, rulingsFromOperatorList } from './oplist.js';

/** The installed pdfjs-dist's folder: its bundled CMaps and standard-font data are read from disk. */
function pdfjsDir(): string {
  return dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
}

/**
 * pdfjs options for untrusted input: no code generation, no font loading into the host,
 * no system fonts, nothing fetched (CMaps and standard-font data are files of the installed
 * package, read by pdfjs's Node factories); keep going past damaged objects.
 */
export function openPdf(bytes: Uint8Array, password?: string) {
  const dir = pdfjsDir();
  return getDocument({
    data: bytes,
    password,
    cMapUrl: join(dir, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(dir, 'standard_fonts') + '/',
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    useWorkerFetch: false,
    disableAutoFetch: true,
    disableStream: true,
    enableXfa: false,
    verbosity: 0,
  });
}

/** Reads one page with pdfjs: text runs into lines, and rulings when the text looks like a table. */
export async function extractPage(doc: PDFDocumentProxy, pageNumber: number): Promise<PageData> {
  const page = await doc.getPage(pageNumber);
  try {
    // Normalisation off so NBSP and narrow NBSP in numbers survive; other characters are normalised later.
    const content = await page.getTextContent({ disableNormalization: true });
    const styles = content.styles as Record<string, StyleLike>;
    const items = content.items.filter((i): i is typeof i & ItemLike => 'str' in i);
    const { lines, empty, view, frame } = pageLines(pageNumber, items, (f) => styles[f], page.view as [number, number, number, number]);
    const data: PageData = { page: pageNumber, view, lines, empty };
    if (empty) {
      const ops = await page.getOperatorList();
      if (drawsNothing(ops.fnArray, ops.argsArray)) data.blank = true;
    }
    if (looksTabular(lines)) {
      const ops = await page.getOperatorList();
      data.rulings = rulingsInFrame(rulingsFromOperatorList(ops.fnArray, ops.argsArray), frame);
      // Only where tables are: the OCR mark is for their cells.
      if (ocrLayerFromOperatorList(ops.fnArray, ops.argsArray)) data.ocr = true;
    }
    return data;
  } finally {
    page.cleanup();
  }
}
