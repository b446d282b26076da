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

/** The label's titles and the words right of the gap, line by line; null when the lines are not so laid out. */
function stubParts(lines: readonly string[]): { stubs: string[]; rights: string[][] } | null {
  if (lines.length < 2) return null;
  const parts = lines.map((l) => l.trim().split(GAP));
  const isStub = (s: string): boolean => s !== '' && !/\d/.test(s) && s.split(/\s+/).length <= MAX_STUB_WORDS;
  if (!parts.every((p) => p.length <= 2 && isStub(p[0]!))) return null;
  const rights = parts.filter((p) => p.length === 2).map((p) => p[1]!.split(/\s+/));
  if (rights.length === 0 || rights.length > 2) return null;
  return { stubs: parts.map((p) => p[0]!), rights };
}

/**
 * How many columns of values such a header names, when one line of titles names them all: the
 * rows may not tell ("520 470" is one number or two), the titles do.
 */
export function stubTitleCount(lines: readonly string[]): number | null {
  const found = stubParts(lines);
  return found && found.rights.length === 1 ? capitalTitles(found.rights[0]!).length : null;
}

export function stubTitleHeader(lines: readonly string[], width: number): StubTitleHeader | null {
  const found = stubParts(lines);
  if (!found) return null;
  const { stubs, rights } = found;
  const parts = stubs.map((s) => [s]);
  const label = parts.map((p) => p[0]!).join(' / ');
  const bottom = capitalTitles(rights[rights.length - 1]!);
  if (rights.length === 1) return bottom.length === width ? { label, columns: bottom } : null;
  const top = rights[0]!;
  const singles = width - bottom.length;
  if (singles < 0 || top.length < singles + 1) return null;
  const groups = [...(singles > 0 ? [{ text: '', span: singles }] : []), { text: top.slice(singles).join(' '), span: bottom.length }];
  return { label, columns: [...top.slice(0, singles), ...bottom], groups };
}
