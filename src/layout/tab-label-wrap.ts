import type { SourceLine } from './source-line.js';
import { detectTabGrid, isTabRow } from './tab-grid.js';
import type { Grid } from './types.js';
import { joinHyphenated } from './hyphen-join.js';
import { SMALL_FIRST } from './wrapped-row-label.js';

/**
 * A tab-separated table whose first line opens with the second half of a label broken over two
 * lines, the first half on the line above without a tab:
 *
 *   Kommunens namn och
 *   länstillhörighet	2022	2023        ← the label column's title is "Kommunens namn och länstillhörighet"
 *   Västra Götalands
 *   län	1 200	1 300                  ← the first row is "Västra Götalands län"
 *
 * The line above is a fragment, not a caption or a sentence: it follows a blank line (or opens
 * the text), is short, has no tab, no figure and no closing mark (. : ; ! ?), and either the
 * tab line's first cell opens with a small letter or the fragment ends in a word that cannot end
 * a label ("och", "samt", "för", "i", …) or a hyphen or an open parenthesis. The two halves are one
 * cell, set where the first half begins; the table begins at the fragment.
 */
const MAX_FRAGMENT = 48;
const MAX_WORDS = 6;
const OPEN_END = /(?:^|\s)(?:och|samt|eller|för|i|inom|på|av|till|med|per|om|från|under|efter|vid|mot|exkl\.|inkl\.)$|[-–(]$/iu;

function isFragment(lines: SourceLine[], i: number): boolean {
  const t = lines[i]!.raw.trim();
  if (t === '' || t.length > MAX_FRAGMENT || lines[i]!.raw.includes('\t') || /\d/.test(t) || /[.:;!?]$/.test(t)) return false;
  if (t.split(/\s+/).length > MAX_WORDS) return false;
  return i === 0 || lines[i - 1]!.raw.trim() === '';
}

/** Cheap test: line `i` may be the first half of a tab table's first label. */
export function mayOpenWrappedTab(lines: SourceLine[], i: number): boolean {
  const next = lines[i + 1];
  if (next === undefined || !next.raw.includes('\t') || !isTabRow(next.raw) || !isFragment(lines, i)) return false;
  const first = next.raw.split('\t')[0]!.trim();
  if (first === '') return false;
  const unclosed = (lines[i]!.raw.match(/\(/g) ?? []).length > (lines[i]!.raw.match(/\)/g) ?? []).length;
  return SMALL_FIRST.test(first) || OPEN_END.test(lines[i]!.raw.trim()) || unclosed;
}

export function detectWrappedTabGrid(file: string, lines: SourceLine[], i: number): { grid: Grid; end: number } | null {
  const found = detectTabGrid(file, lines, i + 1);
  if (found === null) return null;
  const cell = found.grid.rows[0]?.cells[0];
  if (cell === undefined) return null;
  const above = lines[i]!;
  const lead = above.raw.length - above.raw.trimStart().length;
  const text = above.raw.trim();
  const start = (above.column ?? 1) + lead;
  // The halves joined as a broken word is ("Väst-" / "manlands län"; "EU-" / "projekt" keeps its hyphen).
  cell.text = joinHyphenated(text, cell.text);
  cell.location = { ...cell.location, line: above.line, column: start };
  return found;
}
