import { isSectionHeadingLine } from './section-heading-line.js';
import { goesOn } from './wrapped-label.js';

/**
 * Lines of words above a row of figures that has no label of its own are that row's label,
 * wrapped (wrapped-label.ts), unless the first is a section's heading over it:
 *
 *   INVESTERINGSVERKSAMHETEN                        (a heading)
 *   Investering i immateriella anläggningstillgångar
 *   0 0 -18 -23
 *
 * A line is no wrapped label's first half when it reads as a heading (section-heading-line.ts),
 * the next line does not go on from it (lower case, or after "-", "," or ";"), and the next
 * line's first word would have fit on it: a label wraps only where its line is full, so a line
 * shorter than the next by more than that word was ended on purpose. A line in capitals over one
 * that is not is a heading whatever its length: a label does not change case where it wraps. The count of heading lines
 * from the top, leaving the label at least one line.
 */
export function headingLinesAbove(words: readonly string[]): number {
  let n = 0;
  while (n < words.length - 1 && isHeadingOver(words[n]!, words[n + 1]!)) n++;
  return n;
}

function isHeadingOver(line: string, next: string): boolean {
  const t = line.trim();
  const after = next.trim();
  // A line in capitals over one that is not is a heading, however long: a label does not change case where it wraps.
  const capitalsOver = inCapitals(t) && !inCapitals(after) && t.length <= MAX_CAPITALS_HEADING && !/\d/.test(t);
  if ((!capitalsOver && !isSectionHeadingLine(null, t, true)) || goesOn(t, after)) return false;
  if (capitalsOver) return true;
  const firstWord = after.split(/\s+/)[0] ?? '';
  return t.length + 1 + firstWord.length <= after.length;
}

/** A heading in capitals is at most this long ("KASSAFLÖDE FRÅN FÖRÄNDRINGAR AV RÖRELSEKAPITALET"). */
const MAX_CAPITALS_HEADING = 80;

/** Letters, two at least, all capitals ("KASSAFLÖDE FRÅN INVESTERINGSVERKSAMHETEN"). */
const inCapitals = (s: string): boolean => /\p{L}.*\p{L}/u.test(s) && !/\p{Ll}/u.test(s);
