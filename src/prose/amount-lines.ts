import { findAmounts } from '../../grammars/amount/index.js';
import type { TextLine } from '../layout/types.js';

/**
 * A paragraph whose lines are items written without full stops, each a recipient and its money,
 * under a lead line that states the whole (news pages paste them so):
 *
 *   Kulturrådet fördelar 3,5 miljoner kronor till fria grupper i länet
 *   Teater Sörmland får 1,2 miljoner kronor
 *   Dansgruppen Nova får 900 000 kronor
 *
 * Joined with spaces, the lines made one sentence, so the lead's total and the items' parts were
 * read as one claim. Where at least MIN_RUN lines in a row are such items — short, opening with a
 * capital, with one amount of money that ends the line (a full stop may close it) — each item is
 * a group of its own, and the lines before the run and after it are groups of their own: the
 * sentences are split there. Wrapped prose rarely gives two lines running that open with a capital
 * and end with money; a lead wrapped over two lines stays one group.
 */
const MIN_RUN = 2;
const MAX_ITEM = 90;
const OPENS = /^["”»(]?\p{Lu}/u;

function isItemLine(line: TextLine): boolean {
  const text = line.text.trim();
  if (text.length === 0 || text.length > MAX_ITEM || !OPENS.test(text)) return false;
  const body = text.endsWith('.') ? text.slice(0, -1).trimEnd() : text;
  const found = findAmounts(body);
  if (found.length !== 1) return false;
  const a = found[0]!;
  return a.unit === 'SEK' && a.start > 0 && body.slice(a.end).trim() === '';
}

/** The paragraph's lines in the groups that make sentences apart; one group where no run of items is found. */
export function amountLineGroups(lines: TextLine[]): TextLine[][] {
  if (lines.length <= MIN_RUN) return [lines];
  const item = lines.map(isItemLine);
  let from = -1;
  let to = -1;
  for (let i = 0; i < lines.length; i++) {
    if (!item[i]) continue;
    let j = i;
    while (j < lines.length && item[j]) j++;
    if (j - i >= MIN_RUN) {
      from = i;
      to = j;
      break;
    }
    i = j;
  }
  if (from < 0) return [lines];
  const groups: TextLine[][] = [];
  if (from > 0) groups.push(lines.slice(0, from));
  for (let i = from; i < to; i++) groups.push([lines[i]!]);
  if (to < lines.length) groups.push(...amountLineGroups(lines.slice(to)));
  return groups;
}
