import { compareSum } from '../../compare/interval.js';
import type { Document } from '../../model/document.js';
import { amountDoubts } from './amount-doubts.js';
import type { RuleFinding } from '../types.js';
import { offsetsInSentence } from './table-reference.js';
import { moneyBySentence } from './money-by-sentence.js';
import { t } from '../../messages/index.js';
import { proseFigure, proseSumFinding } from './prose-sum-finding.js';
import { REMAINDER_BEFORE_AMOUNT } from '../../lexicon/phrases.js';
import { bareVaravParts } from './bare-varav-parts.js';

/**
 * "X kronor, varav A … och B …" within one sentence. A "varav" list usually names some of
 * the parts, not all, so parts that fall short of the whole are fine; parts that exceed it
 * are not. The list counts as complete, and a shortfall as an error, only when its last
 * part is introduced as the rest ("och resterande B", "övriga B").
 */
const VARAV = /\b(?:varav|därav)\b/gi;
const LIST_SEPARATOR = /[,;]|\b(?:och|samt|respektive|resp\.|plus)\b/i;
// "A kronor per år", "B kronor årligen": not parts of a one-off whole.
const RATE_AFTER = /^\s*(?:per\b|om året|i månaden|årligen|\/)/i;
// The whole must stand close before "varav"; a long stretch between means another subject.
const MAX_GAP = 120;


export function checkVarav(doc: Document): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const amounts of moneyBySentence(doc).values()) {
    // A sentence with a decrease ("… och Region X får 40 miljoner mindre") shares out no whole by its parts.
    if (amounts.some((a) => a.change !== undefined)) continue;
    const text = amounts[0]!.context;
    const spans = offsetsInSentence(amounts);
    const marks = [...text.matchAll(VARAV)].map((m) => m.index);
    marks.forEach((at, k) => {
      const next = marks[k + 1] ?? text.length;
      let wholeIndex = -1;
      spans.forEach((s, i) => {
        if (s.end <= at) wholeIndex = i;
      });
      if (wholeIndex < 0 || at - spans[wholeIndex]!.end > MAX_GAP) return;
      const whole = amounts[wholeIndex]!;
      // Parts written bare ("varav 45 till Skåne och 30 till Halland") are in the whole's unit: a reading.
      const bare = bareVaravParts(text, at, next, spans[wholeIndex]!.end, whole, spans) ?? [];
      const after = [
        ...spans.map((s, i) => ({ start: s.start, end: s.end, amount: amounts[i]! })).filter((s) => s.start > at && s.start < next),
        ...bare,
      ].sort((a, b) => a.start - b.start);
      // The parts are a list: each after the first follows a separator ("och", a comma, "samt",
      // "respektive"). Table rows run into one sentence ("varav Solna 200 000 kr Region Uppsala
      // 455 200 kr Summa …") are no list: the parts end where a separator is missing.
      const partSpans: typeof after = [];
      for (const p of after) {
        if (partSpans.length > 0 && !LIST_SEPARATOR.test(text.slice(partSpans[partSpans.length - 1]!.end, p.start))) break;
        partSpans.push(p);
      }
      if (partSpans.length === 0) return;
      const involved = [{ end: spans[wholeIndex]!.end, amount: whole }, ...partSpans];
      if (involved.some((p) => p.amount.qualifier !== 'exact' || RATE_AFTER.test(text.slice(p.end)))) return;
      const parts = partSpans.map((p) => p.amount);
      const last = partSpans[partSpans.length - 1]!;
      const before = partSpans.length > 1 ? partSpans[partSpans.length - 2]!.end : at;
      const complete = partSpans.length > 1 && REMAINDER_BEFORE_AMOUNT.test(text.slice(before, last.start));
      const c = compareSum(parts.map(proseFigure), proseFigure(whole));
      if (c.verdict === 'exact') return;
      const exceeds = c.difference.gt(c.slack);
      if (!exceeds && !complete) return;
      if (c.verdict === 'within-rounding' && !complete) return;
      const doubts = c.verdict === 'mismatch' ? amountDoubts([whole, ...parts], c.difference) : [];
      const bareRead = bare.filter((b) => partSpans.includes(b));
      if (c.verdict === 'mismatch' && bareRead.length > 0) doubts.push(t('doubt.bareVaravParts', { raws: bareRead.map((b) => b.amount.raw).join(', '), whole: whole.raw }));
      out.push(proseSumFinding('text.varav', 'text.varav.part', whole, parts, c, doubts));
    });
  }
  return out;
}
