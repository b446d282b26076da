/**
 * Splits Swedish prose into sentences. A full stop ends a sentence unless it closes an
 * abbreviation (bl.a., t.ex., dvs., s.k., kap.) or sits inside a number or a numbered heading.
 */
const ABBREVIATIONS = new Set([
  'bl.a', 't.ex', 'dvs', 's.k', 'm.m', 'ca', 'kap', 'nr', 'p.g.a', 'pga', 'jfr', 'resp', 'st', 'prop', 'bet', 'rskr',
  'dnr', 'ap', 'fr.o.m', 't.o.m', 'o.s.v', 'osv', 'm.fl', 'd.v.s', 'f.d', 'inkl', 'exkl', 'kl', 'tel', 'milj', 'mdr', 'mnkr', 'tkr', 'kr', 'ang', 'enl', 'avd', 'sek', 'proc', 'e.d', 'fig', 'tab', 'forts',
]);

export interface SentenceSpan {
  start: number;
  end: number;
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
      if (ABBREVIATIONS.has(word) || /^\d+(\.\d+)*$/.test(word) || /^[a-zåäö]$/i.test(word)) continue;
    }
    const end = at + 1;
    if (text.slice(start, end).trim() !== '') spans.push({ start, end });
    start = end;
    while (start < text.length && /\s/.test(text[start]!)) start++;
  }
  if (text.slice(start).trim() !== '') spans.push({ start, end: text.length });
  return spans;
}
