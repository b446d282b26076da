import { detectInlineRegionList } from './inline-region-list.js';
import type { ListLabelTest } from './region-list.js';
import type { SourceLine } from './source-line.js';
import { toTextLine } from './source-line.js';
import type { Location } from '../model/location.js';
import type { Grid, TextBlock } from './types.js';

/**
 * A region list run on in one sentence (inline-region-list.ts) that the page wrapped over
 * several lines, as plain-text releases are hard-wrapped, an item sometimes cut between its name
 * and its figure:
 *
 *   Blekinge (0), Dalarna (1), Gotland (0), Gävleborg (1),
 *   Halland (0), Jämtland (1), Norrbotten
 *   (2), Skåne (23), Stockholm (106)
 *
 * A paragraph's lines are joined with single spaces up to the line that ends its sentence, and
 * read as one line. Each cell keeps its place on the line it was printed on. Tried only where the
 * first line leaves the sentence open (no full stop, question or exclamation mark at its end).
 */
const MAX_LINES = 12;
const MAX_JOINED = 2000;
const SENTENCE_END = /[.!?]\s*$/;

interface Piece {
  src: SourceLine;
  /** Offset of the line's text in the joined line. */
  at: number;
  /** Offset of the line's first character kept (leading spaces dropped) in its own raw. */
  from: number;
  length: number;
}

/** The place in the source of an offset into the joined line (1-based column, as toGridCell counts). */
function placeOf(pieces: Piece[], column: number): { line: number; column: number; end: number } {
  const offset = column - 1;
  let p = pieces[0]!;
  for (const q of pieces) if (q.at <= offset) p = q;
  const base = (p.src.column ?? 1) + p.from;
  return { line: p.src.line, column: base + (offset - p.at), end: base + p.length };
}

function moved(pieces: Piece[], loc: Location): Location {
  if (loc.column === undefined) return loc;
  const start = placeOf(pieces, loc.column);
  // A cell cut by the wrap (a name over two lines) is placed from its start to its line's end.
  const endColumn = loc.endColumn === undefined ? undefined : Math.min(start.column + (loc.endColumn - loc.column), start.end);
  return { ...loc, line: start.line, column: start.column, endColumn };
}

/** The part [from, to) of the joined line as a paragraph, one text line per source line it stands on. */
function tailBlock(file: string, pieces: Piece[], from: number, to: number): TextBlock | undefined {
  const lines = [];
  for (const q of pieces) {
    const a = Math.max(q.at, from);
    const b = Math.min(q.at + q.length, to);
    if (a < b) lines.push(toTextLine(file, q.src, q.from + (a - q.at), q.from + (b - q.at)));
  }
  return lines.length > 0 ? { kind: 'text', role: 'paragraph', lines } : undefined;
}

export function detectWrappedInlineList(file: string, lines: SourceLine[], i: number, isListLabel: ListLabelTest): { lead: TextBlock | null; grid: Grid; tail?: TextBlock; end: number } | null {
  const first = lines[i]!;
  if (SENTENCE_END.test(first.raw) || first.raw.trim() === '') return null;
  const pieces: Piece[] = [];
  let joined = '';
  let k = i;
  for (; k < lines.length && k < i + MAX_LINES; k++) {
    const src = lines[k]!;
    if (src.raw.trim() === '' || src.raw.includes('\t')) break;
    const from = k === i ? 0 : src.raw.length - src.raw.trimStart().length;
    const text = src.raw.slice(from).trimEnd();
    if (k > i) joined += ' ';
    pieces.push({ src, at: joined.length, from, length: text.length });
    joined += text;
    if (joined.length > MAX_JOINED) return null;
    if (SENTENCE_END.test(text)) {
      k++;
      break;
    }
  }
  if (pieces.length < 2) return null;
  const found = detectInlineRegionList(file, { raw: joined, line: first.line, column: first.column }, isListLabel);
  if (!found) return null;
  for (const row of found.grid.rows) {
    for (const cell of row.cells) cell.location = moved(pieces, cell.location);
    row.location = row.cells[0]!.location;
  }
  // The sentences after the list's own (inline-region-list.ts `tail`): a paragraph of the lines they were printed on.
  const tail = found.tailAt === undefined ? undefined : tailBlock(file, pieces, found.tailAt, joined.trimEnd().length);
  return { lead: found.lead, grid: found.grid, ...(tail ? { tail } : {}), end: k };
}
