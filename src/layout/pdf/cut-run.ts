import { right } from './lines.js';
import type { Segment } from './types.js';

/** Marks a cell whose text runs over two column alignments, so it is reported unreadable rather than read as one number. */
export const OVER_COLUMNS = '[över två kolumner]';

const GROUP_SPACE = /[ \u00a0\u202f\u2009]+/;

/** A glyph's estimated advance within a run: a digit one unit, a space half (positions inside a run are not known). */
const advance = (ch: string): number => (GROUP_SPACE.test(ch) ? 0.5 : 1);

/**
 * A run without the spaces it ends with: some producers (Ghostscript re-distilling) write a
 * cell's text with a trailing space whose advance reaches over the rule beside the cell. The
 * space is estimated by `advance`; the text itself is kept as it came.
 */
export function withoutTrailingSpace(part: Segment['parts'][number]): Segment['parts'][number] {
  // A loop, not /\s+$/: that pattern backtracks quadratically on long runs of spaces.
  let end = part.text.length;
  while (end > 0 && GROUP_SPACE.test(part.text.charAt(end - 1))) end--;
  const trimmed = part.text.slice(0, end);
  if (trimmed === part.text || trimmed === '') return part;
  const weigh = (s: string) => [...s].reduce((n, ch) => n + advance(ch), 0);
  const width = (part.box.width * weigh(trimmed)) / weigh(part.text);
  return { text: part.text, box: { ...part.box, width } };
}

/**
 * Cuts one run of numbers at the column edges inside it (right edges of right-aligned
 * columns, or the rules between ruled cells). Glyph positions within a run are not
 * known, so they are estimated (digits one unit, a space half); a cut goes at the boundary
 * between two numbers nearest to the column edge, and only where both sides are well-formed
 * numbers ("1 033 024", not "033 024"). With `words` (a run over a drawn rule, which no cell's
 * text crosses) other text is cut at the word boundary nearest the rule. Null when no cut fits.
 */
export function cutRun(part: Segment['parts'][number], columnEdges: number[], size: number, words = false): Segment['parts'] | null {
  const edges = columnEdges.filter((r) => r > part.box.x + 2 && r < right(part.box) - 2);
  if (edges.length === 0) return null;
  const tokens: { text: string; start: number; end: number }[] = [];
  const re = /[^ \u00a0\u202f\u2009]+/g;
  for (let m = re.exec(part.text); m; m = re.exec(part.text)) tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  if (tokens.length < 2) return null;
  const numbers = tokens.every((t) => /^[-−–]?\d+(?:[,.]\d+)?%?$/.test(t.text));
  if (!numbers && !words) return null;
  const weight = (i: number) => advance(part.text.charAt(i));
  let total = 0;
  const before: number[] = [];
  for (let i = 0; i <= part.text.length; i++) {
    before.push(total);
    if (i < part.text.length) total += weight(i);
  }
  const unit = part.box.width / total;
  const xAt = (i: number) => part.box.x + unit * before[i]!;
  // Token k may end a number when the next token can start one and this piece is well formed.
  const pieceOk = (from: number, to: number) => {
    if (!numbers) return true;
    const ts = tokens.slice(from, to + 1).map((t) => t.text);
    return ts.length === 1 || (/^[-−–]?\d{1,3}$/.test(ts[0]!) && ts.slice(1, -1).every((t) => /^\d{3}$/.test(t)) && /^\d{3}(?:[,.]\d+)?%?$/.test(ts[ts.length - 1]!));
  };
  const ends: number[] = [];
  let from = 0;
  for (const edge of edges) {
    let best = -1;
    let bestDist = Infinity;
    for (let k = from; k < tokens.length - 1; k++) {
      if (!pieceOk(from, k)) continue;
      const d = Math.abs(xAt(tokens[k]!.end) - edge);
      if (d < bestDist) [best, bestDist] = [k, d];
    }
    // Further off than two digits: the estimate cannot say where the edge falls.
    if (best < 0 || (numbers && bestDist > 2 * unit + 0.2 * size)) return null;
    ends.push(best);
    from = best + 1;
  }
  if (!pieceOk(from, tokens.length - 1)) return null;
  ends.push(tokens.length - 1);
  // Boxes are estimates; each piece is snapped to the edge it was cut at.
  const out: Segment['parts'] = [];
  let first = 0;
  ends.forEach((k, n) => {
    const a = tokens[first]!.start;
    const b = tokens[k]!.end;
    const x0 = first === 0 ? part.box.x : Math.max(xAt(a), edges[n - 1]! + 0.5);
    const x1 = k === tokens.length - 1 ? right(part.box) : Math.min(xAt(b), edges[n]!);
    out.push({ text: part.text.slice(a, b), box: { x: x0, y: part.box.y, width: Math.max(0, x1 - x0), height: part.box.height } });
    first = k + 1;
  });
  return out;
}
