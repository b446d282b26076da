import type { Figure } from '../../compare/interval.js';
import { compareSum } from '../../compare/interval.js';
import type { ProseAmount } from '../../model/amount.js';
import type { Document } from '../../model/document.js';
import { differenceText, figureText } from './figure-text.js';
import type { RuleFinding } from '../types.js';
import { leadLists } from './lists.js';
import { leadRecipient, recipientsAfter } from './recipients.js';

/**
 * A stated amount followed by a bulleted list of amounts, one per item, adds up:
 * "X kronor fördelas enligt följande:" or, when the lead names no amount, "Medel till
 * regionerna utbetalas från följande anslagsposter:" tied to the one earlier amount paid
 * "till regionerna". Items that exceed the whole are always wrong; a shortfall only when the
 * lead presents the list as the whole (fördelas, följande, från …) and not as examples.
 */
const WHOLE = /\b(?:fördela(?:s|t|d)?|fördelning|följande|enligt nedan|uppdelat|utbetalas|betalas ut|består av|avser)\b/i;
const EXAMPLES = /\b(?:bland annat|bl\.\s?a\.|t\.\s?ex\.|till exempel|exempelvis|bland dessa|bland de|främst|några|bland\s+\S+\s+kan nämnas|inklusive)\b/i;

const fig = (a: ProseAmount): Figure => ({ value: a.value, precision: a.precision });
const money = (a: ProseAmount): boolean => a.unit === 'SEK' && a.qualifier === 'exact';

function amountsBySentence(doc: Document): Map<number, ProseAmount[]> {
  const m = new Map<number, ProseAmount[]>();
  for (const a of doc.amounts) if (money(a)) m.set(a.sentence, [...(m.get(a.sentence) ?? []), a]);
  return m;
}

/** The single earlier amount said to go to the recipient the lead names, if there is exactly one. */
function linkedWhole(bySentence: Map<number, ProseAmount[]>, lead: number, recipient: string): ProseAmount | null {
  const found: ProseAmount[] = [];
  for (const [sentence, amounts] of bySentence) {
    if (sentence >= lead) continue;
    amounts.forEach((a, i) => {
      if (recipientsAfter(amounts, i).includes(recipient)) found.push(a);
    });
  }
  const values = new Set(found.map((a) => a.value.toFixed()));
  return values.size === 1 ? found[0]! : null;
}

export function checkListSums(doc: Document): RuleFinding[] {
  const out: RuleFinding[] = [];
  const bySentence = amountsBySentence(doc);
  for (const list of leadLists(doc)) {
    const leadText = doc.sentences[list.lead]!.text;
    if (EXAMPLES.test(leadText)) continue;
    const itemAmounts = list.items.map((item) => item.flatMap((k) => bySentence.get(k) ?? []));
    // Every item must carry exactly one amount, or the list is not a breakdown of money.
    if (itemAmounts.length === 0 || itemAmounts.some((a) => a.length !== 1)) continue;
    const parts = itemAmounts.map((a) => a[0]!);
    const leadAmounts = bySentence.get(list.lead) ?? [];
    let whole: ProseAmount | null = null;
    let recipient: string | null = null;
    if (leadAmounts.length === 1 && /:\s*$/.test(leadText)) {
      whole = leadAmounts[0]!;
    } else if (leadAmounts.length === 0) {
      const named = leadRecipient(leadText);
      whole = named ? linkedWhole(bySentence, list.lead, named.key) : null;
      if (whole && named) recipient = named.text;
    }
    if (!whole || (parts.length < 2 && recipient === null)) continue;
    const c = compareSum(parts.map(fig), fig(whole));
    if (c.verdict === 'exact') continue;
    const exceeds = c.difference.gt(c.slack);
    if (!exceeds && !WHOLE.test(leadText)) continue;
    out.push({
      severity: c.verdict === 'mismatch' ? 'error' : 'info',
      message:
        `listans ${parts.length} belopp summerar till ${figureText(c.computed, 'SEK')}; ` +
        (recipient === null
          ? `meningen före listan anger ${figureText(c.stated, 'SEK')} `
          : `texten anger ${figureText(c.stated, 'SEK')} till ${recipient} `) +
        `(${differenceText(c.difference, c.slack, 'SEK')})` +
        (c.verdict === 'within-rounding' ? ' — stämmer inom avrundningen' : ''),
      location: whole.location,
      related: parts.map((p) => ({ message: `listans belopp ${p.raw}`, location: p.location })),
      expected: c.stated.toFixed(),
      actual: c.computed.toFixed(),
    });
  }
  return out;
}
