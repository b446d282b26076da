import type { GridCell, GridRow } from './types.js';

/**
 * Rows set apart by single spaces in a table printed in a monospace font (a web table copied as
 * preformatted text, `pdftotext -layout` of narrow columns), where an empty cell shows only as a
 * wider gap:
 *
 *   Kommun        2021   2022   2023
 *   Ale            400    420    450
 *   Alingsås     1 300           310     ← 2022 empty: "310" ends under 2023
 *   Borås          900 12 950            ← "12 950" ends under 2022, 2023 empty
 *
 * Split by digit groups alone, "1 300 310" fills the first two columns and "900 12 950" reads as
 * three figures. Where most rows the reader split in full (two at least, with labels of
 * different lengths, so the padding is the page's) end each column's figures at one character
 * column, those places are the columns. A row is then read again by them: a figure ends where a
 * column ends, and a digit group that ends elsewhere is the first part of the next figure only when
 * a group of three digits follows it one space on. A row whose groups do not all fall so stays as
 * the reader read it (its doubt kept). Figures placed so keep `readBy: "spaced"`:
 * their digit groups are still parted by a reading, not by printed cells.
 */
interface Token {
  text: string;
  from: number;
  to: number;
}

const DIGIT_LEAD = /^[-−+]?\d{1,3}$/;
const GROUP = /^\d{3}$/;
const GROUP_LAST = /^\d{3}(?:,\d+)?$/;
const MIN_REFERENCE_ROWS = 2;

const filled = (c: GridCell): boolean => c.text.trim() !== '';

/** The cell's words with their columns, when its text is the source's characters one for one. */
function tokensOf(c: GridCell): Token[] | null {
  const { column, endColumn } = c.location;
  if (column === undefined || endColumn === undefined || endColumn - column !== c.text.length) return null;
  return [...c.text.matchAll(/\S+/g)].map((m) => ({ text: m[0], from: column + m.index, to: column + m.index + m[0].length }));
}

/** The row's figures by the columns' ends: per column, its tokens, or null for an empty cell; null when a token falls nowhere. */
function readByEnds(tokens: readonly Token[], ends: readonly number[]): (Token[] | null)[] | null {
  const out: (Token[] | null)[] = ends.map(() => null);
  let current: Token[] = [];
  let last = -1;
  for (const [k, t] of tokens.entries()) {
    current.push(t);
    const col = ends.indexOf(t.to);
    if (col >= 0) {
      if (col <= last) return null;
      out[col] = current;
      current = [];
      last = col;
      continue;
    }
    const next = tokens[k + 1];
    // Only a digit group followed one space on by the next group of three digits goes on.
    const lead = current.length === 1 ? DIGIT_LEAD.test(t.text) : GROUP.test(t.text);
    if (!lead || next === undefined || next.from !== t.to + 1 || !GROUP_LAST.test(next.text)) return null;
  }
  return current.length === 0 ? out : null;
}

/**
 * Places the figures of rows by the columns' character places. `width` value columns follow the
 * label; `resolvable` says which doubts a reading by places settles (a short row's, a split's).
 * Rows are changed in place.
 */
export function placeByColumnEnds(rows: GridRow[], width: number, resolvable: (doubt: string) => boolean): void {
  const body = rows.filter((r) => !r.cells.some((c) => c.header) && r.cells.length === width + 1);
  const values = (r: GridRow): GridCell[] => r.cells.slice(1);
  // Full rows vote for each column's end: those split without doubt, and those whose split was one of several.
  const full = body.filter((r) => values(r).every((c) => filled(c) && !c.placedByGuess && (c.uncertain === undefined || resolvable(c.uncertain)) && tokensOf(c) !== null));
  const ends: number[] = [];
  for (let c = 0; c < width; c++) {
    const votes = new Map<number, number>();
    for (const r of full) votes.set(values(r)[c]!.location.endColumn!, (votes.get(values(r)[c]!.location.endColumn!) ?? 0) + 1);
    const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1]);
    if (ranked.length === 0 || ranked[0]![1] === ranked[1]?.[1]) return;
    ends.push(ranked[0]![0]);
  }
  if (ends.some((e, c) => c > 0 && e <= ends[c - 1]!)) return;
  // The rows that end every figure there: two at least, with labels of different lengths (the padding is the page's), most of the full rows.
  const agree = full.filter((r) => values(r).every((c, k) => c.location.endColumn === ends[k]));
  if (agree.length < MIN_REFERENCE_ROWS || 2 * agree.length < full.length || new Set(agree.map((r) => r.cells[0]!.text.trim().length)).size < 2) return;
  const changes: { row: GridRow; read: (Token[] | null)[] }[] = [];
  for (const row of body) {
    const cells = values(row).filter(filled);
    const tokens = cells.map(tokensOf);
    if (cells.length === 0 || tokens.some((t) => t === null) || cells.some((c) => c.uncertain !== undefined && !resolvable(c.uncertain))) continue;
    const read = readByEnds(tokens.flat() as Token[], ends);
    if (read === null) continue;
    const same = values(row).every((c, k) => (read[k] === null ? !filled(c) : c.text === read[k]!.map((t) => t.text).join(' ')));
    if (same && !cells.some((c) => c.uncertain !== undefined || c.placedByGuess)) continue;
    changes.push({ row, read });
  }
  for (const { row, read } of changes) {
    const base = values(row).find(filled)!;
    row.cells = [
      row.cells[0]!,
      ...read.map((toks): GridCell => {
        const { uncertain: _u, placedByGuess: _p, readBy: _r, ...plain } = base;
        if (toks === null) return { ...plain, text: '', location: { ...base.location, column: base.location.column, endColumn: base.location.column } };
        return { ...plain, text: toks.map((t) => t.text).join(' '), location: { ...base.location, column: toks[0]!.from, endColumn: toks[toks.length - 1]!.to }, readBy: 'spaced' };
      }),
    ];
  }
}
