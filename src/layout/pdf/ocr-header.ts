import type { Grid } from '../types.js';

/**
 * A header repeated over a page break, as OCR read it twice. Tesseract reads the long words of
 * a header alike on every page ("Kompetens", "Stimulansmedel") but specks, rules and short words
 * by chance ("yes" on one page, "na" on the next, for the same smudge of a rule). On scanned
 * pages a header repeats when its words of four letters or more are the same, and they hold
 * most of the header's letters on both pages: what differs is too little to be another header.
 */
const LONG = 4;
/** Share of a header's letters that must stand in its long words. */
const SHARE = 0.8;

const lettersOf = (w: string) => (w.match(/\p{L}/gu) ?? []).length;

function words(g: Grid, n: number): string[] {
  return g.rows
    .slice(0, n)
    .flatMap((r) => r.cells.flatMap((c) => c.text.split(/\s+/)))
    .filter((w) => lettersOf(w) > 0);
}

function longWords(ws: string[]): string[] {
  return ws
    .filter((w) => lettersOf(w) >= LONG)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
    .sort();
}

function mostlyLong(ws: string[]): boolean {
  const all = ws.reduce((s, w) => s + lettersOf(w), 0);
  const long = ws.filter((w) => lettersOf(w) >= LONG).reduce((s, w) => s + lettersOf(w), 0);
  return all > 0 && long >= SHARE * all;
}

/** Whether the first `prevRows` header rows of `prev` and the first `nextRows` of `next` are one header read twice by OCR. */
export function sameOcrHeader(prev: Grid, prevRows: number, next: Grid, nextRows: number): boolean {
  const a = words(prev, prevRows);
  const b = words(next, nextRows);
  const la = longWords(a);
  const lb = longWords(b);
  return la.length > 0 && la.join(' ') === lb.join(' ') && mostlyLong(a) && mostlyLong(b);
}
