import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { buildLines } from '../layout/pdf/lines.js';
import { isNumericCell } from '../layout/pdf/numeric.js';
import type { PageData, Run, Spacer } from '../layout/pdf/types.js';
import { rulingsFromOperatorList } from './pdf-rulings.js';

/**
 * pdfjs options for untrusted input: no code generation, no font loading into the host,
 * no system fonts, nothing fetched; keep going past damaged objects.
 */
export function openPdf(bytes: Uint8Array) {
  return getDocument({
    data: bytes,
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

interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
  fontName: string;
}

/** Reads one page: text runs into lines, and rulings when the text looks like a table. */
export async function extractPage(doc: PDFDocumentProxy, pageNumber: number): Promise<PageData> {
  const page = await doc.getPage(pageNumber);
  try {
    // Normalisation off so NBSP and narrow NBSP in numbers survive; other characters are normalised below.
    const content = await page.getTextContent({ disableNormalization: true });
    const styles = content.styles as Record<string, { ascent?: number; descent?: number; vertical?: boolean }>;
    const runs: Run[] = [];
    const spacers: Spacer[] = [];
    for (const raw of content.items) {
      if (!('str' in raw)) continue;
      const item = raw as TextItemLike;
      const [a, b, c, d, e, f] = item.transform as [number, number, number, number, number, number];
      // Rotated or vertical text is not part of the tables and prose we read.
      if (Math.abs(b) > 0.01 * Math.abs(a) || Math.abs(c) > 0.01 * Math.abs(d) || a <= 0) continue;
      const style = styles[item.fontName];
      if (style?.vertical) continue;
      if (item.str.trim() === '') {
        if (item.str.length > 0) spacers.push({ text: item.str, x: e, baseline: f, width: item.width });
        continue;
      }
      const size = Math.abs(d) || Math.abs(a);
      runs.push({
        text: normalise(item.str),
        x: e,
        baseline: f,
        width: item.width,
        size,
        ascent: style?.ascent ?? 0.8,
        descent: style?.descent ?? -0.2,
        font: item.fontName,
      });
    }
    const lines = buildLines(pageNumber, runs, spacers);
    const view = page.view as [number, number, number, number];
    const data: PageData = { page: pageNumber, view, lines, empty: runs.length === 0 };
    if (looksTabular(lines)) {
      const ops = await page.getOperatorList();
      data.rulings = rulingsFromOperatorList(ops.fnArray, ops.argsArray);
    }
    return data;
  } finally {
    page.cleanup();
  }
}

/** NFKC (ligatures, full-width forms) except the no-break spaces that group digits. */
function normalise(s: string): string {
  return s.replace(/[^\u00a0\u202f]+/g, (part) => part.normalize('NFKC'));
}

/** Two or more lines with a number standing apart from other text: worth the operator list. */
function looksTabular(lines: PageData['lines']): boolean {
  let n = 0;
  for (const line of lines) {
    if (line.segments.length >= 2 && line.segments.slice(1).some((s) => isNumericCell(s.text))) n++;
    if (n >= 2) return true;
  }
  return false;
}
