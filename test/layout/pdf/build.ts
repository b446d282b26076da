/** Lines and pages for layout tests, set the way a PDF reader hands them on (PDF y grows upwards). */
import type { PageData, PdfLine, Segment } from '../../../src/layout/pdf/types.js';

/** One segment; `parts` are its runs as [text, x, width] (default: one run). */
export const seg = (text: string, x: number, baseline: number, width = text.length * 5, parts?: [string, number, number][]): Segment => {
  const box = { x, y: baseline - 2, width, height: 10 };
  const runs = (parts ?? [[text, x, width]]).map(([t, px, w]) => ({ text: t, box: { x: px, y: baseline - 2, width: w, height: 10 } }));
  return { text, box, size: 10, parts: runs };
};

/** A right-aligned number ending at `right`. */
export const num = (text: string, right: number, baseline: number) => seg(text, right - text.length * 5, baseline);

export const line = (baseline: number, ...segments: Segment[]): PdfLine => ({
  page: 1,
  text: segments.map((s) => s.text).join(' '),
  segments,
  baseline,
  box: { x: Math.min(...segments.map((s) => s.box.x)), y: baseline - 2, width: Math.max(...segments.map((s) => s.box.x + s.box.width)) - Math.min(...segments.map((s) => s.box.x)), height: 10 },
  size: 10,
});

/** An A4 portrait page (595 × 842) with its lines. */
export const page = (n: number, lines: PdfLine[], view: [number, number, number, number] = [0, 0, 595, 842]): PageData => ({
  page: n,
  view,
  lines: lines.map((l) => ({ ...l, page: n })),
  empty: false,
});

/** A table row: label at x=60, values right-aligned at the given column edges. */
export const tableRow = (baseline: number, label: string, values: string[], rights: number[]) => line(baseline, seg(label, 60, baseline), ...values.map((v, k) => num(v, rights[k]!, baseline)));
