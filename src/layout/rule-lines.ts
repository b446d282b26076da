import type { SourceLine } from './source-line.js';

/**
 * A rule drawn with characters between a table's header and its rows, or above its total
 * ("-------", "─────", "======"), as plain-text tables and some PDF copies print it. It holds no
 * cell: inside a block of lines it is left out, so that header and rows stay one table and the
 * rule does not become part of a column title. A rule standing between blank lines separates
 * and is kept.
 */
const RULE = /^[ \t]*[-─━═=_–—]{3}[-─━═=_–—+| \t]*$/

const blank = (l: SourceLine | undefined): boolean => l === undefined || l.raw.trim() === '';

export function withoutRuleLines(lines: readonly SourceLine[]): SourceLine[] {
  return lines.filter((l, i) => !(l.raw.length <= 400 && RULE.test(l.raw) && !blank(lines[i - 1]) && !blank(lines[i + 1])));
}
