import type { PageData, PdfLine } from './types.js';

/** Share of the page height at top and bottom where running heads and page numbers live. */
const BAND = 0.1;
/** How far (user space units) a repeated line may move between pages and still be the same one. */
const SAME_PLACE = 3;
/** A page number alone: "3", "- 3 -", "3 (12)", "3/12", "Sida 3 av 12", "Sida 3". */
// Tested on the line with whitespace collapsed to single spaces, so ' ?' stands for \\s* (linear, no backtracking).
const PAGE_NUMBER = /^(?:sida )?[-–]? ?(\d{1,4}) ?(?:\( ?(\d{1,4}) ?\)|(?:av|\/) ?(\d{1,4}))? ?[-–]?$/i;

const found = new WeakMap<PageData[], Set<PdfLine>>();

/**
 * Page furniture: a line in the top or bottom band of a page that stands at the same place on
 * another page either identically (a running head, a document number in the footer) or
 * differing only in a page number ("3 (12)" and "4 (12)", "Sida 3 av 12", a bare "4"): one
 * number that moves in step with the page while the rest stays. A line that recurs with other
 * numbers (an amount, a date that changes) is not furniture. A page number alone ("1 (2)",
 * "Sida 1 av 2") is furniture also where no other page repeats it, when its number is the
 * page's own (and its total, if any, the page count): the page index confirms it.
 */
export function furnitureOf(pages: PageData[]): PdfLine[] {
  return [...furnitureSet(pages)];
}

/** The pages' lines without their furniture. */
export function removeFurniture(pages: PageData[]): PdfLine[][] {
  const drop = furnitureSet(pages);
  return pages.map((p) => (drop.size === 0 ? p.lines : p.lines.filter((l) => !drop.has(l))));
}

function furnitureSet(pages: PageData[]): Set<PdfLine> {
  const hit = found.get(pages);
  if (hit) return hit;
  const drop = new Set<PdfLine>();
  found.set(pages, drop);
  for (const p of pages) {
    for (const l of p.lines) if (bandOf(p, l) && ownPageNumber(l.text, p.page, pages.length)) drop.add(l);
  }
  if (pages.length < 2) return drop;
  const groups = new Map<string, PdfLine[]>();
  for (const p of pages) {
    for (const l of p.lines) {
      const band = bandOf(p, l);
      if (!band) continue;
      const k = `${band}|${l.text.replace(/\d+/g, '#')}`;
      let g = groups.get(k);
      if (!g) groups.set(k, (g = []));
      g.push(l);
    }
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    for (const line of group) {
      if (drop.has(line)) continue;
      for (const other of group) {
        if (other.page === line.page || Math.abs(other.baseline - line.baseline) >= SAME_PLACE) continue;
        if (other.text === line.text || onlyPageNumberDiffers(line, other)) {
          drop.add(line);
          break;
        }
      }
    }
  }
  keepRepeatedHeaders(pages, drop);
  return drop;
}

/**
 * A table's header repeated on every page can start in the top band (a group header over its
 * columns): a repeated line there is no running head when the line right under it repeats at
 * the same place too, in step, and that block reaches below the band into the page's body with
 * a line of several headers side by side.
 */
function keepRepeatedHeaders(pages: PageData[], drop: Set<PdfLine>): void {
  // Every line by its text, made when a candidate first needs it: most documents have none.
  let byText: Map<string, PdfLine[]> | null = null;
  const linesByText = (): Map<string, PdfLine[]> => {
    if (byText) return byText;
    byText = new Map();
    for (const p of pages) {
      for (const l of p.lines) {
        const same = byText.get(l.text);
        if (same) same.push(l);
        else byText.set(l.text, [l]);
      }
    }
    return byText;
  };
  const repeated = (l: PdfLine) => (linesByText().get(l.text) ?? []).some((o) => o.page !== l.page && Math.abs(o.baseline - l.baseline) < SAME_PLACE);
  for (const p of pages) {
    const keep = new Set<PdfLine>();
    for (let k = p.lines.length - 2; k >= 0; k--) {
      const line = p.lines[k]!;
      const below = p.lines[k + 1]!;
      if (!drop.has(line) || bandOf(p, line) !== 'top') continue;
      const close = line.baseline - below.baseline <= 2 * Math.max(line.size, below.size);
      // A table's header row below: several headers side by side, repeated in step.
      const bodyBelow = keep.has(below) || (!drop.has(below) && bandOf(p, below) === null && below.segments.length >= 2 && repeated(below));
      if (close && bodyBelow) keep.add(line);
    }
    for (const l of keep) drop.delete(l);
  }
}

function bandOf(p: PageData, l: PdfLine): 'top' | 'bottom' | null {
  const [, y0, , y1] = p.view;
  const h = y1 - y0;
  if (l.box.y >= y1 - BAND * h) return 'top';
  if (l.box.y + l.box.height <= y0 + BAND * h) return 'bottom';
  return null;
}

/** Same text but for one number, which differs between the lines by as much as their pages do. */
function onlyPageNumberDiffers(a: PdfLine, b: PdfLine): boolean {
  const na = (a.text.match(/\d+/g) ?? []).map(Number);
  const nb = (b.text.match(/\d+/g) ?? []).map(Number);
  if (na.length !== nb.length) return false;
  let differing = 0;
  for (let k = 0; k < na.length; k++) {
    if (na[k] === nb[k]) continue;
    if (++differing > 1 || na[k]! - a.page !== nb[k]! - b.page) return false;
  }
  return differing === 1;
}

/** "3 (12)" on page 3 of 12, "Sida 3 av 12", a bare "3": the page's own number. */
function ownPageNumber(text: string, page: number, count: number): boolean {
  const m = PAGE_NUMBER.exec(text.trim().replace(/\s+/g, ' '));
  if (!m) return false;
  const total = m[2] ?? m[3];
  return Number(m[1]) === page && (total === undefined || Number(total) === count);
}
