/**
 * A line's words with where they stand and whether a hard gap stands before each: a tab or two
 * spaces or more set cells apart, so no figure goes on over it; one space may be a digit group's.
 * The readers that cut figures out of a line by their digit groups start from these.
 */
export const HARD_GAP = /\t| {2,}/u;
/** A footnote mark set apart from its figure ("46 164 *"). */
const LONE_MARK = /^[*¹²³⁴⁵⁶⁷⁸⁹]{1,2}$/u;

export interface Tok {
  text: string;
  from: number;
  to: number;
  /** A tab or a wide gap stands before it. */
  hard: boolean;
}

/** `marksToFigures`: a lone footnote mark after a figure is the figure's, no token of its own. */
export function gapTokens(text: string, marksToFigures = false): Tok[] {
  const out: Tok[] = [];
  for (const m of text.matchAll(/\S+/gu)) {
    const prev = out[out.length - 1];
    if (marksToFigures && prev && LONE_MARK.test(m[0]) && /\d$/u.test(prev.text)) {
      prev.text += m[0];
      prev.to = m.index + m[0].length;
      continue;
    }
    out.push({ text: m[0], from: m.index, to: m.index + m[0].length, hard: prev !== undefined && HARD_GAP.test(text.slice(prev.to, m.index)) });
  }
  return out;
}
