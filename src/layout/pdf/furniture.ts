import type { PageData, PdfLine } from './types.js';

/** Share of the page height at top and bottom where running heads and page numbers live. */
const BAND = 0.1;
/** "1 (3)", "6 (22)", "Sida 2 av 5", "- 4 -", "4/12", a bare "4". */
// Tested on the line with whitespace collapsed to single spaces, so ' ?' stands for \\s*.
const PAGE_NUMBER = /^(?:sida )?[-–]? ?\d{1,4} ?(?:\( ?\d{1,4} ?\)|(?:av|\/) ?\d{1,4})? ?[-–]?$/i;

/**
 * Drops page furniture: page numbers in the top or bottom band, and lines repeated in the
 * same band on several pages (running heads, document numbers in the footer).
 */
export function removeFurniture(pages: PageData[]): PdfLine[][] {
  const key = (l: PdfLine) => l.text.replace(/\d+/g, '#').toLowerCase();
  const inBand = (p: PageData, l: PdfLine): 'top' | 'bottom' | null => {
    const [, y0, , y1] = p.view;
    const h = y1 - y0;
    if (l.box.y >= y1 - BAND * h) return 'top';
    if (l.box.y + l.box.height <= y0 + BAND * h) return 'bottom';
    return null;
  };
  const seen = new Map<string, { page: number; baseline: number }[]>();
  for (const p of pages) {
    for (const l of p.lines) {
      const band = inBand(p, l);
      if (!band) continue;
      const k = `${band}|${key(l)}`;
      let s = seen.get(k);
      if (!s) seen.set(k, (s = []));
      s.push({ page: p.page, baseline: l.baseline });
    }
  }
  const repeats = (k: string, baseline: number) => new Set((seen.get(k) ?? []).filter((o) => Math.abs(o.baseline - baseline) < 3).map((o) => o.page)).size;
  const repeatMin = pages.length >= 2 ? 2 : Infinity;
  return pages.map((p) =>
    p.lines.filter((l) => {
      const band = inBand(p, l);
      if (!band) return true;
      if (PAGE_NUMBER.test(l.text.trim().replace(/\s+/g, ' '))) return false;
      return repeats(`${band}|${key(l)}`, l.baseline) < repeatMin;
    }),
  );
}
