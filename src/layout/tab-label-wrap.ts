import { joinHyphenated } from './hyphen-join.js';
import type { SourceLine } from './source-line.js';
import { detectTabGrid, isTabRow } from './tab-grid.js';
import type { Grid, GridCell, GridRow } from './types.js';

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
const SMALL_FIRST = /^[a-zåäöé(]/u;

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
  cell.text = joined(text, cell.text);
  cell.location = { ...cell.location, line: above.line, column: start };
  return found;
}

/** The two halves as one label, joined as hyphen-join.ts joins a broken word ("Väst-" / "manlands län", "EU-" / "projekt" keeps its hyphen). */
const joined = joinHyphenated;

/**
 * In a tab table, a line without a tab taken for a section heading whose next row's label opens
 * with a small letter ("Västra Götalands" over "län\t1 200\t1 300") is that label's first half:
 * the two are one row. `fromPlainLine(k)` says row k was such a line.
 */
export function joinWrappedLabels(rows: GridRow[], fromPlainLine: (k: number) => boolean): GridRow[] {
  const out: GridRow[] = [];
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!;
    const next = rows[k + 1];
    const label: GridCell | undefined = next?.cells[0];
    if (next !== undefined && label !== undefined && fromPlainLine(k) && !fromPlainLine(k + 1) && SMALL_FIRST.test(label.text.trim()) && next.cells.slice(1).some((c) => c.text.trim() !== '')) {
      const head = row.cells[0]!;
      next.cells[0] = { ...label, text: joined(head.text.trim(), label.text.trim()), location: { ...label.location, line: head.location.line, column: head.location.column } };
      out.push({ ...next, location: { ...next.location, line: head.location.line } });
      k++;
      continue;
    }
    out.push(row);
  }
  return out;
}
