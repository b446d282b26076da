import { looksValue } from './looks-numeric.js';
import type { SourceLine } from './source-line.js';

/**
 * A table saved as text by a word processor (LibreOffice's Text export of a web page or a
 * document) writes each cell on a line of its own and an empty cell as an empty line, with no
 * blank line between rows or paragraphs. A section's heading row is then its title and as many
 * empty lines as the table has value columns, the section's first row right under them:
 *
 *   Drift              ← the heading row's title
 *   (empty)            ← its empty cells, one a value column
 *   (empty)
 *   Socialnämnden      ← the next row: a label and exactly that many values
 *   1 200
 *   1 300
 *   Kulturnämnden      ← and no blank line after it (a blank line there parts rows, not cells)
 *
 * Those empty lines are the heading row's cells, not blank lines that end the table. True of a
 * blank line `i` in such a run, in a text whose every blank line is one.
 */
export function isSectionGapCell(lines: readonly SourceLine[], i: number): boolean {
  if (lines[i]!.raw !== '') return false;
  return gapsOf(lines).has(i);
}

/**
 * The section gaps of a text, when every blank line inside it is one: a text with a blank line
 * elsewhere (between paragraphs, or an empty value cell in a row, whose columns cannot be told
 * here) is not one written that way throughout, and its blank lines keep ending runs.
 */
function gapsOf(lines: readonly SourceLine[]): ReadonlySet<number> {
  const cached = GAPS.get(lines);
  if (cached) return cached;
  const gaps = new Set<number>();
  let first = 0;
  while (first < lines.length && lines[first]!.raw.trim() === '') first++;
  let last = lines.length - 1;
  while (last > first && lines[last]!.raw.trim() === '') last--;
  for (let i = first; i <= last; i++) {
    if (lines[i]!.raw.trim() !== '') continue;
    if (!sectionGap(lines, i)) {
      gaps.clear();
      break;
    }
    gaps.add(i);
  }
  GAPS.set(lines, gaps);
  return gaps;
}
const GAPS = new WeakMap<readonly SourceLine[], ReadonlySet<number>>();

function sectionGap(lines: readonly SourceLine[], i: number): boolean {
  if (lines[i]!.raw !== '') return false;
  let a = i;
  while (a > 0 && lines[a - 1]!.raw === '') a--;
  let b = i + 1;
  while (b < lines.length && lines[b]!.raw === '') b++;
  const m = b - a;
  if (m > MAX_COLUMNS || a < 2 || b + m >= lines.length) return false;
  const title = lines[a - 1]!.raw.trim();
  if (!isTitle(title) || lines[a - 2]!.raw.trim() === '') return false;
  const label = lines[b]!.raw.trim();
  if (label === '' || looksValue(label)) return false;
  for (let j = b + 1; j <= b + m; j++) if (!looksValue(lines[j]!.raw.trim())) return false;
  // The row ends there: the next line opens another row (a label) or the text ends.
  const after = lines[b + m + 1];
  return after === undefined || (after.raw.trim() !== '' && !looksValue(after.raw.trim()));
}
const MAX_COLUMNS = 20;
/** A few words, no figure, no sentence's end. */
const isTitle = (t: string): boolean => t !== '' && t.length <= 60 && !/\d/.test(t) && !/[.:;!?]$/.test(t);
