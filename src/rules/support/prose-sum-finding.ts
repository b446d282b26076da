import type { Comparison, Figure } from '../../compare/interval.js';
import type { ProseAmount } from '../../model/amount.js';
import { t } from '../../messages/index.js';
import type { RuleFinding } from '../types.js';
import { differenceText, figureText } from './figure-text.js';

/** The figure a prose amount gives a sum: its value and its rounding. */
export const proseFigure = (a: ProseAmount): Figure => ({ value: a.value, precision: a.precision });

type SumMessage = 'text.varav' | 'text.referredSplit' | 'text.trailingTotal' | 'text.nextSentenceTotal' | 'text.totalAfterList' | 'text.dividedAfter' | 'text.totalThenParts' | 'text.numberedParts' | 'text.remainder' | 'text.closingTotal';
type PartMessage = 'text.varav.part' | 'text.listSum.part';

/**
 * The finding of a check that prose parts make the whole the prose gives them (varav parts, a
 * split, a trailing total, a divided sum, a total shared out after it), at the whole, with every
 * part as related location: a match within rounding is an info, a mismatch an error only when
 * nothing makes it uncertain.
 */
export function proseSumFinding(message: SumMessage, part: PartMessage, whole: ProseAmount, parts: readonly ProseAmount[], c: Comparison, doubts: readonly string[]): RuleFinding {
  const head = t(message, { parts: String(parts.length), computed: figureText(c.computed, 'SEK'), stated: figureText(c.stated, 'SEK'), difference: differenceText(c.difference, c.slack, 'SEK') });
  return proseSumFindingHeaded(head, part, whole, parts, c, doubts);
}

/** The same finding under a head a check words itself (one naming a count of recipients, say). */
export function proseSumFindingHeaded(head: string, part: PartMessage, whole: ProseAmount, parts: readonly ProseAmount[], c: Comparison, doubts: readonly string[]): RuleFinding {
  return {
    severity: c.verdict === 'mismatch' ? (doubts.length > 0 ? 'warning' : 'error') : 'info',
    message: head + (c.verdict === 'within-rounding' ? t('sum.withinRounding') : doubts.length > 0 ? t('sum.uncertain', { doubts: doubts.join('; ') }) : ''),
    location: whole.location,
    related: parts.map((p) => ({ message: t(part, { raw: p.raw }), location: p.location })),
    expected: c.stated.toFixed(),
    actual: c.computed.toFixed(),
  };
}
