import type { Block, Grid, GridCell, TextLine } from './types.js';
import { isHeadingText } from './section-heading-line.js';

/**
 * A statement printed as text often goes on, in the same columns and under no header of its own,
 * with a part under a heading line (a reconciliation under the income statement: a heading, then
 * "Årets resultat", "Justerat resultat" in the statement's year columns). The part comes back as a
 * grid of its own, the heading read as its header or left as a line of text between. A person
 * reads one table with the heading as a section title: the part joins the statement when only
 * the heading stands between, it has the statement's number of columns and its figures end where
 * the statement's do. A header of titles or years, other column places, or a sentence between
 * keep it a table of its own. Nothing on the page proves the join, so its cells say it is a guess.
 */
const MAX_HEADING_WORDS = 5;
/** A figure's last character may stand a place off its column's edge (a minus sign, a note mark). */
const EDGE_SLACK = 1;

// The statement's figures must stand at places of their own (aligned); a single-spaced one's places say nothing.
const textGrid = (g: Grid): boolean => g.source === 'aligned' || g.source === 'spaced';
const width = (g: Grid): number => Math.max(0, ...g.rows.map((r) => r.cells.length));
const filled = (c: GridCell | undefined): boolean => c !== undefined && c.text.trim() !== '';

/** A heading: a few words from a capital, no figure, no sentence's end. */
export function isPartHeading(text: string): boolean {
  const t = text.trim();
  // A section's heading words, and no sentence's end: a part's heading names it and says nothing more.
  return isHeadingText(t) && !/[.!?:;]/.test(t) && t.split(/\s+/).length <= MAX_HEADING_WORDS;
}

/** The grid's header is the heading alone: one row, words in its first cell, its value cells empty. */
function headingHeader(b: Grid): string | null {
  if (b.headerRows !== 1) return null;
  const [head] = b.rows;
  if (!head || head.cells.slice(1).some(filled)) return null;
  const text = head.cells[0]?.text ?? '';
  return isPartHeading(text) ? text.trim() : null;
}

/** Per value column, the right edges of the statement's figures. */
function edges(g: Grid): number[][] {
  const out: number[][] = [];
  for (const r of g.rows.slice(g.headerRows ?? 0)) {
    r.cells.slice(1).forEach((c, j) => {
      const end = c.location.endColumn;
      if (filled(c) && end !== undefined) (out[j] ??= []).push(end);
    });
  }
  return out;
}

/** Every figure of the part ends where the statement's figures of its column end, and every column holds one. */
function sameColumns(first: Grid, part: Grid): boolean {
  const above = edges(first);
  const below = edges(part);
  const n = width(first) - 1;
  if (n < 1 || above.length !== n || below.length !== n) return false;
  return below.every((ends, j) => {
    const a = above[j] ?? [];
    if (a.length === 0 || ends.length === 0) return false;
    const lo = Math.min(...a) - EDGE_SLACK;
    const hi = Math.max(...a) + EDGE_SLACK;
    return ends.every((e) => e >= lo && e <= hi);
  });
}

/** The one line between the parts, when it is a heading; undefined when nothing stands between; null otherwise. */
function headingBetween(between: Block[]): TextLine | null | undefined {
  if (between.length === 0) return undefined;
  const [t] = between;
  if (between.length !== 1 || t?.kind !== 'text' || t.lines.length !== 1) return null;
  return isPartHeading(t.lines[0]!.text) ? t.lines[0]! : null;
}

/**
 * The heading the part `b` goes on under, when `b` is a part of the statement `first` with only
 * `between` (blocks) between them; null when it is a table of its own.
 */
export function statementPartHeading(first: Grid, between: Block[], b: Grid): TextLine | null {
  if (first.source !== 'aligned' || !textGrid(b) || b.caption !== null || b.unitNote) return null;
  if ((first.headerRows ?? 0) < 1 || width(b) !== width(first)) return null;
  const above = headingBetween(between);
  if (above === null) return null;
  const own = (b.headerRows ?? 0) > 0 ? headingHeader(b) : undefined;
  // One heading, either read as the part's header or left as a line between; never both, never none.
  if (own === null || (own === undefined) === (above === undefined)) return null;
  const body = b.rows.slice(b.headerRows ?? 0);
  if (body.length === 0 || !sameColumns(first, { ...b, rows: body, headerRows: 0 })) return null;
  if (own !== undefined) return { text: own, location: b.rows[0]!.location };
  return above ?? null;
}

/** The part's rows under a section title row of its heading, joined to the statement; their figures marked as a guess. */
export function joinPart(first: Grid, b: Grid, heading: TextLine, why: string): void {
  const body = b.rows.slice(b.headerRows ?? 0);
  const titleCell = (i: number): GridCell => ({ text: i === 0 ? heading.text.trim() : '', location: heading.location, colspan: 1, rowspan: 1, header: false, bold: false });
  const title = { cells: Array.from({ length: width(first) }, (_, i) => titleCell(i)), location: heading.location };
  for (const r of body) for (const c of r.cells.slice(1)) if (filled(c)) c.uncertain ??= why;
  first.rows.push(title, ...body);
}
