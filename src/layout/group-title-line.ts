import { titleGroups } from './header-titles.js';
import { statesUnit } from './unit-section.js';

/**
 * A line of group titles over a line of column titles, both set apart by single spaces:
 *
 *   Kommunen Koncernen                   Utfall Budget
 *   Tkr 2022 2023 2022 2023              Län Kv 1 Kv 2 Kv 3 Kv 1 Kv 2 Kv 3
 *
 * A web table spanned each group title over its columns; copied out, the spans are lost. The
 * line's titles (cut where a capital letter opens one, header-titles.ts) are groups when there
 * are two or more, fewer than the value columns, and the column titles repeat once a group: the
 * titles' keys (a closing number or year, else the title) come back every `span` columns, at
 * most one title out of step (a long title set in place of one, "Förändring mot föregående år").
 * Each group spans `span` columns, the last one what is left (the smallest span the titles
 * repeat by: "Del 1 Del 2 Del 3 Del 1" under two titles is 3 + 1). Without that repetition two
 * capitalised words over a header may as well be the table's title: no groups.
 */
export interface TitleGroup {
  text: string;
  span: number;
}

/** A closing number or year names a column within its group ("Kv 2", "2023"); otherwise the whole title does. */
function key(title: string): string {
  const t = title.trim();
  // Walked back by hand: an unanchored "digits at the end" pattern backtracks over long digit runs.
  let at = t.length;
  while (at > 0 && t[at - 1]! >= '0' && t[at - 1]! <= '9') at--;
  return at < t.length ? t.slice(at) : t.toLowerCase();
}

/** No figures but small numbers, no sentence, no unit, no caption's opening word: a line of titles. */
const FIGURE = /\d{3}|\d[ ,.]\d/;
const SENTENCE_END = /[.:;!?]$/;
const CAPTION_WORD = /^(?:tabell|tab\.|bilaga|figur|diagram|källa|not)\b/i;

export function groupTitleLine(line: string, columns: readonly string[]): TitleGroup[] | null {
  const text = line.trim();
  if (text === '' || FIGURE.test(text) || SENTENCE_END.test(text) || CAPTION_WORD.test(text) || statesUnit(text)) return null;
  const words = text.split(/\s+/);
  const titles = titleGroups(words);
  const width = columns.length;
  if (titles === null || titles.length < 2 || titles.length >= width || columns.some((c) => c.trim() === '')) return null;
  const keys = columns.map(key);
  // Every group but the last full, the last one not empty: the first span the titles repeat by.
  for (let span = Math.max(2, Math.ceil(width / titles.length)); (titles.length - 1) * span < width; span++) {
    if (repeatsBy(keys, span)) return titles.map((t, n) => ({ text: t, span: n < titles.length - 1 ? span : width - span * (titles.length - 1) }));
  }
  return null;
}

/** At each place within a group the key most groups have there, two at least; the keys apart, at most one title out of step. */
function repeatsBy(keys: readonly string[], span: number): boolean {
  let outOfStep = 0;
  const steps: string[] = [];
  for (let j = 0; j < span; j++) {
    const here = keys.filter((_, i) => i % span === j);
    const counts = new Map<string, number>();
    for (const k of here) counts.set(k, (counts.get(k) ?? 0) + 1);
    const [step, n] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
    if (here.length > 1 && n < 2) return false;
    steps.push(step);
    outOfStep += here.length - n;
  }
  return new Set(steps).size === span && outOfStep <= 1;
}
