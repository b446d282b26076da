import type { SourceLine } from './source-line.js';

/**
 * Text extracted from a PDF (pdftotext) starts each page after the first with a form feed, and
 * a table that runs over the break comes back with the page's furniture inside it: the page
 * number at the foot, the running head at the top of the next page. The form feed proves the
 * break; the furniture around it is left out so that the table's rows join up again:
 * - a page number on a line of its own just before the form feed ("7", "Sida 7", "7 (12)",
 *   "– 7 –"), a bare number only when set in from the margin, as page numbers are (a table pasted
 *   one cell a line has its figures at the margin);
 * - the first line of a page after the first when the first line of another page is the same
 *   line (digits aside): a running head, or a table's header printed again.
 * The blank lines around the furniture go with it when the lines on both sides are set without
 * blank lines between them, and one is kept when the text around sets its cells apart by them.
 */
const FORM_FEED = '\f';
const PAGE_NUMBER = /^\s*(?:sida\s+\d{1,4}(?:\s+(?:av|\/)\s+\d{1,4})?|\d{1,4}\s*\(\d{1,4}\)|[–-]\s?\d{1,4}\s?[–-])\s*$/i;
const BARE_NUMBER = /^\s{10,}\d{1,4}\s*$/;
const MAX_HEAD = 120;
const MAX_RUNNING_HEAD = 60;
/** A table row set in columns: a label, then a figure (maybe with a note in parentheses) after two spaces or a tab, at the line's end. */
const FIGURE_CELL = /^[-−–(]?\d[\d \u00a0,.)%]*(?: \([^()]*\))?$/;
const isRow = (raw: string): boolean => {
  const t = raw.trimEnd();
  const gap = Math.max(t.lastIndexOf('  '), t.lastIndexOf('\t'));
  return gap > 0 && t.slice(0, gap).trim() !== '' && FIGURE_CELL.test(t.slice(gap).trim());
};

const blank = (l: SourceLine | undefined): boolean => l === undefined || l.raw.trim() === '';
const shape = (raw: string): string => raw.replace(FORM_FEED, '').replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

export function withoutPageFurniture(lines: readonly SourceLine[]): SourceLine[] {
  if (!lines.some((l) => l.raw.includes(FORM_FEED))) return [...lines];
  const out = lines.map((l) => (l.raw.includes(FORM_FEED) ? { ...l, raw: l.raw.replace(/\f/g, '') } : l));
  // The first non-blank line of each page: page 1 from the top, the others from their form feed on.
  const starts: number[] = [];
  const firstFrom = (i: number): number => {
    while (i < out.length && blank(out[i])) i++;
    return i;
  };
  starts.push(firstFrom(0));
  const feeds = lines.flatMap((l, i) => (l.raw.includes(FORM_FEED) ? [i] : []));
  for (const f of feeds) starts.push(firstFrom(f));
  const heads = new Map<string, number>();
  for (const s of starts) if (s < out.length && out[s]!.raw.trim().length <= MAX_HEAD) heads.set(shape(out[s]!.raw), (heads.get(shape(out[s]!.raw)) ?? 0) + 1);
  const drop = new Set<number>();
  // Page 1's first line is the document's own (its title may read as the running head): it stays.
  for (const s of starts.slice(1)) if (s < out.length && (heads.get(shape(out[s]!.raw)) ?? 0) >= 2) drop.add(s);
  for (const f of feeds) {
    let j = f - 1;
    while (j >= 0 && blank(out[j])) j--;
    const numbered = j >= 0 && (PAGE_NUMBER.test(out[j]!.raw) || BARE_NUMBER.test(out[j]!.raw));
    if (numbered) drop.add(j);
    // A page's one running head ("Promemoria 2025-03-14") inside a table: a short line that is no row, between
    // rows of one table (the last before the break, the first after the head), goes with the page number.
    const s = firstFrom(f);
    if (!numbered || drop.has(s) || s >= out.length || out[s]!.raw.trim().length > MAX_RUNNING_HEAD || isRow(out[s]!.raw)) continue;
    let before = j - 1;
    while (before >= 0 && blank(out[before])) before--;
    const after = firstFrom(s + 1);
    if (before >= 0 && after < out.length && isRow(out[before]!.raw) && isRow(out[after]!.raw)) drop.add(s);
  }
  if (drop.size === 0) return out;
  // Each run of furniture and blank lines: dropped whole between lines set close, one blank kept between lines set apart.
  const keep: SourceLine[] = [];
  for (let i = 0; i < out.length; i++) {
    if (!drop.has(i)) {
      keep.push(out[i]!);
      continue;
    }
    let a = keep.length - 1;
    while (a >= 0 && blank(keep[a])) a--;
    let b = i;
    while (b < out.length && (drop.has(b) || blank(out[b]))) b++;
    const spaced = (a > 0 && blank(keep[a - 1])) || blank(out[b + 1]);
    keep.length = a + 1;
    if (spaced && a >= 0) keep.push({ raw: '', line: out[i]!.line });
    i = b - 1;
  }
  return keep;
}
