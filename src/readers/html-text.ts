import type { Text } from 'hast';
import type { Location } from '../model/location.js';
import type { TextLine } from '../layout/types.js';
import { supMarks } from '../layout/clean-inline.js';

/**
 * Text gathered from HTML with the source offset of every UTF-16 unit, so that lines and cells
 * can say exactly where each character came from even after entities are decoded.
 */
export interface Piece {
  ch: string;
  /** Offset in the source, or -1 when it could not be traced (a rare entity form). */
  offset: number;
  bold: boolean;
}

/** `<br>` inside running text. */
export const BREAK: Piece = { ch: '\n', offset: -1, bold: false };

const ENTITY = /&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]*;?)/y;
// Invisible characters that split words for every later reader (soft hyphens are common on regeringen.se).
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
// HTML whitespace: NBSP is not among it and stays, since it groups digits.
const HTML_SPACE = /[ \t\n\r\f]/;

/** Maps each unit of a text node's decoded value back to its source offset. */
export function textPieces(node: Text, source: string, bold: boolean): Piece[] {
  const value = node.value;
  const out: Piece[] = [];
  let i = node.position?.start.offset ?? -1;
  const end = node.position?.end.offset ?? -1;
  let traced = i >= 0;
  for (let j = 0; j < value.length; j++) {
    const ch = value[j]!;
    if (!traced || i >= end) {
      out.push({ ch, offset: -1, bold });
      traced = false;
      continue;
    }
    if (source[i] === '\r' && ch === '\n') {
      // CRLF and lone CR both became LF.
      out.push({ ch, offset: i, bold });
      i += source[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    if (source[i] === ch && !(ch === '&' && isAmpersandEntity(source, i))) {
      out.push({ ch, offset: i, bold });
      i++;
      continue;
    }
    const len = source[i] === '&' ? entityAt(source, i) : 0;
    if (len > 0) {
      out.push({ ch, offset: i, bold });
      // An astral character from one entity takes two units.
      if (isHighSurrogate(ch) && j + 1 < value.length) out.push({ ch: value[++j]!, offset: i, bold });
      i += len;
      continue;
    }
    traced = false;
    out.push({ ch, offset: -1, bold });
  }
  return out;
}

const AMP = /^&(?:amp;?|#0*38;?|#[xX]0*26;?)$/;

function isAmpersandEntity(source: string, i: number): boolean {
  const len = entityAt(source, i);
  return len > 1 && AMP.test(source.slice(i, i + len));
}

export function entityAt(source: string, i: number): number {
  ENTITY.lastIndex = i;
  const m = ENTITY.exec(source);
  return m ? m[0].length : 0;
}

function isHighSurrogate(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c >= 0xd800 && c <= 0xdbff;
}

/** Collapses runs of HTML whitespace to one space and trims the ends (NBSP too, at the ends only). */
export function collapse(pieces: readonly Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    if (INVISIBLE.test(p.ch)) continue;
    if (HTML_SPACE.test(p.ch)) {
      if (out.length > 0 && out[out.length - 1]!.ch !== ' ') out.push({ ...p, ch: ' ' });
      continue;
    }
    out.push(p);
  }
  let a = 0;
  let b = out.length;
  while (a < b && isEdgeSpace(out[a]!.ch)) a++;
  while (b > a && isEdgeSpace(out[b - 1]!.ch)) b--;
  return out.slice(a, b);
}

function isEdgeSpace(ch: string): boolean {
  return ch === ' ' || ch === '\u00a0';
}

/** Turns source offsets into 1-based lines and columns. */
export class SourceMap {
  private readonly starts: number[] = [0];

  constructor(
    readonly file: string,
    private readonly text: string,
  ) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }

  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  columnOf(offset: number, line: number): number {
    return offset - this.starts[line - 1]! + 1;
  }

  /** Location of a span of pieces: start of the first traced one, endColumn when all sit on its line. */
  locate(pieces: readonly Piece[], fallback: Location): { location: Location; columns?: number[] } {
    const first = pieces.find((p) => p.offset >= 0);
    if (first === undefined) return { location: fallback };
    const line = this.lineOf(first.offset);
    const column = this.columnOf(first.offset, line);
    const last = pieces[pieces.length - 1]!;
    const oneLine = pieces.every((p) => p.offset >= 0 && this.lineOf(p.offset) === line);
    if (!oneLine) return { location: { file: this.file, line, column } };
    const columns = pieces.map((p) => this.columnOf(p.offset, line));
    const endColumn = this.columnOf(last.offset, line) + this.width(last.offset);
    return { location: { file: this.file, line, column, endColumn }, columns };
  }

  // An entity ("&nbsp;") is wider in the source than the one character it became.
  private width(offset: number): number {
    return this.text[offset] === '&' ? Math.max(1, entityAt(this.text, offset)) : 1;
  }
}

/** Splits running text at `<br>` and source newlines into collapsed TextLines. */
export function toLines(pieces: readonly Piece[], map: SourceMap, fallback: Location): TextLine[] {
  const lines: TextLine[] = [];
  let cur: Piece[] = [];
  const flush = (): void => {
    const kept = collapse(cur);
    cur = [];
    if (kept.length === 0) return;
    const { location, columns } = map.locate(kept, fallback);
    const line: TextLine = { text: kept.map((p) => p.ch).join(''), location };
    if (columns) line.columns = columns;
    lines.push(line);
  };
  for (const p of pieces) {
    if (p.ch === '\n') flush();
    else cur.push(p);
  }
  flush();
  return lines;
}

/** One string for a cell or caption: `<br>` and newlines are spaces. */
export function toSingleLine(pieces: readonly Piece[], map: SourceMap, fallback: Location): TextLine {
  const kept = collapse(pieces.map((p) => (p.ch === '\n' ? { ...p, ch: ' ' } : p)));
  const { location, columns } = map.locate(kept, fallback);
  const line: TextLine = { text: kept.map((p) => p.ch).join(''), location };
  if (columns) line.columns = columns;
  return line;
}

/** The pieces of a `<sup>` as a note mark ("50 250<sup>2</sup>" → "50 250²"; see supMarks). */
export function supPieces(inner: readonly Piece[], before: Piece | undefined): Piece[] {
  const kept = supMarks(inner.map((p) => p.ch), before !== undefined && /\d/.test(before.ch));
  return kept.map((k) => (k.from >= 0 ? { ...inner[k.from]!, ch: k.ch } : { ch: k.ch, offset: -1, bold: inner[0]?.bold ?? false }));
}
