import type { SourceLine } from './source-line.js';

/**
 * A web table copied so that each row became two paragraphs, its label and then its values set
 * apart by single spaces on one line, with a blank line between every line:
 *
 *   Hela riket
 *
 *   13 665 12 394 2 947 2 081
 *
 *   Storstadsområdena
 *
 *   6 499 7 035 1 090 776
 *
 * Read a cell a line, each run of values is one cell ("13 665 12 394 …" one number). The
 * single-spaced reader reads a label line over its values line as one row; here the blank line
 * between them is dropped so that it does. Only where at least MIN_ROWS such pairs follow one
 * another (a blank line, nothing else, between a pair's values and the next label): a label
 * line with no figures, and a line of figures only, at least two of them, that are not one
 * grouped number ("1 200 300" may be one value: such a line breaks the run). Lines keep their
 * numbers and columns; only blank lines go.
 */
const MIN_ROWS = 3;
const MAX_LABEL = 80;
/** Blank lines that may stand between a label and its values, or between two rows. */
const MAX_GAP = 2;
const SPACE = /[ \u00a0\u202f\u2009]+/;
const NUMBER = /^[-−–‑+]?\d+(?:[,.]\d+)?%?$/;
const SIGN_OR_BLANK = /^(?:[-−–‑]|\.{1,3}|…)$/;
const GROUP = /^\d{3}(?:,\d+)?%?$/;

const blank = (l: SourceLine | undefined): boolean => l !== undefined && l.raw.trim() === '';

/** A line of figures only (signs, "." and ".." for blanks), that no digit grouping reads as a single value. */
function isValueRun(raw: string): boolean {
  const toks = raw.trim().split(SPACE);
  if (toks.length < 2 || !toks.every((t) => NUMBER.test(t) || SIGN_OR_BLANK.test(t))) return false;
  if (toks.filter((t) => NUMBER.test(t)).length < 2) return false;
  // One grouped value: a first number, then groups of exactly three digits.
  const first = toks[0]!.replace(/^[-−–‑+]/, '');
  const oneValue = /^\d+$/.test(first) && toks.slice(1).every((t) => GROUP.test(t));
  return !oneValue;
}

/** A row's label: words, no figures, short, not a sentence. */
function isLabel(raw: string): boolean {
  const t = raw.trim();
  return t !== '' && t.length <= MAX_LABEL && !/\d/.test(t) && /\p{L}/u.test(t) && !/[.:;!?]$/.test(t) && !t.includes('\t') && !t.includes('|');
}

/** The index of the next non-blank line after i, if at most MAX_GAP blank lines stand between. */
function nextLine(lines: readonly SourceLine[], i: number): number {
  let j = i + 1;
  while (j < lines.length && blank(lines[j]) && j - i <= MAX_GAP) j++;
  return j < lines.length && !blank(lines[j]) ? j : -1;
}

export function closeRowGaps(lines: SourceLine[]): SourceLine[] {
  const drop = new Set<number>();
  let i = 0;
  while (i < lines.length) {
    // A run of pairs starting at i: label line, blank line(s), values line, blank line(s), label …
    const pairs: [number, number][] = [];
    let k = i;
    for (;;) {
      const label = lines[k];
      if (!label || !isLabel(label.raw)) break;
      const v = nextLine(lines, k);
      if (v < 0 || v === k + 1 || !isValueRun(lines[v]!.raw)) break;
      pairs.push([k, v]);
      const n = nextLine(lines, v);
      if (n < 0) break;
      k = n;
    }
    if (pairs.length >= MIN_ROWS) {
      for (const [l, v] of pairs) for (let b = l + 1; b < v; b++) drop.add(b);
      i = pairs[pairs.length - 1]![1] + 1;
    } else i++;
  }
  return drop.size === 0 ? lines : lines.filter((_, n) => !drop.has(n));
}
