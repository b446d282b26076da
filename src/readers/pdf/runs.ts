import { buildLines } from '../../layout/pdf/lines.js';
import { isAmountCell, isNumericCell } from '../../layout/pdf/numeric.js';
import type { PageData, PdfLine, Ruling, Run, Spacer } from '../../layout/pdf/types.js';
import type { Box } from '../../model/location.js';
import { frameOf, type Frame } from './frame.js';

/** A text item as both paths produce it (pdfjs's getTextContent shape). */
export interface ItemLike {
  str: string;
  transform: number[];
  width: number;
  fontName: string;
}

export interface StyleLike {
  ascent?: number;
  descent?: number;
  vertical?: boolean;
}

type Six = [number, number, number, number, number, number];

/**
 * Text items to lines, in the frame the page's text is read in (see frame.ts): horizontal
 * runs kept, whitespace items kept as spacers. Text in another direction (a rotated header,
 * a vertical margin note, vertical writing) is read in its own direction and placed where
 * it stands on the page, so nothing drawn as text is lost.
 */
export function pageLines(
  pageNumber: number,
  items: Iterable<ItemLike>,
  styleOf: (font: string) => StyleLike | undefined,
  view: [number, number, number, number],
): { lines: PageData['lines']; empty: boolean; view: [number, number, number, number]; frame: Frame | null } {
  const list = [...items];
  const frame = frameOf(list, view);
  const runs: Run[] = [];
  const spacers: Spacer[] = [];
  /** Items in other directions, by angle in whole degrees ('v': vertical writing). */
  const other = new Map<number | 'v', ItemLike[]>();
  for (const item of list) {
    if (item.transform.length < 6) continue;
    const t = frame ? multiply(frame.matrix, item.transform as Six) : (item.transform as Six);
    // Read by index: a destructuring pattern runs the array iterator, slow until V8 optimises
    // this loop, and it runs once per text item of every page.
    const a = t[0];
    const b = t[1];
    const c = t[2];
    const d = t[3];
    const e = t[4];
    const f = t[5];
    const style = styleOf(item.fontName);
    const horizontal = Math.abs(b) <= 0.01 * Math.abs(a) && Math.abs(c) <= 0.01 * Math.abs(d) && a > 0;
    if (!horizontal || style?.vertical) {
      if (item.str.trim() === '') continue;
      const key = style?.vertical ? 'v' : Math.round((Math.atan2(b, a) * 180) / Math.PI);
      let group = other.get(key);
      if (!group) other.set(key, (group = []));
      group.push({ ...item, transform: t });
      continue;
    }
    if (item.str.trim() === '') {
      if (item.str.length > 0) spacers.push({ text: item.str, x: e, baseline: f, width: item.width });
      continue;
    }
    runs.push(runOf(item.str, e, f, item.width, Math.abs(d) || Math.abs(a), style, item.fontName));
  }
  let lines = buildLines(pageNumber, runs, spacers);
  let count = runs.length;
  for (const [key, group] of other) {
    const turned = key === 'v' ? verticalLines(pageNumber, group, styleOf) : turnedLines(pageNumber, group, key, styleOf);
    count += group.length;
    lines = mergeByBaseline(lines, turned);
  }
  return { lines, empty: count === 0, view: frame ? frame.view : view, frame };
}

function runOf(text: string, x: number, baseline: number, width: number, size: number, style: StyleLike | undefined, font: string): Run {
  return { text: normalise(text), x, baseline, width, size, ascent: style?.ascent ?? 0.8, descent: style?.descent ?? -0.2, font };
}

/** Items at `degrees` to the frame: lines built in their own direction, boxes turned back. */
function turnedLines(pageNumber: number, items: ItemLike[], degrees: number, styleOf: (font: string) => StyleLike | undefined): PdfLine[] {
  const rad = (degrees * Math.PI) / 180;
  const cos = Math.cos(rad);
  const sin = Math.sin(rad);
  const runs = items.map((item) => {
    const [a, b, c, d, e, f] = item.transform as Six;
    // Into the text's own direction: rotate by -degrees.
    const x = cos * e + sin * f;
    const y = -sin * e + cos * f;
    const size = Math.hypot(c, d) || Math.hypot(a, b);
    return runOf(item.str, x, y, item.width, size, styleOf(item.fontName), item.fontName);
  });
  const back = (box: Box): Box => turnBox(box, cos, sin);
  return buildLines(pageNumber, runs, []).map((l) => {
    const box = back(l.box);
    return {
      ...l,
      box,
      // On the page, a turned line stands where its box is; its "baseline" orders it among the others.
      baseline: box.y + box.height / 2,
      segments: l.segments.map((s) => ({ ...s, box: back(s.box), parts: s.parts.map((p) => ({ ...p, box: back(p.box) })) })),
    };
  });
}

/** Vertical writing: each item is one column of text, kept as one line where it stands. */
function verticalLines(pageNumber: number, items: ItemLike[], styleOf: (font: string) => StyleLike | undefined): PdfLine[] {
  return items
    .map((item) => {
      const [a, , , d, e, f] = item.transform as Six;
      return buildLines(pageNumber, [runOf(item.str, e, f, item.width, Math.abs(d) || Math.abs(a), styleOf(item.fontName), item.fontName)], [])[0]!;
    })
    .sort((p, q) => p.box.x - q.box.x);
}

/** The axis-aligned box around `box` turned by the angle with this cosine and sine. */
function turnBox(box: Box, cos: number, sin: number): Box {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [x, y] of [
    [box.x, box.y],
    [box.x + box.width, box.y],
    [box.x, box.y + box.height],
    [box.x + box.width, box.y + box.height],
  ] as const) {
    xs.push(cos * x - sin * y);
    ys.push(sin * x + cos * y);
  }
  const r = (v: number) => Math.round(v * 100) / 100;
  const x0 = Math.min(...xs);
  const y0 = Math.min(...ys);
  return { x: r(x0), y: r(y0), width: r(Math.max(...xs) - x0), height: r(Math.max(...ys) - y0) };
}

/** Inserts `extra` among `lines` (top to bottom) by baseline, leaving the order of `lines` as it is. */
function mergeByBaseline(lines: PdfLine[], extra: PdfLine[]): PdfLine[] {
  if (extra.length === 0) return lines;
  const out: PdfLine[] = [];
  const rest = extra.slice().sort((p, q) => q.baseline - p.baseline);
  let k = 0;
  for (const line of lines) {
    while (k < rest.length && rest[k]!.baseline > line.baseline) out.push(rest[k++]!);
    out.push(line);
  }
  while (k < rest.length) out.push(rest[k++]!);
  return out;
}

/** m1 × m2 in pdfjs's convention (m2 applied first). */
function multiply(m1: Six, m2: Six): Six {
  return [
    m1[0] * m2[0] + m1[2] * m2[1],
    m1[1] * m2[0] + m1[3] * m2[1],
    m1[0] * m2[2] + m1[2] * m2[3],
    m1[1] * m2[2] + m1[3] * m2[3],
    m1[0] * m2[4] + m1[2] * m2[5] + m1[4],
    m1[1] * m2[4] + m1[3] * m2[5] + m1[5],
  ];
}

/** Rulings (user space) into the page's reading frame. */
export function rulingsInFrame(rulings: Ruling[], frame: Frame | null): Ruling[] {
  if (!frame) return rulings;
  const [a, b, c, d, e, f] = frame.matrix;
  return rulings.map((r) => {
    const x1 = a * r.x1 + c * r.y1 + e;
    const y1 = b * r.x1 + d * r.y1 + f;
    const x2 = a * r.x2 + c * r.y2 + e;
    const y2 = b * r.x2 + d * r.y2 + f;
    // Kept with the smaller coordinate first, as the rulings code writes them.
    const forward = Math.abs(x2 - x1) >= Math.abs(y2 - y1) ? x1 <= x2 : y1 <= y2;
    return forward ? { x1, y1, x2, y2 } : { x1: x2, y1: y2, x2: x1, y2: y1 };
  });
}

/**
 * Printable ASCII and the Latin-1 letters (À–ÿ, with å, ä, ö, × and ÷) are their own NFKC form,
 * and none of them composes with a neighbour: most runs of Swedish text need no normalising.
 */
export const OWN_NFKC = /^[\x20-\x7e\u00c0-\u00ff]*$/;

/** NFKC (ligatures, full-width forms) except the no-break spaces that group digits. */
export function normalise(s: string): string {
  if (OWN_NFKC.test(s)) return s;
  return s.replace(/[^\u00a0\u202f]+/g, (part) => part.normalize('NFKC'));
}

/** Two or more lines with a number (or an amount with its unit) standing apart from other text: worth looking for rulings. */
export function looksTabular(lines: PageData['lines']): boolean {
  let n = 0;
  for (const line of lines) {
    if (line.segments.length >= 2 && line.segments.slice(1).some((s) => isNumericCell(s.text) || isAmountCell(s.text))) n++;
    if (n >= 2) return true;
  }
  return false;
}
