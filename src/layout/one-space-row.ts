import { groupings, rowShape, tableShape, type Shape } from './run-together-rows.js';
import type { SourceLine } from './source-line.js';

/**
 * A row of a table set in wide gaps whose label meets its figures by one space, the other rows
 * set apart as the table is:
 *
 *   Skola          Antal
 *   Ekskolan 211 192            ← "Ekskolan" | 211 192
 *   Björkskolan    198 300
 *
 * Read as the table's other lines it was no row: a header's part or a wrapped label, and its
 * figures were lost. The rows around it (two or more, no blank line between) give the number of
 * value columns; the line is read as a label and that many values when its figures group so in
 * one way, and written again in the table's layout (the values set right where theirs end).
 *
 * A label may end in a number that could be the value's first digit group ("Klass 2 211 192":
 * "Klass 2" | 211 192, or "Klass" | 2 211 192). The label column decides when another row's label
 * is the same words and a number ("Klass 3"): the number is the label's. When all the value
 * column's other figures have as many digit groups and only the label's number gives this figure
 * as many, that reading is taken, its cell marked uncertain. Otherwise, where no other label ends
 * in a number, the label has none; where some do, nothing decides: the figure keeps the number
 * and its cell is marked uncertain. A sum over an uncertain cell warns.
 */
const MIN_NEIGHBOURS = 2;
const MAX_BLOCK = 40;
const FIGURE = /^[-−–]?\d+(?:,\d+)?$/;
const SMALL = /^\d{1,3}$/;
const LETTER = /\p{L}/u;
/** A cheap test: a word (its last letter, then no letter up to the space) before a figure. */
const MAY_BE = /\p{L}[^\s\p{L}]* [-−–]?\d/u;
const WIDE_GAP = /\S {2,}\S/;
const NUMBER_LAST = /\s\d{1,3}$/;
const YEAR = /^(?:19|20)\d{2}$/;
const SEGMENT = /\S(?:\S| (?! ))*/g;

/** Why a row's figure is read as it is when the table does not settle it. */
export const BY_GROUPS = 'label number read by the column\'s digit groups';
export const UNDECIDED = 'label number or digit group';

interface Reading {
  label: string;
  values: string[];
}

function readings(raw: string, k: number): { label: string; values: string[] }[] {
  const toks = [...raw.matchAll(/\S+/g)].map((m) => ({ text: m[0], from: m.index, hard: false }));
  let f = toks.length;
  while (f > 0 && FIGURE.test(toks[f - 1]!.text)) f--;
  if (f === 0 || f === toks.length || !LETTER.test(toks[f - 1]!.text)) return [];
  const out: Reading[] = [];
  for (let back = 0; back <= 1; back++) {
    const figs = toks.slice(f + back);
    if (figs.length === 0 || (back === 1 && !SMALL.test(toks[f]!.text))) continue;
    const ways = groupings(figs, k);
    if (ways.length !== 1) continue;
    const end = toks[f + back - 1]!;
    out.push({
      label: raw.slice(toks[0]!.from, end.from + end.text.length),
      values: ways[0]!.map(([a, b]) => raw.slice(figs[a]!.from, figs[b - 1]!.from + figs[b - 1]!.text.length)),
    });
  }
  return out;
}

/** The shape of the wide-gap table around line i (run-together-rows.ts), when the rows agree. */
function neighbourShape(lines: SourceLine[], i: number): Shape | null {
  const shape = tableShape(lines, i);
  return shape?.layout === 'aligned' ? shape : null;
}

/** The other rows of the block around i: their labels and first values. */
function blockRows(lines: SourceLine[], i: number): { label: string; value: string }[] {
  const out: { label: string; value: string }[] = [];
  for (const dir of [-1, 1]) {
    for (let k = 1; k <= MAX_BLOCK; k++) {
      const l = lines[i + dir * k];
      if (l === undefined || l.raw.trim() === '') break;
      if (!rowShape(l.raw)) continue;
      const segs = l.raw.match(SEGMENT)!;
      out.push({ label: segs[0]!, value: segs[1]! });
    }
  }
  return out;
}

const groupsOf = (v: string): number => v.trim().split(/\s+/).length;

/** Which reading the table settles on, and whether it is certain. */
function decide(rs: Reading[], rows: { label: string; value: string }[]): { reading: Reading; doubt?: string } {
  if (rs.length === 1) return { reading: rs[0]! };
  const [whole, numbered] = rs as [Reading, Reading];
  const stem = whole.label;
  // Another row's label is the same words and a number: the number is the label's.
  if (rows.some((r) => r.label !== numbered.label && r.label.startsWith(stem + ' ') && SMALL.test(r.label.slice(stem.length + 1)))) return { reading: numbered };
  const groups = new Set(rows.map((r) => groupsOf(r.value)).filter((g) => g > 0));
  const byGroups = rows.length >= MIN_NEIGHBOURS && groups.size === 1 ? rs.filter((r) => groupsOf(r.values[0]!) === [...groups][0]) : [];
  if (byGroups.length === 1 && byGroups[0] === numbered) return { reading: numbered, doubt: BY_GROUPS };
  // No other label ends in a number, and the figure's groups do not say otherwise: the label has none.
  if (!rows.some((r) => NUMBER_LAST.test(r.label))) return { reading: whole };
  return { reading: whole, doubt: UNDECIDED };
}

export interface OneSpaceResult {
  lines: SourceLine[];
  /** Rows written so whose first figure the table did not settle: the line and why. */
  doubts: Map<SourceLine, string>;
}

/** Writes every such row in its table's layout; other lines are handed on as they are. */
export function setOneSpaceRows(lines: SourceLine[]): OneSpaceResult {
  let out: SourceLine[] | null = null;
  const doubts = new Map<SourceLine, string>();
  // Only a line near rows set in wide gaps can be such a row (tableShape looks three lines each way):
  // one test a line, so that prose costs little.
  const gapped = lines.map((l) => WIDE_GAP.test(l.raw));
  const near = (i: number): boolean => gapped.slice(Math.max(0, i - 3), i + 4).some(Boolean);
  for (let i = 0; i < lines.length; i++) {
    const src = lines[i]!;
    let row: SourceLine | null = null;
    if (!gapped[i] && near(i) && MAY_BE.test(src.raw) && !src.raw.includes('\t')) {
      const shape = neighbourShape(lines, i);
      const rs = shape ? readings(src.raw, shape.values) : [];
      // A line wider than the table is prose; figures that are only years are a title or a source.
      const fits = shape !== null && src.raw.trimEnd().length <= shape.ends[shape.ends.length - 1]! + 1;
      if (shape && fits && rs.length > 0 && !rs[0]!.values.every((v) => YEAR.test(v))) {
        const { reading, doubt } = decide(rs, blockRows(lines, i));
        let raw = src.raw.slice(0, src.raw.length - src.raw.trimStart().length) + reading.label;
        for (const [k, v] of reading.values.entries()) raw = raw.padEnd(Math.max(raw.length + 2, shape.ends[k]! - v.length)) + v;
        row = { ...src, raw };
        if (doubt) doubts.set(row, doubt);
      }
    }
    if (row && !out) out = lines.slice(0, i);
    if (out) out.push(row ?? src);
  }
  return { lines: out ?? lines, doubts };
}
