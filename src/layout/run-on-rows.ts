import { t } from '../messages/index.js';
import { looksValue } from './looks-numeric.js';
import type { SourceLine } from './source-line.js';
import { toGridCell } from './source-line.js';
import type { Grid, GridRow } from './types.js';

/**
 * Rows of a table of single-spaced columns run together on one line, as a PDF's text often sets
 * them: "Sysselsättning -2,4 1,9 1,7 Arbetslöshet 8,4 8,4 7,6 Timlön 2,8 1,1 3,5" under a header
 * of three years is three rows, though the reader of the line took the last three figures for its
 * cells and all before them for one label. Such a label is words and runs of exactly as many
 * figures as the row has cells, each run between words; it is cut into the rows it holds. A label
 * with figures in any other pattern (a road's number, a year) stays as it is. Where one row ended
 * was not printed, so the rows' cells are in doubt, as run-together-rows.ts marks the rows it cuts.
 */
const MIN_CELLS = 2;
const YEAR = /^(?:19|20)\d{2}$/;

interface Tok {
  text: string;
  from: number;
  to: number;
  figure: boolean;
}

function tokensOf(raw: string, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  for (const m of raw.slice(from, to).matchAll(/\S+/g)) {
    const text = m[0];
    out.push({ text, from: from + m.index, to: from + m.index + text.length, figure: looksValue(text) && /\d/.test(text) });
  }
  return out;
}

/** The label's segments (words, then `width` figures), the last segment's words; null unless the label is that. */
function segments(toks: Tok[], width: number): { words: Tok[]; figures: Tok[] }[] | null {
  const out: { words: Tok[]; figures: Tok[] }[] = [];
  let i = 0;
  while (i < toks.length) {
    const words: Tok[] = [];
    while (i < toks.length && !toks[i]!.figure) words.push(toks[i++]!);
    const figures: Tok[] = [];
    while (i < toks.length && toks[i]!.figure) figures.push(toks[i++]!);
    if (words.length === 0) return null;
    if (figures.length === 0) {
      if (i < toks.length) return null;
      out.push({ words, figures });
      break;
    }
    if (figures.length !== width || figures.every((f) => YEAR.test(f.text))) return null;
    out.push({ words, figures });
  }
  // At least one run of figures inside the label, and words after the last (the row whose cells the reader found).
  return out.length >= 2 && out[out.length - 1]!.figures.length === 0 ? out : null;
}

/** Each body row whose label holds whole rows, cut into them (in place). */
export function splitRunOnRows(file: string, lines: readonly SourceLine[], grid: Grid): void {
  const head = grid.headerRows ?? 0;
  const byLine = new Map(lines.map((l) => [l.line, l]));
  const rows: GridRow[] = [];
  grid.rows.forEach((row, n) => {
    const width = row.cells.length - 1;
    const label = row.cells[0];
    const src = label ? byLine.get(label.location.line ?? -1) : undefined;
    // The label may begin on a line above the row's figures, its last words going on on their line
    // ("… Timlön, nationalräkenska-" / "perna 2,8 1,1 …"): that line holds the rows run together.
    const above = src !== undefined && row.cells.length > 1 && row.cells.slice(1).every((c) => c.location.line !== undefined && c.location.line > src.line && c.location.line === row.cells[1]!.location.line);
    if (n < head || width < MIN_CELLS || !label || !src || label.colspan !== 1 || !(above || row.cells.slice(1).every((c) => c.location.line === src.line))) {
      rows.push(row);
      return;
    }
    const from = (label.location.column ?? 1) - (src.column ?? 1);
    const to = above ? src.raw.trimEnd().length : (label.location.endColumn ?? from + 1) - (src.column ?? 1);
    const own = src.raw.slice(Math.max(0, from), to).trim();
    const rest = above && label.text.trim().startsWith(own) ? label.text.trim().slice(own.length).trim() : '';
    if (from < 0 || to > src.raw.length || (above ? rest === '' : own !== label.text.trim())) {
      rows.push(row);
      return;
    }
    const parts = segments(tokensOf(src.raw, from, to), width);
    if (!parts) {
      rows.push(row);
      return;
    }
    for (const part of parts) {
      const words = toGridCell(file, src, part.words[0]!.from, part.words[part.words.length - 1]!.to);
      // The last row's label goes on on the line of its figures.
      if (part.figures.length === 0 && rest !== '') words.text = `${words.text.trim()} ${rest}`;
      const cells = part.figures.length > 0 ? [words, ...part.figures.map((f) => toGridCell(file, src, f.from, f.to))] : [words, ...row.cells.slice(1)];
      for (const c of cells.slice(1)) c.uncertain ??= t('reading.runTogetherCut');
      rows.push({ ...row, cells, location: words.location });
    }
  });
  grid.rows = rows;
}
