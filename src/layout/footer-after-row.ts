import type { SourceLine } from './source-line.js';
import { SOURCE_OR_DATE } from './caption-below.js';

/**
 * A web page copied as text can run the line under a table into its last row: the source or the
 * date the figures were updated follows the last figure after a space or set right against it
 *
 *   Summa 3 900 4 200 Källa: Statistiska centralbyrån
 *   Totalt 12 4 200Uppdaterad 12 mars 2024
 *   Summa\t3 900\t4 200 Senast uppdaterad: 2024-03-01
 *
 * Read as one line, the row was no row (its figures left as prose) or the date became a row of its
 * own. Where a row (a label, then figures, the last right before the footer) runs into a source
 * ("Källa:", "Källor:") or an update or publication date ("Uppdaterad 12 mars 2024", "Senast
 * uppdaterad: 2024-03-01", "Publicerad 2024-03-01"), the line is cut there, with a blank line
 * between: the footer ends the table and is read as the text under it (caption-below.ts).
 */
const FOOTER = new RegExp(String.raw`(?<=\d)\s*(?=${SOURCE_OR_DATE})`, 'u');
const FIGURE = /^[-−–]?\d[\d,.]*$/;

/** Where the row ends and where the footer begins in `raw`, or null when no footer is run into a row. */
function footerCut(raw: string): { end: number; from: number } | null {
  const m = FOOTER.exec(raw);
  if (!m) return null;
  const before = raw.slice(0, m.index).trim().split(/\s+/);
  // A row: a label from a letter, then figures, the last of them right before the footer.
  if (!/^\p{L}/u.test(before[0] ?? '') || !FIGURE.test(before[before.length - 1]!) || before.length < 2) return null;
  return { end: m.index, from: m.index + m[0].length };
}

export function splitFootersAfterRows(lines: SourceLine[]): SourceLine[] {
  if (!lines.some((l) => FOOTER.test(l.raw))) return lines;
  const out: SourceLine[] = [];
  for (const src of lines) {
    const cut = footerCut(src.raw);
    if (!cut) {
      out.push(src);
      continue;
    }
    const col = src.column ?? 1;
    out.push({ ...src, raw: src.raw.slice(0, cut.end) });
    out.push({ raw: '', line: src.line, column: col + cut.end });
    out.push({ raw: src.raw.slice(cut.from), line: src.line, column: col + cut.from });
  }
  return out;
}
