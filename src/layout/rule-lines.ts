import type { SourceLine } from './source-line.js';

/**
 * A rule drawn in text between a table's header and its rows, or above its total row
 * ("--------", "=====", "────"), separates nothing a reader needs: the rows on either side are
 * one table. Such a line is left out when the lines next to it are aligned columns (a gap of
 * two spaces or a tab between words); elsewhere it may underline a heading and stays.
 */
const RULE_START = new Set(['-', '=', '_', '─', '━', '═']);
const RULE = /^[ \t]*[-=_─━═]{3,}(?:[ \t+|]+[-=_─━═]{3,})*[ \t]*$/;
/** Two words set apart by two spaces or a tab: a line of aligned columns. */
const COLUMN_GAP = /\S(?: {2,}|\t)\S/;

function isRule(raw: string): boolean {
  const first = raw.trimStart().charAt(0);
  return RULE_START.has(first) && RULE.test(raw);
}

function nearest(lines: readonly SourceLine[], i: number, step: 1 | -1): string | undefined {
  for (let j = i + step; j >= 0 && j < lines.length; j += step) {
    const raw = lines[j]!.raw;
    if (raw.trim() !== '' && !isRule(raw)) return raw;
  }
  return undefined;
}

export function withoutRuleLines(lines: SourceLine[]): SourceLine[] {
  let out: SourceLine[] | null = null;
  for (const [i, l] of lines.entries()) {
    const drop = isRule(l.raw) && COLUMN_GAP.test(nearest(lines, i, -1) ?? '') && COLUMN_GAP.test(nearest(lines, i, 1) ?? '');
    if (drop) out ??= lines.slice(0, i);
    else out?.push(l);
  }
  return out ?? lines;
}
