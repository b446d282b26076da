/**
 * Splits Swedish prose into sentences. A full stop ends a sentence unless it closes an
 * abbreviation (bl.a., t.ex., dvs., s.k., kap.) or sits inside a number or a numbered heading.
 * After a year ("… under 2026. Pengarna …") or a figure's last digit group ("… ökade till
 * 12 000. Regeringen …") within a sentence it does end one: Swedish writes no ordinal dots, and a
 * numbered heading ("1. Inledning", "2022. Utfall") has its number first.
 */
const ABBREVIATIONS = new Set([
  'bl.a', 't.ex', 'dvs', 's.k', 'm.m', 'ca', 'kap', 'nr', 'p.g.a', 'pga', 'jfr', 'resp', 'st', 'prop', 'bet', 'rskr',
  'dnr', 'ap', 'fr.o.m', 't.o.m', 'o.s.v', 'osv', 'm.fl', 'd.v.s', 'f.d', 'inkl', 'exkl', 'kl', 'tel', 'milj', 'mdr', 'mnkr', 'tkr', 'kr', 'ang', 'enl', 'avd', 'sek', 'proc', 'e.d', 'fig', 'tab', 'forts',
]);

export interface SentenceSpan {
  start: number;
  end: number;
}

// A year of the last two centuries and this one, or a digit group closing a grouped figure ("12 000").
const YEAR = /^(?:18|19|20)\d\d$/;
const LAST_GROUP = /\d \d{3}$/;

/** A full stop right after the number `word`, ending at `at`, closes the sentence begun at `start`. */
function endsSentenceAfterNumber(text: string, start: number, at: number, word: string): boolean {
  const head = text.slice(start, at - word.length).trim();
  if (head === '') return false;
  return YEAR.test(word) || LAST_GROUP.test(text.slice(Math.max(start, at - 8), at));
}

export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  const re = /[.!?](?=\s+["”»(–-]?[A-ZÅÄÖ0-9])/g;
  for (const m of text.matchAll(re)) {
    const at = m.index;
    if (text[at] === '.') {
      const before = /(?<!\S)(\S+)$/.exec(text.slice(Math.max(0, at - 12), at))?.[1]?.toLowerCase() ?? '';
      const word = before.replace(/^[("„”]+/, '');
      if (ABBREVIATIONS.has(word) || /^[a-zåäö]$/i.test(word)) continue;
      if (/^\d+(\.\d+)*$/.test(word) && !endsSentenceAfterNumber(text, start, at, word)) continue;
    }
    const end = at + 1;
    if (text.slice(start, end).trim() !== '') spans.push({ start, end });
    start = end;
    while (start < text.length && /\s/.test(text[start]!)) start++;
  }
  if (text.slice(start).trim() !== '') spans.push({ start, end: text.length });
  return spans;
}
