import { CODE_TITLE } from './code-cells.js';
import { statesUnit } from './unit-section.js';

/**
 * Group titles set on the stub's line over column titles that begin again:
 *
 *   (mnkr) Not Kommunen Sammanställd redovisning
 *   Bokslut 2019 · Bokslut 2020 · Budget 2020 · Bokslut 2019 · Bokslut 2020
 *
 * The web table spanned "Kommunen" over three columns and "Sammanställd redovisning" over two;
 * copied out, the spans are lost and the titles stand on the line of the stub's unit. Where the
 * first column title comes back, a new group begins, and every group's titles repeat the first
 * group's from its start. The stub's words, cut where a capital letter opens a title, are the
 * stub's unit and one title a group: with no unit among them, or a title more or less, no groups.
 */
const UNIT_ALONE = /^\(?(?:tkr|mnkr|mkr|mdkr|kr|kronor|sek|tsek|msek)\)?$/i;
const isUnit = (title: string): boolean => UNIT_ALONE.test(title) || statesUnit(title);

export interface TitleGroups {
  label: string[];
  groups: { text: string; span: number }[];
}

export function repeatedTitleGroups(stub: readonly string[], columns: readonly string[]): TitleGroups | null {
  const starts = columns.flatMap((c, i) => (c === columns[0] ? [i] : []));
  if (starts.length < 2) return null;
  const spans = starts.map((s, n) => (starts[n + 1] ?? columns.length) - s);
  // Each later group repeats the first group's titles from its start: otherwise a repeated title is chance.
  if (spans.some((span) => span > spans[0]!)) return null;
  if (!starts.every((s, n) => columns.slice(s, s + spans[n]!).every((c, j) => c === columns[j]))) return null;
  const segments: string[][] = [];
  for (const w of stub) {
    if (/^\p{Lu}/u.test(w) || segments.length === 0) segments.push([w]);
    else segments[segments.length - 1]!.push(w);
  }
  // The unit ("(mnkr)", "Belopp i tkr", "Mnkr") is the stub's, before or after the group titles, and so is a code
  // column's title ("Kod", "Konto"), whose codes open the labels; every other title is a group's.
  const stubs = (t: string[]): boolean => isUnit(t.join(' ')) || (t.length === 1 && CODE_TITLE.test(t[0]!));
  const units = segments.filter((t) => isUnit(t.join(' ')));
  const titles = segments.filter((t) => !stubs(t));
  if (units.length === 0 || titles.length !== starts.length || !titles.every((t) => /^\p{Lu}/u.test(t[0]!))) return null;
  return { label: segments.filter(stubs).flat(), groups: titles.map((t, n) => ({ text: t.join(' '), span: spans[n]! })) };
}
