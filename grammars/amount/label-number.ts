import { isWellFormed, type DigitGroup } from './grouping.js';

/**
 * A category's number right before its amount, in prose or a list line: "Zon 1 1 250 kronor",
 * "Barn 2 1 125 kr", "• Nivå 3 2 000 kronor per månad". The run "1 1 250" breaks the grouping
 * (a group of one digit after the first), but without its first group it is a well-formed figure
 * ("1 250"), and that group, of one or two digits, follows the one word (capitalised) that opens
 * its line: the number is the label's, not a slip in the figure's grouping (which would be read
 * "11 250" and reported). After more words ("Kommunen får 10 10 000 kronor", "uppgår till sammanlagt 44 7 500 000 kronor") the run
 * stays one malformed figure. The amount keeps an anomaly naming the cut, so a sum over it warns.
 */
/** What the line holds before the number: one capitalised word, the category, maybe after a bullet. */
const LABEL_LEAD = /^[\t •*–-]*\p{Lu}\p{L}* $/u;
const MAX_LEAD = 60;
const MAX_NUMBER_DIGITS = 2;

/** Whether the run's first group is the number of a word before it, by the rule above. */
export function isLabelNumberRun(text: string, groups: readonly DigitGroup[]): boolean {
  if (groups.length < 3) return false;
  const head = groups[0]!;
  if (head.digits.length > MAX_NUMBER_DIGITS || isWellFormed(groups) || !isWellFormed(groups.slice(1))) return false;
  const lineStart = text.lastIndexOf('\n', head.start - 1) + 1;
  return head.start - lineStart <= MAX_LEAD && LABEL_LEAD.test(text.slice(lineStart, head.start));
}
