/**
 * A table copied out of a PDF as columns of spaces may keep the rule under its header as a line
 * of dashes or underscores. Between a header line and a row, both set in columns (runs of two
 * spaces or more), the rule is no row and no part of a title: it is left out so the header
 * meets its rows. A rule elsewhere (under a heading, between parts of a text) is kept.
 */
const RULE = /^[-_=─━—–]{3}[-_=─━—– \t]*$/;
const COLUMNS = /\S {2,}\S/;

export function ruleLines(lines: readonly string[]): Set<number> {
  const drop = new Set<number>();
  for (let i = 1; i + 1 < lines.length; i++) {
    const l = lines[i]!;
    // Constant time for a line that does not open with a rule character.
    const c = l.trimStart().charAt(0);
    if (c === '' || !'-_=─━—–'.includes(c) || !RULE.test(l.trimStart())) continue;
    if (COLUMNS.test(lines[i - 1]!.trim()) && COLUMNS.test(lines[i + 1]!.trim())) drop.add(i);
  }
  return drop;
}
