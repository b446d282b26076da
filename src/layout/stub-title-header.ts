/**
 * A header whose lines each open with a level of the label column's title, set apart by a wide
 * gap from the column titles (statistics tables whose rows have levels):
 *
 *   Landsdel   Samtliga därav efter kön
 *     Landskap   Män Kvinnor
 *     Län
 *
 * Left of the gap stand the label column's titles, right of it the columns'. The lowest line of
 * column titles names the last columns, a title each where a capital letter opens one; the line
 * above names the columns to their left a word each, and its other words are one title over the
 * columns below it (the web table's span, lost in copying).
 */
export interface StubTitleHeader {
  label: string;
  columns: string[];
  /** Titles over runs of columns, left to right; an empty text over columns without one. */
  groups?: { text: string; span: number }[];
}

const GAP = /\s{2,}/;
const MAX_STUB_WORDS = 3;

/** Words cut where a capital letter opens the next title ("Antal personer Andel (%)"). */
function capitalTitles(words: string[]): string[] {
  const titles: string[][] = [];
  for (const w of words) {
    if (/^\p{Lu}/u.test(w) || titles.length === 0) titles.push([w]);
    else titles[titles.length - 1]!.push(w);
  }
  return titles.map((t) => t.join(' '));
}

export function stubTitleHeader(lines: readonly string[], width: number): StubTitleHeader | null {
  if (lines.length < 2) return null;
  const parts = lines.map((l) => l.trim().split(GAP));
  const isStub = (s: string): boolean => s !== '' && !/\d/.test(s) && s.split(/\s+/).length <= MAX_STUB_WORDS;
  if (!parts.every((p) => p.length <= 2 && isStub(p[0]!))) return null;
  const rights = parts.filter((p) => p.length === 2).map((p) => p[1]!.split(/\s+/));
  if (rights.length === 0 || rights.length > 2) return null;
  const label = parts.map((p) => p[0]!).join(' / ');
  const bottom = capitalTitles(rights[rights.length - 1]!);
  if (rights.length === 1) return bottom.length === width ? { label, columns: bottom } : null;
  const top = rights[0]!;
  const singles = width - bottom.length;
  if (singles < 0 || top.length < singles + 1) return null;
  const groups = [...(singles > 0 ? [{ text: '', span: singles }] : []), { text: top.slice(singles).join(' '), span: bottom.length }];
  return { label, columns: [...top.slice(0, singles), ...bottom], groups };
}
