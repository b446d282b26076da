import { buildLines } from '../../layout/pdf/lines.js';
import { isNumericCell } from '../../layout/pdf/numeric.js';
import type { PageData, Run, Spacer } from '../../layout/pdf/types.js';

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

/** Text items to lines: horizontal runs kept, whitespace items kept as spacers. */
export function pageLines(pageNumber: number, items: Iterable<ItemLike>, styleOf: (font: string) => StyleLike | undefined): { lines: PageData['lines']; empty: boolean } {
  const runs: Run[] = [];
  const spacers: Spacer[] = [];
  for (const item of items) {
    if (item.transform.length < 6) continue;
    const [a, b, c, d, e, f] = item.transform as [number, number, number, number, number, number];
    // Rotated or vertical text is not part of the tables and prose we read.
    if (Math.abs(b) > 0.01 * Math.abs(a) || Math.abs(c) > 0.01 * Math.abs(d) || a <= 0) continue;
    const style = styleOf(item.fontName);
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
  return { lines: buildLines(pageNumber, runs, spacers), empty: runs.length === 0 };
}

/** NFKC (ligatures, full-width forms) except the no-break spaces that group digits. */
function normalise(s: string): string {
  // Printable ASCII is its own NFKC form.
  if (/^[\x20-\x7e]*$/.test(s)) return s;
  return s.replace(/[^\u00a0\u202f]+/g, (part) => part.normalize('NFKC'));
}

/** Two or more lines with a number standing apart from other text: worth looking for rulings. */
export function looksTabular(lines: PageData['lines']): boolean {
  let n = 0;
  for (const line of lines) {
    if (line.segments.length >= 2 && line.segments.slice(1).some((s) => isNumericCell(s.text))) n++;
    if (n >= 2) return true;
  }
  return false;
}
