/**
 * Survey statistics print an estimate with its margin of error: "42 260 ± 255", "42 260 ±255",
 * "42 260 +/- 255" (SCB, other statistics offices, opinion polls). The estimate is the cell's
 * value; the margin is its note, kept. Written in parentheses ("42 260 (±255)") the margin is
 * already a note in parentheses (looks-numeric.ts).
 */
export const MARGIN_SIGN = '±';

// Anchored, digit groups of fixed width, one sign between: no backtracking blow-up.
const CELL = /^([-−–‑]?\d{1,3}(?:[ \u00a0\u202f]\d{3})*(?:,\d+)?)\s?((?:±|\+\/[-−])\s?\d{1,3}(?:[ \u00a0\u202f]\d{3})*(?:,\d+)?)$/;

/** The estimate and its margin of one cell, or null when the cell has no margin. */
export function splitMargin(text: string): { number: string; note: string } | null {
  // Most cells hold no margin sign: let them through without a match attempt.
  if (!text.includes('±') && !text.includes('+/')) return null;
  const m = CELL.exec(text.trim());
  return m ? { number: m[1]!, note: m[2]! } : null;
}

interface Tok {
  text: string;
  from: number;
  to: number;
}

const SIGN_ONLY = /^(?:±|\+\/[-−])$/;
const SIGN_FIRST = /^(?:±|\+\/[-−])\d{1,3}(?:,\d+)?$/;
const FIRST_GROUP = /^\d{1,3}(?:,\d+)?$/;
const GROUP = /^\d{3}(?:,\d+)?$/;
const ZERO = /^0(?:,0+)?$/;
const ZERO_MARGIN = /^(?:±|\+\/[-−])0(?:,0+)?$/;

/**
 * Space-separated tokens of a row: a margin after a figure ("42 260 ± 255 2,1") is joined to the
 * figure's last token, which then ends with MARGIN_SIGN (a mark that closes the value) and
 * spans the margin, so the figure's cell holds "42 260 ± 255". The margin's digit groups are
 * taken greedily: "± 1 272 0,9" is a margin of 1 272.
 */
export function joinMargins<T extends Tok>(toks: T[]): T[] {
  if (!toks.some((t) => t.text.startsWith('±') || t.text.startsWith('+/'))) return toks;
  const out: T[] = [];
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    const prev = out[out.length - 1];
    let end = -1;
    // A margin of nothing ("+/-0", "± 0") is no margin: it is a cell of its own, "no change" in a column of changes.
    const zero = ZERO_MARGIN.test(t.text) || (SIGN_ONLY.test(t.text) && ZERO.test(toks[k + 1]?.text ?? ''));
    if (prev && /\d$/.test(prev.text) && !zero) {
      if (SIGN_ONLY.test(t.text) && k + 1 < toks.length && FIRST_GROUP.test(toks[k + 1]!.text)) end = k + 1;
      else if (SIGN_FIRST.test(t.text)) end = k;
    }
    if (end < 0) {
      out.push(t);
      continue;
    }
    const closedFirst = toks[end]!.text.includes(',');
    while (!closedFirst && end + 1 < toks.length && GROUP.test(toks[end + 1]!.text)) {
      end++;
      if (toks[end]!.text.includes(',')) break;
    }
    prev!.text += MARGIN_SIGN;
    prev!.to = toks[end]!.to;
    k = end;
  }
  return out;
}
