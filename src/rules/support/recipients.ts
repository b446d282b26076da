import type { ProseAmount } from '../../model/amount.js';
import { offsetsInSentence } from './table-reference.js';

/**
 * Who an amount goes to: "betala ut 80 000 000 kronor till regionerna via SKR och …" gives
 * "regionerna via skr". Used to tie a list introduced by "Medel till regionerna via SKR
 * utbetalas från följande anslagsposter:" to the amount stated for the same recipient.
 */
// A whitespace run is entered only at its first character (look-behind), which keeps the split linear.
const STOP = /(?<!\s)\s+(?:i enlighet med|enligt|för|under|från|senast|som|genom|efter|inom|avseende|och\s+(?=\d))\b|[,.;:]|(?<!\s)\s+och\s*$/i;

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
  const out = [normalizeRecipient(phrase.replace(/(?:(?<!\s)\s+)?\([^()]*\)\s*/g, ' '))];
  const abbr = /\(([A-ZÅÄÖ]{2,})\)/.exec(phrase);
  if (abbr) out.push(normalizeRecipient(abbr[1]!));
  return out;
}

/** "Medel till regionerna via SKR utbetalas från följande anslagsposter:" gives "regionerna via skr". */
export function leadRecipient(text: string): { key: string; text: string } | null {
  // The same answer as /\btill\s+(.+?)\s+(?:utbetalas|…)\b.*\bföljande\b/i, in linear time:
  // that pattern rescans the rest of the line from every "till". Here each payout verb, and each
  // line after one, is looked at once, and every "till" before a verb reuses what was found.
  let verb: RegExpExecArray | null = null;
  let breakBeforeVerb = -1;
  let lineEnd = -1;
  let lastFollowing = -1;
  for (const t of text.matchAll(/\btill\s+/gi)) {
    const from = t.index + t[0].length;
    if (verb === null || verb.index < from + 1) {
      PAYOUT_VERB.lastIndex = from + 1;
      verb = PAYOUT_VERB.exec(text);
      if (!verb) return null;
      breakBeforeVerb = -1;
      for (let i = verb.index - 1; i >= from; i--) {
        if (isLineBreak(text.charCodeAt(i))) {
          breakBeforeVerb = i;
          break;
        }
      }
      const end = verb.index + verb[0].length;
      if (end > lineEnd) {
        lineEnd = end;
        while (lineEnd < text.length && !isLineBreak(text.charCodeAt(lineEnd))) lineEnd++;
        lastFollowing = -1;
        for (const f of text.slice(end, lineEnd).matchAll(/\bföljande\b/gi)) lastFollowing = end + f.index;
      }
    }
    if (from <= breakBeforeVerb || lastFollowing < verb.index + verb[0].length) continue;
    const name = text.slice(from, verb.index);
    return { key: normalizeRecipient(name), text: name.trim() };
  }
  return null;
}

function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}

const PAYOUT_VERB = /(?<!\s)\s+(?:utbetalas|betalas ut|fördelas|ska betalas ut|ska utbetalas)\b/gi;
