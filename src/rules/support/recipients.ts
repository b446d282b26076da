import type { ProseAmount } from '../../model/amount.js';
import { offsetsInSentence } from './table-reference.js';

/**
 * Who an amount goes to: "betala ut 80 000 000 kronor till regionerna via SKR och …" gives
 * "regionerna via skr". Used to tie a list introduced by "Medel till regionerna via SKR
 * utbetalas från följande anslagsposter:" to the amount stated for the same recipient.
 */
const STOP = /\s+(?:i enlighet med|enligt|för|under|från|senast|som|genom|efter|inom|avseende|och\s+(?=\d))\b|[,.;:]|\s+och\s*$/i;

export function normalizeRecipient(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^(?:de|den|det)\s+/, '')
    .trim();
}

/** The recipients an amount's "till …" names: the phrase, and an abbreviation given in brackets. */
export function recipientsAfter(amounts: readonly ProseAmount[], index: number): string[] {
  const a = amounts[index]!;
  const spans = offsetsInSentence(amounts);
  const end = spans[index]!.end;
  const next = spans[index + 1]?.start ?? a.context.length;
  const m = /^\s*(?:kronor\s+)?till\s+(.+)/i.exec(a.context.slice(end, next));
  if (!m) return [];
  const phrase = m[1]!.split(STOP)[0]!.trim();
  if (phrase === '') return [];
  const out = [normalizeRecipient(phrase.replace(/\s*\([^)]*\)\s*/g, ' '))];
  const abbr = /\(([A-ZÅÄÖ]{2,})\)/.exec(phrase);
  if (abbr) out.push(normalizeRecipient(abbr[1]!));
  return out;
}

/** "Medel till regionerna via SKR utbetalas från följande anslagsposter:" gives "regionerna via skr". */
export function leadRecipient(text: string): { key: string; text: string } | null {
  const m = /\btill\s+(.+?)\s+(?:utbetalas|betalas ut|fördelas|ska betalas ut|ska utbetalas)\b.*\bföljande\b/i.exec(text);
  return m ? { key: normalizeRecipient(m[1]!), text: m[1]!.trim() } : null;
}
